import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';

/** After payments or matches: the queue, the arrears, the accounts, the import history and every ledger may have changed. */
export function invalidatePayments(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['egenbetaling', 'unmatched'] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.arrearsAll }),
    queryClient.invalidateQueries({ queryKey: ['egenbetaling', 'ledger'] }),
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.accountsAll }),
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.importHistoryAll }),
  ]);
}

/** After a change on one agreement's ledger (method, plan, bostøtte). */
export function invalidateLedger(queryClient: QueryClient, agreementId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.ledgerAll(agreementId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.arrearsAll }),
    queryClient.invalidateQueries({ queryKey: queryKeys.egenbetaling.accountsAll }),
  ]);
}
