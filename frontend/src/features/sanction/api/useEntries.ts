import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type Entry = components['schemas']['Entry'];

/** GET /api/entries (listEntries): entries without consent at one facility, newest first (R-SAN-8). */
export function useEntries(params: { facility: string; page: number; size: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.entries.list(params),
    queryFn: () => unwrap(client.GET('/api/entries', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled: params.facility !== '',
  });
}
