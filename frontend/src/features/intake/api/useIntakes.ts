import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export type IntakeSort = components['parameters']['IntakeSort'];

export interface IntakeListParams {
  /** Comma-separated IntakeStatus values. */
  status?: string;
  /** The API's order (newest first when not given). */
  sort?: IntakeSort;
  /** Part of the applicant's name or the first digits of the number: sent in the body of searchIntakes. */
  query?: string;
  page: number;
  size: number;
}

/**
 * GET /api/intakes (listIntakes), or POST /api/intakes/search (searchIntakes) when there is a search text, which goes
 * in the request body so that no name or number reaches a URL.
 */
export function useIntakes(params: IntakeListParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.intakes.list(params),
    queryFn: () => {
      const query = { status: params.status || undefined, sort: params.sort, page: params.page, size: params.size };
      const text = params.query?.trim();
      return text
        ? unwrap(client.POST('/api/intakes/search', { params: { query }, body: { query: text } }))
        : unwrap(client.GET('/api/intakes', { params: { query } }));
    },
    placeholderData: keepPreviousData,
  });
}
