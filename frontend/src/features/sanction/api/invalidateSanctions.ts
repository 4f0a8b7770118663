import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';

/** After any change to sanctions: refetch ladders, lists (the approval queue), control reports and agreements. */
export function afterSanctionChange(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.sanctions.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.controlReports.all }),
    // An approved termination gives notice on the agreement.
    queryClient.invalidateQueries({ queryKey: queryKeys.agreements.all }),
  ]);
}

/** After an entry without consent or a visitor ban is recorded or lifted: its list and the control reports (R-SAN-10). */
export function afterLogChange(queryClient: QueryClient, listKey: readonly string[]) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: listKey }),
    queryClient.invalidateQueries({ queryKey: queryKeys.controlReports.all }),
  ]);
}
