import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterSanctionChange } from './invalidateSanctions';

export type StatementRequest = components['schemas']['StatementRequest'];

/** POST /api/advance-notices/{advanceNoticeId}/statement (recordAdvanceNoticeStatement): the statement, or that none came. */
export function useRecordStatement(advanceNoticeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatementRequest) =>
      unwrap(client.POST('/api/advance-notices/{advanceNoticeId}/statement', { params: { path: { advanceNoticeId } }, body })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
