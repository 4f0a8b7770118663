import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type ReasonRequest = components['schemas']['ReasonRequest'];

/** POST /api/intakes/{intakeId}/rejection (rejectIntake). */
export function useRejectIntake(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReasonRequest) => unwrap(client.POST('/api/intakes/{intakeId}/rejection', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake, { unitsChanged: true }),
  });
}
