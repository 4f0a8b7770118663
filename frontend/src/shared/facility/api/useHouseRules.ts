import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/facilities/{facilityId}/house-rules (listHouseRules). */
export function useHouseRules(facilityId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.facilities.houseRules(facilityId),
    queryFn: () => unwrap(client.GET('/api/facilities/{facilityId}/house-rules', { params: { path: { facilityId } } })),
  });
}
