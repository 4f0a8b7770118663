import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

type Agreement = components['schemas']['Agreement'];

/**
 * After a step on an agreement: store the agreement the API returned, and refetch the lists and,
 * when the step changes who holds a unit (draft, move-in, move-out, conversion), the
 * applications, vacancies and facility unit counts too.
 */
export function afterAgreementStep(queryClient: QueryClient, agreement: Agreement, options: { unitsChanged?: boolean } = {}) {
  queryClient.setQueryData(queryKeys.agreements.detail(agreement.id), agreement);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.agreements.detail(agreement.id) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.agreements.lists }),
    ...(options.unitsChanged ? invalidateUnits(queryClient) : []),
  ]);
}

/** Everything whose content depends on which units are allocated or occupied. */
export function invalidateUnits(queryClient: QueryClient) {
  return [
    queryClient.invalidateQueries({ queryKey: queryKeys.intakes.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.facilities.all }),
  ];
}
