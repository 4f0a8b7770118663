import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { ControlReportParams } from './useControlReport';

/**
 * GET /api/control-reports?format=csv (getControlReport). Fetched through the API client so the
 * request carries the bearer token, then handed to the browser as `kontrollrapport-<botiltak>-<fra>-<til>.csv`.
 */
export function useDownloadControlReportCsv() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (params: ControlReportParams) => {
      const blob = await unwrap(
        client.GET('/api/control-reports', {
          params: { query: { ...params, format: 'csv' } },
          headers: { Accept: 'text/csv' },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `kontrollrapport-${params.facility}-${params.from}-${params.to}.csv`;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
}
