import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterSanctionChange } from './invalidateSanctions';

export type AppealRequest = components['schemas']['AppealRequest'];

/** POST /api/sanctions/{sanctionId}/appeal (recordSanctionAppeal). */
export function useRecordSanctionAppeal(sanctionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealRequest) =>
      unwrap(client.POST('/api/sanctions/{sanctionId}/appeal', { params: { path: { sanctionId } }, body })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
