import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type SignatureRequest = components['schemas']['SignatureRequest'];

/** POST /api/agreements/{agreementId}/signatures (signAgreement). */
export function useSignAgreement(agreementId: string) {
  return useAgreementStep((client, body: SignatureRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/signatures', { params: { path: { agreementId } }, body })),
  );
}
