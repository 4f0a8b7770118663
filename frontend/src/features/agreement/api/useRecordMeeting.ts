import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type MeetingRequest = components['schemas']['MeetingRequest'];

/** POST /api/agreements/{agreementId}/meetings (recordMeeting). */
export function useRecordMeeting(agreementId: string) {
  return useAgreementStep((client, body: MeetingRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/meetings', { params: { path: { agreementId } }, body })),
  );
}
