import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type FollowUpRequest = components['schemas']['FollowUpRequest'];

/** POST /api/agreements/{agreementId}/follow-up (recordFollowUp). */
export function useRecordFollowUp(agreementId: string) {
  return useAgreementStep((client, body: FollowUpRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/follow-up', { params: { path: { agreementId } }, body })),
  );
}
