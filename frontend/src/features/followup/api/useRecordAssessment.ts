import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type NewAssessment = components['schemas']['NewAssessment'];

/** POST /api/residents/{personId}/assessments (recordAssessment), R-FOL-2. */
export function useRecordAssessment(personId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) =>
      unwrap(client.POST('/api/residents/{personId}/assessments', { params: { path: { personId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.assessments.person(personId) }),
  });
}
