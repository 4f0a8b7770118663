import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type NewIntake = components['schemas']['NewIntake'];

/** POST /api/intakes (createIntake). */
export function useCreateIntake() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewIntake) => unwrap(client.POST('/api/intakes', { body })),
    onSuccess: (intake) => {
      queryClient.setQueryData(queryKeys.intakes.detail(intake.id), intake);
      return queryClient.invalidateQueries({ queryKey: queryKeys.intakes.lists });
    },
  });
}
