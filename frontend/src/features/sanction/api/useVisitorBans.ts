import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type VisitorBan = components['schemas']['VisitorBan'];

/**
 * GET /api/visitor-bans (listVisitorBans): the bans at one facility, those in force first (R-SAN-9);
 * ACTIVE only those in force, ALL also the lifted and ended ones.
 */
export function useVisitorBans(params: { facility: string; status: 'ACTIVE' | 'ALL'; page: number; size: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.visitorBans.list(params),
    queryFn: () => unwrap(client.GET('/api/visitor-bans', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled: params.facility !== '',
  });
}
