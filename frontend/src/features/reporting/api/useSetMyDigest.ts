import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema.gen';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

type DigestSettingRequest = components['schemas']['DigestSettingRequest'];

/** PUT /api/me/digest (setMyDigest): switches the caller's daily e-mail on or off; the answer is the new setting. */
export function useSetMyDigest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DigestSettingRequest) => unwrap(client.PUT('/api/me/digest', { body })),
    onSuccess: (setting) => queryClient.setQueryData(queryKeys.myDigest, setting),
  });
}
