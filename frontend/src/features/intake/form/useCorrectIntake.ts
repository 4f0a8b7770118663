import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from '../api/invalidateIntake';

export type IntakeCorrection = components['schemas']['IntakeCorrection'];

/** PUT /api/intakes/{intakeId}/details (correctIntake): HVK corrects the person and the application (issue 18). */
export function useCorrectIntake(intakeId: string, personId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeCorrection) => unwrap(client.PUT('/api/intakes/{intakeId}/details', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) =>
      Promise.all([
        afterIntakeStep(queryClient, intake),
        queryClient.invalidateQueries({ queryKey: queryKeys.persons.detail(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.persons.summary(personId) }),
      ]),
  });
}
