import { useMutation, useQueryClient } from '@tanstack/react-query';
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
      queryClient.setQueryData(queryKeys.egenbetaling.ledger(agreementId), ledger);
      return queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.accountsAll });
    },
  });
}
