import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { saveBlob } from '../../../api/saveBlob';

/**
 * GET /api/agreements/{agreementId}/document.pdf (getAgreementDocument). Fetched through the API
 * client so the request carries the bearer token (a plain link would not), then handed to the
 * browser as a download named `avtale-<id>.pdf`.
 */
export function useDownloadAgreementDocument(agreementId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => {
      const blob = await unwrap(
        client.GET('/api/agreements/{agreementId}/document.pdf', {
          params: { path: { agreementId } },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob as Blob, `avtale-${agreementId}.pdf`);
    },
  });
}
