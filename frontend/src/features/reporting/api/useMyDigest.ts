import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/me/digest (getMyDigest): whether the caller gets the daily e-mail of the Oversikt, and where. */
export function useMyDigest() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.myDigest,
    queryFn: () => unwrap(client.GET('/api/me/digest')),
  });
}
