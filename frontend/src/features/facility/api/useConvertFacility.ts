import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type NewConversion = components['schemas']['NewConversion'];
export type Conversion = components['schemas']['Conversion'];

/** GET /api/facilities/{facilityId}/conversions (listConversions, R-FAC-3), newest first. */
export function useConversions(facilityId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.facilities.conversions(facilityId),
    queryFn: () =>
      unwrap(
        client.GET('/api/facilities/{facilityId}/conversions', {
          params: { path: { facilityId }, query: { page: 0, size: 20 } },
        }),
      ),
  });
}

/** A conversion step may change the facility, its agreements, vacancies and intakes (when it takes effect today). */
function useInvalidateAfterConversion(facilityId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.facilities.conversions(facilityId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.facilities.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.agreements.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.intakes.all }),
    ]);
}

/** POST /api/facilities/{facilityId}/conversions (proposeConversion, R-FAC-3): nothing changes until another fagleder approves. */
export function useProposeConversion(facilityId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateAfterConversion(facilityId);
  return useMutation({
    mutationFn: (body: NewConversion) =>
      unwrap(client.POST('/api/facilities/{facilityId}/conversions', { params: { path: { facilityId } }, body })),
    onSuccess: invalidate,
  });
}

/** POST …/conversions/{conversionId}/approval (approveConversion): by a fagleder other than the proposer. */
export function useApproveConversion(facilityId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateAfterConversion(facilityId);
  return useMutation({
    mutationFn: (conversionId: string) =>
      unwrap(
        client.POST('/api/facilities/{facilityId}/conversions/{conversionId}/approval', {
          params: { path: { facilityId, conversionId } },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** POST …/conversions/{conversionId}/withdrawal (withdrawConversion), with the reason. */
export function useWithdrawConversion(facilityId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateAfterConversion(facilityId);
  return useMutation({
    mutationFn: ({ conversionId, reason }: { conversionId: string; reason: string }) =>
      unwrap(
        client.POST('/api/facilities/{facilityId}/conversions/{conversionId}/withdrawal', {
          params: { path: { facilityId, conversionId } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}
