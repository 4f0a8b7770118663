import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/**
 * GET /api/agreements/{agreementId}/ledger (getLedger): balance, overdue, plans and one page of the lines, counted
 * from the newest (page 0, the default, holds the latest lines; the API's default page size). Balance, overdue and
 * the forms always read page 0. While another page of the same agreement loads, the page before stays shown.
 */
export function useLedger(agreementId: string, page = 0) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.ledger(agreementId, page),
    queryFn: () => unwrap(client.GET('/api/agreements/{agreementId}/ledger', { params: { path: { agreementId }, query: { page } } })),
    placeholderData: (previous) => (previous?.agreementId === agreementId ? previous : undefined),
  });
}
