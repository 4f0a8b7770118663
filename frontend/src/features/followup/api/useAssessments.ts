import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type Assessment = components['schemas']['Assessment'];
export type AssessmentReading = components['schemas']['AssessmentReading'];
export type InstrumentId = components['schemas']['NewAssessment']['instrument'];

/** GET /api/residents/{personId}/assessments?instrument= (listAssessments), oldest first. Every read is access-logged. */
export function useAssessments(personId: string, instrument: InstrumentId | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.assessments.list(personId, instrument),
    queryFn: () =>
      unwrap(
        client.GET('/api/residents/{personId}/assessments', {
          params: { path: { personId }, query: { instrument } },
        }),
      ),
    enabled: Boolean(instrument),
  });
}
