import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { afterSanctionChange } from './invalidateSanctions';

/** POST /api/sanctions/{sanctionId}/approval (approveSanction); the proposer gets 403 r-san-7-four-eyes. */
export function useApproveSanction() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sanctionId: string) => unwrap(client.POST('/api/sanctions/{sanctionId}/approval', { params: { path: { sanctionId } } })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
