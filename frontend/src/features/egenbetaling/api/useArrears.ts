import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/egenbetaling/arrears (getArrears): okonomi sees every facility, staff their own. */
export function useArrears(params: { facility?: string } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.arrears(params),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/arrears', { params: { query: { facility: params.facility || undefined } } })),
    placeholderData: keepPreviousData,
  });
}
