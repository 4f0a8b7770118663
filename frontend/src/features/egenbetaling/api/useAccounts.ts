import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export interface AccountSearch {
  q: string;
  facility: string;
  page: number;
  size: number;
}

/** GET /api/egenbetaling/accounts (searchAccounts): the clerk's desk, every agreement at any facility (okonomi). */
export function useAccounts(params: AccountSearch) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.accounts(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/egenbetaling/accounts', {
          params: {
            query: { q: params.q || undefined, facility: params.facility || undefined, page: params.page, size: params.size },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
