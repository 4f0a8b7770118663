import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type ConversionRequest = components['schemas']['ConversionRequest'];

/**
 * POST /api/facilities/{facilityId}/conversion (convertFacility, R-FAC-3): open agreements end and
 * successor drafts of the new kind are made, so agreements, vacancies and the facility change.
 */
export function useConvertFacility(facilityId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConversionRequest) =>
      unwrap(client.POST('/api/facilities/{facilityId}/conversion', { params: { path: { facilityId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.facilities.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.agreements.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.intakes.all }),
      ]),
  });
}
