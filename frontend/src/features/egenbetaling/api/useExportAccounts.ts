import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { saveBlob } from '../../../api/saveBlob';

/**
 * GET /api/egenbetaling/export?format=csv (exportAccounts), through the API client so the request
 * carries the token, handed to the browser as `egenbetaling-<from>-<to>.csv`. Returns the name.
 */
export function useExportAccounts() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ from, to }: { from: string; to: string }) => {
      const blob = await unwrap(
        client.GET('/api/egenbetaling/export', { params: { query: { from, to, format: 'csv' } }, parseAs: 'blob' }),
      );
      const filename = `egenbetaling-${from}-${to}.csv`;
      saveBlob(blob as Blob, filename);
      return filename;
    },
  });
}
