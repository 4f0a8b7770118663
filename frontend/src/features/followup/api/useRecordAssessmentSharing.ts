import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type AssessmentSharingRequest = components['schemas']['AssessmentSharingRequest'];
export type AssessmentSharing = components['schemas']['AssessmentSharing'];

/**
 * POST /api/residents/{personId}/assessment-sharing (recordAssessmentSharing, R-ACC-3): the resident's
 * consent that this facility may read assessments recorded at earlier facilities, or its withdrawal.
 * The history changes with it, so the assessments are read again.
 */
export function useRecordAssessmentSharing(personId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentSharingRequest) =>
      unwrap(client.POST('/api/residents/{personId}/assessment-sharing', { params: { path: { personId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.assessments.person(personId) }),
  });
}
