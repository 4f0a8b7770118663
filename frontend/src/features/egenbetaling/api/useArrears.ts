import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export interface ArrearsQuery {
  facility?: string;
  /** The page, from 0; the first when not given. */
  page?: number;
  /** Agreements per page, at most 200; the API's default (50) when not given. */
  size?: number;
}

/**
 * GET /api/egenbetaling/arrears (getArrears): one page, the largest total first, with the totals over every
 * agreement in arrears; okonomi sees every facility, staff their own.
 */
export function useArrears(params: ArrearsQuery = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.arrears(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/egenbetaling/arrears', {
          params: { query: { facility: params.facility || undefined, page: params.page, size: params.size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
