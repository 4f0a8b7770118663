import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap, type ApiClient } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type Statistics = components['schemas']['Statistics'];

export interface StatisticsParams {
  facility: string;
  /** åååå-mm-dd */
  from: string;
  /** åååå-mm-dd */
  to: string;
}

/** The JSON form of GET /api/statistics (getStatistics), shared with the per-month queries. */
export function statisticsQuery(client: ApiClient, params: StatisticsParams) {
  return {
    queryKey: queryKeys.statistics.detail(params),
    // format=json: the body is the statistics (the contract also documents the CSV form of the same operation).
    queryFn: async () => (await unwrap(client.GET('/api/statistics', { params: { query: { ...params, format: 'json' } } }))) as Statistics,
  };
}

/** GET /api/statistics (getStatistics) as JSON; nothing is fetched until the parameters are chosen. */
export function useStatistics(params: StatisticsParams | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: params ? queryKeys.statistics.detail(params) : queryKeys.statistics.all,
    queryFn: () => statisticsQuery(client, params!).queryFn(),
    enabled: params !== null,
  });
}
