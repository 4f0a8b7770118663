import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** POST /api/retention/runs (runRetention): forgets everyone due now; the preview is read again. */
export function useRunRetention() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/retention/runs')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.retention.all }),
  });
}
