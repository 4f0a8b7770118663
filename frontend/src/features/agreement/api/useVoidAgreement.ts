import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type VoidRequest = components['schemas']['VoidRequest'];

/** POST /api/agreements/{agreementId}/void (voidAgreement, R-AGR-9): before move-in; frees the unit today. */
export function useVoidAgreement(agreementId: string) {
  return useAgreementStep(
    (client, body: VoidRequest) => unwrap(client.POST('/api/agreements/{agreementId}/void', { params: { path: { agreementId } }, body })),
    { unitsChanged: true },
  );
}
