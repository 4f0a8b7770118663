import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

/** GET /api/egenbetaling/closed-periods (getClosedPeriods): closed through, the first open month and every closing. */
export function useClosedPeriods() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.closedPeriods,
    queryFn: () => unwrap(client.GET('/api/egenbetaling/closed-periods')),
  });
}

/** POST /api/egenbetaling/closed-periods (closePeriod): 422 for a month not over, 409 for one already closed. */
export function useClosePeriod() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (closedThrough: string) => unwrap(client.POST('/api/egenbetaling/closed-periods', { body: { closedThrough } })),
    onSuccess: (closed) => queryClient.setQueryData(queryKeys.egenbetaling.closedPeriods, closed),
  });
}

/** GET /api/egenbetaling/accounting-dimensions (getAccountingDimensions): a page of facilities by name, art, ansvar and funksjon. */
export function useAccountingDimensions(params: { page: number; size: number }) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.dimensions(params),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/accounting-dimensions', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** PUT /api/egenbetaling/accounting-dimensions/{facilityId} (setAccountingDimensions); answers the facility's. */
export function useSetAccountingDimensions(facilityId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['DimensionsRequest']) =>
      unwrap(client.PUT('/api/egenbetaling/accounting-dimensions/{facilityId}', { params: { path: { facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.dimensionsAll }),
  });
}
