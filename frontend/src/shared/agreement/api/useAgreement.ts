import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/agreements/{agreementId} (getAgreement). */
export function useAgreement(agreementId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.agreements.detail(agreementId),
    queryFn: () => unwrap(client.GET('/api/agreements/{agreementId}', { params: { path: { agreementId } } })),
  });
}
