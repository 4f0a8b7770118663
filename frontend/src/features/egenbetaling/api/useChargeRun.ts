import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** How often a running charge run is polled. */
export const POLL_MS = 1000;

/**
 * GET /api/egenbetaling/charge-runs/{runId} (getChargeRun), polled every second while the run is
 * RUNNING. When it has finished, the arrears, ledgers, accounts and run history are refetched: they have new charges.
 */
export function useChargeRun(runId: string | null) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.egenbetaling.chargeRun(runId ?? ''),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/charge-runs/{runId}', { params: { path: { runId: runId! } } })),
    enabled: runId !== null,
    refetchInterval: (q) => (q.state.data?.state === 'RUNNING' ? POLL_MS : false),
    refetchOnWindowFocus: false,
  });
  const finished = query.data !== undefined && query.data.state !== 'RUNNING';
  useEffect(() => {
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.arrearsAll });
      void queryClient.invalidateQueries({ queryKey: ['egenbetaling', 'ledger'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.accountsAll });
      void queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.chargeRunHistoryAll });
    }
  }, [finished, queryClient]);
  return query;
}
