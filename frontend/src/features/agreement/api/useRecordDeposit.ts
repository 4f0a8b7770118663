import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type DepositRequest = components['schemas']['DepositRequest'];

/** POST /api/agreements/{agreementId}/deposit (recordDeposit). */
export function useRecordDeposit(agreementId: string) {
  return useAgreementStep((client, body: DepositRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/deposit', { params: { path: { agreementId } }, body })),
  );
}
