import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/**
 * POST /api/egenbetaling/imports (importBankFile): the file's text as `text/plain`, through the API
 * client so the request carries the token. A 422 `ocr-file-invalid` names the line in `detail`.
 * The answer is the import: 201 DONE for a small file, 202 RUNNING for a large one, which
 * `useBankImport` then follows (and which refetches the payments when it has finished).
 */
export function useImportBankFile() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ filename, content }: { filename: string; content: string }) =>
      unwrap(
        client.POST('/api/egenbetaling/imports', {
          params: { query: { filename } },
          body: content,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
      ),
    onSuccess: (bankImport) => queryClient.setQueryData(queryKeys.egenbetaling.bankImport(bankImport.id), bankImport),
  });
}
