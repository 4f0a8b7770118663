import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

export interface VacancyParams {
  /** `åååå-mm-dd`. */
  from: string;
  facility?: string;
  kind?: components['schemas']['AgreementKind'];
  page: number;
  size: number;
}

/** GET /api/vacancies (listVacancies). Waits until there is a valid date. */
export function useVacancies(params: VacancyParams, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.vacancies.list(params),
    queryFn: () =>
      unwrap(
        client.GET('/api/vacancies', {
          params: {
            query: {
              from: params.from,
              facility: params.facility || undefined,
              kind: params.kind,
              page: params.page,
              size: params.size,
            },
          },
        }),
      ),
    enabled: (options.enabled ?? true) && /^\d{4}-\d{2}-\d{2}$/.test(params.from),
  });
}
