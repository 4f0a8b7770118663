import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { invalidateLedger } from './invalidateEgenbetaling';

/** POST /api/agreements/{agreementId}/repayment-plans (createRepaymentPlan); fagleder and okonomi. */
export function useCreateRepaymentPlan(agreementId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['RepaymentPlanRequest']) =>
      unwrap(client.POST('/api/agreements/{agreementId}/repayment-plans', { params: { path: { agreementId } }, body })),
    onSuccess: () => invalidateLedger(queryClient, agreementId),
  });
}
