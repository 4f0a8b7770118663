import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/facilities/{facilityId} (getFacility). */
export function useFacility(facilityId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.facilities.detail(facilityId),
    queryFn: () => unwrap(client.GET('/api/facilities/{facilityId}', { params: { path: { facilityId } } })),
  });
}
