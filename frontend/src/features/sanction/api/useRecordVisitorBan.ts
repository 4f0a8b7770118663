import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { afterLogChange } from './invalidateSanctions';
import type { components } from '../../../api/schema.gen';

export type NewVisitorBan = components['schemas']['NewVisitorBan'];

/** POST /api/visitor-bans (recordVisitorBan), R-SAN-9; staff bans only in BTA facilities (R-SAN-6). */
export function useRecordVisitorBan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewVisitorBan) => unwrap(client.POST('/api/visitor-bans', { body })),
    onSuccess: () => afterLogChange(queryClient, queryKeys.visitorBans.all),
  });
}
