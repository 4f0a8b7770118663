import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterSanctionChange } from './invalidateSanctions';

export type NewSanction = components['schemas']['NewSanction'];

/** POST /api/sanctions (proposeSanction): the policy answers 422 r-san-… when the measure is not lawful. */
export function useProposeSanction() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSanction) => unwrap(client.POST('/api/sanctions', { body })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
