import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';

/**
 * The letters the resident receives, as PDF: GET /api/sanctions/{sanctionId}/decision.pdf (getDecisionLetter,
 * the enkeltvedtak) and GET /api/advance-notices/{advanceNoticeId}/letter.pdf (getAdvanceNoticeLetter, the
 * forhåndsvarsel). Fetched through the API client so the request carries the bearer token, then handed to the
 * browser under the name the API gives it (else `vedtak-<id>.pdf` or `forhandsvarsel-<id>.pdf`).
 */
export function useDownloadLetter(letter: 'decision' | 'advanceNotice', id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => {
      await saveDownload(
        letter === 'decision'
          ? client.GET('/api/sanctions/{sanctionId}/decision.pdf', { params: { path: { sanctionId: id } }, parseAs: 'blob' })
          : client.GET('/api/advance-notices/{advanceNoticeId}/letter.pdf', {
              params: { path: { advanceNoticeId: id } },
              parseAs: 'blob',
            }),
        `${letter === 'decision' ? 'vedtak' : 'forhandsvarsel'}-${id}.pdf`,
      );
    },
  });
}
