import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';
import type { StatisticsParams } from './useStatistics';

/**
 * GET /api/statistics?format=csv (getStatistics). Fetched through the API client so the request
 * carries the bearer token, then handed to the browser as `statistikk-<botiltak>-<fra>-<til>.csv`.
 */
export function useDownloadStatisticsCsv() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (params: StatisticsParams) => {
      await saveDownload(
        client.GET('/api/statistics', {
          params: { query: { ...params, format: 'csv' } },
          headers: { Accept: 'text/csv' },
          parseAs: 'blob',
        }),
        `statistikk-${params.facility}-${params.from}-${params.to}.csv`,
      );
    },
  });
}
