import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterSanctionChange } from './invalidateSanctions';

export type NotificationRequest = components['schemas']['NotificationRequest'];

/** POST /api/sanctions/{sanctionId}/notification (recordSanctionNotification): starts the appeal deadline. */
export function useRecordSanctionNotification(sanctionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationRequest) =>
      unwrap(client.POST('/api/sanctions/{sanctionId}/notification', { params: { path: { sanctionId } }, body })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
