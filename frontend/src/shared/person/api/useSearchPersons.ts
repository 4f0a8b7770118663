import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/persons (searchPersons). Runs only when there is something to search for. */
export function useSearchPersons(q: string, page = 0, size = 20) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.persons.search({ q, page, size }),
    queryFn: () => unwrap(client.GET('/api/persons', { params: { query: { q, page, size } } })),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
