import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { afterLogChange } from './invalidateSanctions';

/** POST /api/visitor-bans/{banId}/lifting (liftVisitorBan): the ban ends today; 409 visitor-ban-not-in-force if it has already. */
export function useLiftVisitorBan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ banId, reason }: { banId: string; reason: string }) =>
      unwrap(client.POST('/api/visitor-bans/{banId}/lifting', { params: { path: { banId } }, body: { reason } })),
    // The ban's end date changes, in the list and in the control report.
    onSuccess: () => afterLogChange(queryClient, queryKeys.visitorBans.all),
  });
}
