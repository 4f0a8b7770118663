import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/agreements/{agreementId}/advance-notices (listAdvanceNotices, R-SAN-11): newest first. */
export function useAdvanceNotices(agreementId: string, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.sanctions.advanceNotices(agreementId),
    queryFn: () => unwrap(client.GET('/api/agreements/{agreementId}/advance-notices', { params: { path: { agreementId } } })),
    enabled: options.enabled ?? true,
  });
}
