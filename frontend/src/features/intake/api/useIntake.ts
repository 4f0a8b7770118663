import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** GET /api/intakes/{intakeId} (getIntake). */
export function useIntake(intakeId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.intakes.detail(intakeId),
    queryFn: () => unwrap(client.GET('/api/intakes/{intakeId}', { params: { path: { intakeId } } })),
  });
}
