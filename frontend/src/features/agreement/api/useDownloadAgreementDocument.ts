import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';

/**
 * GET /api/agreements/{agreementId}/document.pdf (getAgreementDocument). Fetched through the API
 * client so the request carries the bearer token (a plain link would not), then handed to the
 * browser under the name the API gives it ("Avtale Ida Solbakken 2026-10-27.pdf"; `avtale-<id>.pdf` without one).
 */
export function useDownloadAgreementDocument(agreementId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => {
      await saveDownload(
        client.GET('/api/agreements/{agreementId}/document.pdf', {
          params: { path: { agreementId } },
          parseAs: 'blob',
        }),
        `avtale-${agreementId}.pdf`,
      );
    },
  });
}
