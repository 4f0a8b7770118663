import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export interface IncidentListParams {
  facility?: string;
  personId?: string;
  page: number;
  size: number;
}

/** GET /api/incidents (listIncidents): newest first. */
export function useIncidents(params: IncidentListParams, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.incidents.list(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/incidents', {
          params: {
            query: {
              facility: params.facility || undefined,
              personId: params.personId || undefined,
              page: params.page,
              size: params.size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
