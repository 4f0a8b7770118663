import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { saveBlob } from '../../../api/saveBlob';
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
      const blob = await unwrap(
        client.GET('/api/control-reports', {
          params: { query: { ...params, format } },
          headers: { Accept: ACCEPT[format] },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob as Blob, `kontrollrapport-${params.facility}-${params.from}-${params.to}.${format}`);
    },
  });
}
