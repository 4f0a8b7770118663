import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';

/**
 * GET /api/egenbetaling/export?format=csv (exportAccounts), through the API client so the request
 * carries the token, saved under the name the API gives (`egenbetaling-<from>-<to>.csv`). Returns the name.
 */
export function useExportAccounts() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ from, to }: { from: string; to: string }) => {
      return saveDownload(
        client.GET('/api/egenbetaling/export', { params: { query: { from, to, format: 'csv' } }, parseAs: 'blob' }),
        `egenbetaling-${from}-${to}.csv`,
      );
    },
  });
}
