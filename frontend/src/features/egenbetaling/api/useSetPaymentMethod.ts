import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { invalidateLedger } from './invalidateEgenbetaling';

/** POST /api/agreements/{agreementId}/payment-method (setPaymentMethod); 422 r-pay-2 without a signed deduction agreement. */
export function useSetPaymentMethod(agreementId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['PaymentSetupRequest']) =>
      unwrap(client.POST('/api/agreements/{agreementId}/payment-method', { params: { path: { agreementId } }, body })),
    onSuccess: () => invalidateLedger(queryClient, agreementId),
  });
}
