import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type NewHouseRulesVersion = components['schemas']['NewHouseRulesVersion'];

/** POST /api/facilities/{facilityId}/house-rules (createHouseRulesVersion). */
export function useCreateHouseRulesVersion(facilityId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHouseRulesVersion) =>
      unwrap(
        client.POST('/api/facilities/{facilityId}/house-rules', {
          params: { path: { facilityId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.facilities.houseRules(facilityId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.facilities.detail(facilityId), exact: true }),
      ]),
  });
}
