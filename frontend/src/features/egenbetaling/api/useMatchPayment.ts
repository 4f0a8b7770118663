import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { invalidatePayments } from './invalidateEgenbetaling';

/** POST /api/egenbetaling/payments/{paymentId}/match (matchPayment). */
export function useMatchPayment(paymentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agreementId: string) =>
      unwrap(
        client.POST('/api/egenbetaling/payments/{paymentId}/match', {
          params: { path: { paymentId } },
          body: { agreementId },
        }),
      ),
    onSuccess: () => invalidatePayments(queryClient),
  });
}
