import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type AllocationRequest = components['schemas']['AllocationRequest'];

/**
 * POST /api/intakes/{intakeId}/allocation (allocateUnit). A 409 means the unit was taken
 * meanwhile (R-INT-2): the vacancies are refetched so the user can pick another.
 */
export function useAllocateUnit(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AllocationRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/allocation', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake, { unitsChanged: true }),
    onError: (error) =>
      error instanceof ApiError && error.status === 409
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.all }),
            queryClient.invalidateQueries({ queryKey: queryKeys.facilities.all }),
          ])
        : undefined,
  });
}
