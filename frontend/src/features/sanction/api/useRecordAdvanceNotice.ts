import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterSanctionChange } from './invalidateSanctions';

export type NewAdvanceNotice = components['schemas']['NewAdvanceNotice'];

/** POST /api/agreements/{agreementId}/advance-notices (recordAdvanceNotice): the forhåndsvarsel (fvl § 16, R-SAN-11). */
export function useRecordAdvanceNotice(agreementId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAdvanceNotice) =>
      unwrap(client.POST('/api/agreements/{agreementId}/advance-notices', { params: { path: { agreementId } }, body })),
    onSuccess: () => afterSanctionChange(queryClient),
  });
}
