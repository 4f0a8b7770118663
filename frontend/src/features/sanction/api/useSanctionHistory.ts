import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/agreements/{agreementId}/sanction-history (getSanctionHistory): the ladder and the sanctions. */
export function useSanctionHistory(agreementId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.sanctions.history(agreementId),
    queryFn: () => unwrap(client.GET('/api/agreements/{agreementId}/sanction-history', { params: { path: { agreementId } } })),
  });
}
