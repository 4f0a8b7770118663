import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type ArrearsSort = components['parameters']['ArrearsSort'];

export interface ArrearsQuery {
  facility?: string;
  /** The API's order (the largest total first when not given). */
  sort?: ArrearsSort;
  /** Part of the resident's name or the first digits of the number: sent in the body of searchArrears. */
  query?: string;
  /** The page, from 0; the first when not given. */
  page?: number;
  /** Agreements per page, at most 200; the API's default (50) when not given. */
  size?: number;
}

/**
 * GET /api/egenbetaling/arrears (getArrears), or POST /api/egenbetaling/arrears/search (searchArrears) when there is a
 * search text, in the request body: one page, with the totals over every agreement in arrears that matches; okonomi
 * sees every facility, staff their own.
 */
export function useArrears(params: ArrearsQuery = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.arrears(params),
    queryFn: () => {
      const query = { facility: params.facility || undefined, sort: params.sort, page: params.page, size: params.size };
      const text = params.query?.trim();
      return text
        ? unwrap(client.POST('/api/egenbetaling/arrears/search', { params: { query }, body: { query: text } }))
        : unwrap(client.GET('/api/egenbetaling/arrears', { params: { query } }));
    },
    placeholderData: keepPreviousData,
  });
}
