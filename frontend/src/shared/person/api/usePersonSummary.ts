import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type PersonCase = components['schemas']['PersonCase'];

/**
 * GET /api/persons/{personId}/summary (getPersonSummary): the case view's header — contact details, the agreement
 * kept by the user's facility, the application and why the user sees the person. Every read is access-logged.
 */
export function usePersonSummary(personId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.persons.summary(personId),
    queryFn: () => unwrap(client.GET('/api/persons/{personId}/summary', { params: { path: { personId } } })),
    enabled: Boolean(personId),
  });
}
