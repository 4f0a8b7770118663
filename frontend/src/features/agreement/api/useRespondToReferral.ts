import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type ReferralResponseRequest = components['schemas']['ReferralResponseRequest'];

/** POST /api/referrals/{referralId}/response (respondToReferral, R-SAN-6): the property owner's answer, once. */
export function useRespondToReferral(referralId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralResponseRequest) =>
      unwrap(client.POST('/api/referrals/{referralId}/response', { params: { path: { referralId } }, body })),
    // The answer lands on the agreement (its referrals and timeline) and in the control report.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.agreements.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.controlReports.all }),
      ]),
  });
}
