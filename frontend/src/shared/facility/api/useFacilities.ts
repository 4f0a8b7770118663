import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/facilities (listFacilities). */
export function useFacilities(page: number, size = 50) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.facilities.list({ page, size }),
    queryFn: () => unwrap(client.GET('/api/facilities', { params: { query: { page, size } } })),
    placeholderData: keepPreviousData,
  });
}
