import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type InformedRequest = components['schemas']['InformedRequest'];

/** POST /api/intakes/{intakeId}/applicant-informed (recordApplicantInformed). */
export function useRecordApplicantInformed(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InformedRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/applicant-informed', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake),
  });
}
