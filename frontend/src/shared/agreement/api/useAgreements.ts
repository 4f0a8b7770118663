import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export interface AgreementListParams {
  facility?: string;
  status?: components['schemas']['AgreementStatus'];
  /** `åååå-mm-dd`: open agreements ending before this date. */
  endingBefore?: string;
  /** Only continuous BTA stays past the facility's limit (R-AGR-7). */
  overstay?: boolean;
  page: number;
  size: number;
}

/** GET /api/agreements (listAgreements). */
export function useAgreements(params: AgreementListParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.agreements.list(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/agreements', {
          params: {
            query: {
              facility: params.facility || undefined,
              status: params.status || undefined,
              endingBefore: params.endingBefore || undefined,
              overstay: params.overstay || undefined,
              page: params.page,
              size: params.size,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
