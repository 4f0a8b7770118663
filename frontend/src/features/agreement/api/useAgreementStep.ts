import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import type { ApiClient } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterAgreementStep } from './invalidateAgreement';

type Agreement = components['schemas']['Agreement'];

/**
 * The mutation behind each step on an agreement (one hook per operation wraps it): sends the
 * body, then stores the returned agreement and refetches what the step changes.
 */
export function useAgreementStep<B>(send: (client: ApiClient, body: B) => Promise<Agreement>, options: { unitsChanged?: boolean } = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => send(client, body),
    onSuccess: (agreement) => afterAgreementStep(queryClient, agreement, options),
  });
}
