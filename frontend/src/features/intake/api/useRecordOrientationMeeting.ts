import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { afterIntakeStep } from './invalidateIntake';

export type OrientationRequest = components['schemas']['OrientationRequest'];

/** POST /api/intakes/{intakeId}/orientation-meeting (recordOrientationMeeting). */
export function useRecordOrientationMeeting(intakeId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrientationRequest) =>
      unwrap(client.POST('/api/intakes/{intakeId}/orientation-meeting', { params: { path: { intakeId } }, body })),
    onSuccess: (intake) => afterIntakeStep(queryClient, intake, { unitsChanged: true }),
  });
}
