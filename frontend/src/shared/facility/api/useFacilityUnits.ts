import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/facilities/{facilityId}/units (listFacilityUnits). */
export function useFacilityUnits(facilityId: string, page: number, size = 50) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.facilities.units(facilityId, { page, size }),
    queryFn: () =>
      unwrap(
        client.GET('/api/facilities/{facilityId}/units', {
          params: { path: { facilityId }, query: { page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
