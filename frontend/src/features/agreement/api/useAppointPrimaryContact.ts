import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type PrimaryContactRequest = components['schemas']['PrimaryContactRequest'];

/** POST /api/agreements/{agreementId}/primary-contact (appointPrimaryContact). */
export function useAppointPrimaryContact(agreementId: string) {
  return useAgreementStep((client, body: PrimaryContactRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/primary-contact', { params: { path: { agreementId } }, body })),
  );
}
