import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** POST /api/egenbetaling/charge-runs (startChargeRun): 202 with the run, which `useChargeRun` then follows. */
export function useStartChargeRun() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => unwrap(client.POST('/api/egenbetaling/charge-runs', { body: { period } })),
    onSuccess: (run) => queryClient.setQueryData(queryKeys.egenbetaling.chargeRun(run.id), run),
  });
}
