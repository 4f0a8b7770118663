import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type RenewalRequest = components['schemas']['RenewalRequest'];

/** POST /api/agreements/{agreementId}/renewals (renewAgreement). */
export function useRenewAgreement(agreementId: string) {
  return useAgreementStep((client, body: RenewalRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/renewals', { params: { path: { agreementId } }, body })),
  );
}
