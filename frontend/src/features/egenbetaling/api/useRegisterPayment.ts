import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { ApiError, parseProblem } from '../../../api/problem';
import type { components } from '../../../api/schema.gen';
import { invalidatePayments } from './invalidateEgenbetaling';

export type NewPayment = components['schemas']['NewPayment'];
type Payment = components['schemas']['Payment'];

/**
 * POST /api/egenbetaling/payments (registerPayment) with the `Idempotency-Key` header the caller
 * chose (see `useIdempotencyKey`). `alreadyRegistered` is true for a 200: the same source
 * reference was stored before.
 */
export function useRegisterPayment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewPayment; idempotencyKey: string }) => {
      const { data, error, response } = await client.POST('/api/egenbetaling/payments', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      });
      if (!response.ok || !data) throw new ApiError(parseProblem(error, response.status));
      return { payment: data as Payment, alreadyRegistered: response.status === 200 };
    },
    onSuccess: () => invalidatePayments(queryClient),
  });
}
