import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import { invalidatePayments } from './invalidateEgenbetaling';
import { POLL_MS } from './useChargeRun';

/**
 * GET /api/egenbetaling/imports/{importId} (getBankImport), polled every second while the import is
 * RUNNING (a large file, 202). When it has finished (DONE or FAILED), the unmatched queue, the arrears
 * and the ledgers are refetched: the file has new payments. `useImportBankFile` puts the POST's answer
 * in the cache, so a small file (201, DONE) is shown without asking again.
 */
export function useBankImport(importId: string | null) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.egenbetaling.bankImport(importId ?? ''),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/imports/{importId}', { params: { path: { importId: importId! } } })),
    enabled: importId !== null,
    refetchInterval: (q) => (q.state.data?.state === 'RUNNING' ? POLL_MS : false),
    refetchOnWindowFocus: false,
  });
  // Keyed on the import, so a second file that is DONE at once (after an earlier DONE) refetches too.
  const finishedId = query.data !== undefined && query.data.state !== 'RUNNING' ? query.data.id : null;
  useEffect(() => {
    if (finishedId !== null) {
      void invalidatePayments(queryClient);
    }
  }, [finishedId, queryClient]);
  return query;
}
