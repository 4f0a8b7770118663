import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type FeeChangeRequest = components['schemas']['FeeChangeRequest'];

/** POST /api/agreements/{agreementId}/fee-changes (changeFee). */
export function useChangeFee(agreementId: string) {
  return useAgreementStep((client, body: FeeChangeRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/fee-changes', { params: { path: { agreementId } }, body })),
  );
}
