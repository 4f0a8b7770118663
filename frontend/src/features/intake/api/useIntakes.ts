import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export interface IntakeListParams {
  /** Comma-separated IntakeStatus values. */
  status?: string;
  q?: string;
  order?: 'priority' | 'received';
  page: number;
  size: number;
}

/** GET /api/intakes (listIntakes). */
export function useIntakes(params: IntakeListParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.intakes.list(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/intakes', {
          params: {
            query: {
              status: params.status || undefined,
              q: params.q || undefined,
              order: params.order,
              page: params.page,
              size: params.size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
