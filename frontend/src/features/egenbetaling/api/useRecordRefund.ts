import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

/**
 * POST /api/agreements/{agreementId}/refunds (recordRefund), okonomi: a credit paid back after the
 * agreement ended. 409 while the agreement runs, 422 for more than the credit. Answers the ledger.
 */
export function useRecordRefund(agreementId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['RefundRequest']) =>
      unwrap(client.POST('/api/agreements/{agreementId}/refunds', { params: { path: { agreementId } }, body })),
    onSuccess: (ledger) => {
      // The answer is page 0 (the newest lines); the older pages have shifted by the new line.
      const first = queryKeys.egenbetaling.ledger(agreementId);
      queryClient.setQueryData(first, ledger);
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.egenbetaling.ledgerAll(agreementId),
          predicate: ({ queryKey }) => hashKey(queryKey) !== hashKey(first),
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.accountsAll }),
      ]);
    },
  });
}
