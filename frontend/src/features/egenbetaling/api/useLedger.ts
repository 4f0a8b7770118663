import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/agreements/{agreementId}/ledger (getLedger). */
export function useLedger(agreementId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.ledger(agreementId),
    queryFn: () => unwrap(client.GET('/api/agreements/{agreementId}/ledger', { params: { path: { agreementId } } })),
  });
}
