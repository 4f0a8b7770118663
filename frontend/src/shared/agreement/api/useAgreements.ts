import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type AgreementSort = components['parameters']['AgreementSort'];

export interface AgreementListParams {
  facility?: string;
  status?: components['schemas']['AgreementStatus'];
  /** Only agreements that have not ended. */
  open?: boolean;
  /** Only the caller's own cases (they are the primary contact). */
  mine?: boolean;
  /** `åååå-mm-dd`: open agreements ending before this date. */
  endingBefore?: string;
  /** Only continuous BTA stays past the facility's limit (R-AGR-7). */
  overstay?: boolean;
  /** The API's order (soonest end first when not given). */
  sort?: AgreementSort;
  /** Part of the resident's name or the first digits of the number: sent in the body of searchAgreements. */
  query?: string;
  page: number;
  size: number;
}

/**
 * GET /api/agreements (listAgreements), or POST /api/agreements/search (searchAgreements) when there is a search
 * text, which goes in the request body so that no name or number reaches a URL.
 */
export function useAgreements(params: AgreementListParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.agreements.list(params),
    queryFn: () => {
      const query = {
        facility: params.facility || undefined,
        status: params.status || undefined,
        open: params.open || undefined,
        mine: params.mine || undefined,
        endingBefore: params.endingBefore || undefined,
        overstay: params.overstay || undefined,
        sort: params.sort,
        page: params.page,
        size: params.size,
      };
      const text = params.query?.trim();
      return text
        ? unwrap(client.POST('/api/agreements/search', { params: { query }, body: { query: text } }))
        : unwrap(client.GET('/api/agreements', { params: { query } }));
    },
    placeholderData: keepPreviousData,
  });
}
