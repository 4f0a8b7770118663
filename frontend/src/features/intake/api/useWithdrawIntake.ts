import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type ReasonRequest = components['schemas']['ReasonRequest'];

/** POST /api/intakes/{intakeId}/withdrawal (withdrawIntake). */
export function useWithdrawIntake(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReasonRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/withdrawal', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake, { unitsChanged: true }),
  });
}
