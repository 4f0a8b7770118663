import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type NewAgreement = components['schemas']['NewAgreement'];

/** POST /api/agreements (createAgreement): a draft from a decided application. */
export function useCreateAgreement() {
  return useAgreementStep((client, body: NewAgreement) => unwrap(client.POST('/api/agreements', { body })), {
    unitsChanged: true,
  });
}
