import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/**
 * POST /api/persons/search (searchPersons): the search text, a name or a number, goes in the body,
 * never in the URL (R-ACC-2). Runs only when there is something to search for.
 */
export function useSearchPersons(q: string, page = 0, size = 20) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.persons.search({ q, page, size }),
    queryFn: () => unwrap(client.POST('/api/persons/search', { params: { query: { page, size } }, body: { query: q } })),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
