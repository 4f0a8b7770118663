import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import type { Month } from '../months';
import { statisticsQuery } from './useStatistics';

/**
 * GET /api/statistics (getStatistics) once per month of the period (TanStack Query `useQueries`),
 * for figures the API gives per period only, such as occupancy. Months are fetched in parallel
 * and cached like any other statistics query.
 */
export function useMonthlyStatistics(facility: string | null, months: readonly Month[]) {
  const client = useApiClient();
  return useQueries({
    queries: facility ? months.map((m) => statisticsQuery(client, { facility, from: m.from, to: m.to })) : [],
  });
}
