import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/retention/preview (getRetentionPreview): who is due to be forgotten, why, and what will go. */
export function useRetentionPreview(params: { page: number; size: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.retention.preview(params),
    queryFn: () => unwrap(client.GET('/api/retention/preview', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
