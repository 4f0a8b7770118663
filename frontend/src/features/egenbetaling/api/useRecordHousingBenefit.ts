import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { invalidateLedger } from './invalidateEgenbetaling';

/** POST /api/agreements/{agreementId}/housing-benefit (recordHousingBenefit). */
export function useRecordHousingBenefit(agreementId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['HousingBenefitRequest']) =>
      unwrap(client.POST('/api/agreements/{agreementId}/housing-benefit', { params: { path: { agreementId } }, body })),
    onSuccess: () => invalidateLedger(queryClient, agreementId),
  });
}
