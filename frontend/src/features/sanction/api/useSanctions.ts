import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export interface SanctionListParams {
  facility?: string;
  status?: 'AWAITING_APPROVAL';
  agreementId?: string;
  page: number;
  size: number;
}

/** GET /api/sanctions (listSanctions); with status=AWAITING_APPROVAL it is the fagleder's approval queue. */
export function useSanctions(params: SanctionListParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.sanctions.list(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/sanctions', {
          params: {
            query: {
              facility: params.facility || undefined,
              status: params.status,
              agreementId: params.agreementId || undefined,
              page: params.page,
              size: params.size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
