import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

type PageParams = { page: number; size: number };

/** GET /api/egenbetaling/charge-runs (listChargeRuns): every run, newest first, the automatic one too. */
export function useChargeRunHistory(params: PageParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.chargeRunHistory(params),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/charge-runs', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/egenbetaling/imports (listBankImports): every bank file import, newest first. */
export function useImportHistory(params: PageParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.egenbetaling.importHistory(params),
    queryFn: () => unwrap(client.GET('/api/egenbetaling/imports', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
