import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';
import type { ControlReportParams } from './useControlReport';

const ACCEPT = { csv: 'text/csv', pdf: 'application/pdf' } as const;

/**
 * GET /api/control-reports?format=csv|pdf (getControlReport). Fetched through the API client so the
 * request carries the bearer token, then handed to the browser as `kontrollrapport-<botiltak>-<fra>-<til>.<format>`.
 */
export function useDownloadControlReport(format: 'csv' | 'pdf') {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (params: ControlReportParams) => {
      await saveDownload(
        client.GET('/api/control-reports', {
          params: { query: { ...params, format } },
          headers: { Accept: ACCEPT[format] },
          parseAs: 'blob',
        }),
        `kontrollrapport-${params.facility}-${params.from}-${params.to}.${format}`,
      );
    },
  });
}
