import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type MoveInRequest = components['schemas']['MoveInRequest'];

/** POST /api/agreements/{agreementId}/move-in (moveIn). */
export function useMoveIn(agreementId: string) {
  return useAgreementStep(
    (client, body: MoveInRequest) =>
      unwrap(client.POST('/api/agreements/{agreementId}/move-in', { params: { path: { agreementId } }, body })),
    { unitsChanged: true },
  );
}
