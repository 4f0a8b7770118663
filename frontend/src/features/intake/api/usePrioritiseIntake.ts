import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type PriorityRequest = components['schemas']['PriorityRequest'];

/** POST /api/intakes/{intakeId}/priority (prioritiseIntake). */
export function usePrioritiseIntake(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PriorityRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/priority', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake),
  });
}
