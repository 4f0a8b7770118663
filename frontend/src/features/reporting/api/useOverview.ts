import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/overview (getOverview): what falls due at the caller's facilities. */
export function useOverview() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.overview,
    queryFn: () => unwrap(client.GET('/api/overview')),
  });
}
