import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type ServiceDecisionRequest = components['schemas']['ServiceDecisionRequest'];

/** POST /api/intakes/{intakeId}/service-decision (recordServiceDecision). */
export function useRecordServiceDecision(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ServiceDecisionRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/service-decision', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake),
  });
}
