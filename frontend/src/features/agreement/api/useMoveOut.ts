import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type MoveOutRequest = components['schemas']['MoveOutRequest'];

/** POST /api/agreements/{agreementId}/move-out (moveOut). */
export function useMoveOut(agreementId: string) {
  return useAgreementStep(
    (client, body: MoveOutRequest) =>
      unwrap(client.POST('/api/agreements/{agreementId}/move-out', { params: { path: { agreementId } }, body })),
    { unitsChanged: true },
  );
}
