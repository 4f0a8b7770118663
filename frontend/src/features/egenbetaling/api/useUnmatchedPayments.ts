import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/egenbetaling/payments (listUnmatchedPayments): the manual-matching queue, oldest first. */
export function useUnmatchedPayments(params: { page: number; size: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.unmatched(params),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/payments', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
