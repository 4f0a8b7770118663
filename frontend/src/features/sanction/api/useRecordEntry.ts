import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { afterLogChange } from './invalidateSanctions';
import type { components } from '../../../api/schema.gen';

export type NewEntry = components['schemas']['NewEntry'];

/** POST /api/entries (recordEntry): an entry without consent (R-SAN-8); 422 r-san-8 when the ground is not allowed. */
export function useRecordEntry() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewEntry) => unwrap(client.POST('/api/entries', { body })),
    onSuccess: () => afterLogChange(queryClient, queryKeys.entries.all),
  });
}
