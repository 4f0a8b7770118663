import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import type { components } from '../../../api/schema.gen';

type Intake = components['schemas']['Intake'];

/**
 * After a step on an application: store the application the API returned, and refetch the
 * lists and everything whose counts a step can change (vacancies, units per facility).
 */
export function afterIntakeStep(queryClient: QueryClient, intake: Intake, options: { unitsChanged?: boolean } = {}) {
  queryClient.setQueryData(queryKeys.intakes.detail(intake.id), intake);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.intakes.detail(intake.id) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.intakes.lists }),
    ...(options.unitsChanged
      ? [
          queryClient.invalidateQueries({ queryKey: queryKeys.vacancies.all }),
          queryClient.invalidateQueries({ queryKey: queryKeys.facilities.all }),
        ]
      : []),
  ]);
}
