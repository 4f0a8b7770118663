import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { afterSanctionChange } from './invalidateSanctions';

/** POST /api/sanctions/{sanctionId}/return (returnSanction): another fagleder sends the proposal back with the reason. */
export function useReturnSanction() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sanctionId, reason }: { sanctionId: string; reason: string }) =>
      unwrap(client.POST('/api/sanctions/{sanctionId}/return', { params: { path: { sanctionId } }, body: { reason } })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
