import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type EvaluationRequest = components['schemas']['EvaluationRequest'];

/** POST /api/agreements/{agreementId}/evaluations (recordEvaluation). */
export function useRecordEvaluation(agreementId: string) {
  return useAgreementStep((client, body: EvaluationRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/evaluations', { params: { path: { agreementId } }, body })),
  );
}
