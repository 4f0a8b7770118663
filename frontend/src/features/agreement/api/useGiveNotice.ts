import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema.gen';
import { useAgreementStep } from './useAgreementStep';

export type NoticeRequest = components['schemas']['NoticeRequest'];

/** POST /api/agreements/{agreementId}/notice (giveNotice). */
export function useGiveNotice(agreementId: string) {
  return useAgreementStep((client, body: NoticeRequest) =>
    unwrap(client.POST('/api/agreements/{agreementId}/notice', { params: { path: { agreementId } }, body })),
  );
}
