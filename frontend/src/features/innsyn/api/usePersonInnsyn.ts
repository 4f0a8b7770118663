import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema.gen';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

export type InnsynKind = components['schemas']['InnsynKind'];
export type PersonInnsyn = components['schemas']['PersonInnsyn'];

/** The filters of the Innsyn page: a period (åååå-mm-dd, either end open) and a kind. */
export interface InnsynFilter {
  from?: string;
  to?: string;
  kind?: InnsynKind;
}

/** GET /api/persons/{personId}/innsyn (getPersonInnsyn): a page of the person's log, newest first, and who sees them now. */
export function usePersonInnsyn(personId: string, filter: InnsynFilter, page: number, size: number) {
  const client = useApiClient();
  const params = { ...filter, page, size };
  return useQuery({
    queryKey: queryKeys.persons.innsyn(personId, params),
    queryFn: () =>
      unwrap(
        client.GET('/api/persons/{personId}/innsyn', {
          params: { path: { personId }, query: { from: filter.from, to: filter.to, kind: filter.kind, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
