import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type Person = components['schemas']['Person'];
export type AccessGrant = components['schemas']['AccessGrant'];

/**
 * GET /api/persons/{personId} (getPerson), with `access`: why the caller sees the person and until
 * when (R-ACC-3). Every read is access-logged, so callers ask only when they show it (`enabled`).
 */
export function usePerson(personId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.persons.detail(personId),
    queryFn: () => unwrap(client.GET('/api/persons/{personId}', { params: { path: { personId } } })),
    enabled: enabled && Boolean(personId),
  });
}
