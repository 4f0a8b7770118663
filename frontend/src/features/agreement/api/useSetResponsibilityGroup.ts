import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type ResponsibilityGroupRequest = components['schemas']['ResponsibilityGroupRequest'];

/** POST /api/agreements/{agreementId}/responsibility-group (setResponsibilityGroup). */
export function useSetResponsibilityGroup(agreementId: string) {
  return useAgreementStep((client, body: ResponsibilityGroupRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/responsibility-group', { params: { path: { agreementId } }, body })),
  );
}
