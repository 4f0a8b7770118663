import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { saveDownload } from '../../../api/saveBlob';
import { tekster } from '../tekster';
import type { InnsynFilter } from './usePersonInnsyn';

/**
 * GET /api/persons/{personId}/innsyn.pdf (getPersonInnsynPdf): "Hvem har sett opplysningene dine" for the person, with
 * the filters the page shows. Fetched through the API client so the request carries the bearer token, then handed
 * to the browser under the name the API gives it (else `innsyn-<id>.pdf`).
 */
export function useDownloadInnsynPdf(personId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (filter: InnsynFilter) => {
      await saveDownload(
        client.GET('/api/persons/{personId}/innsyn.pdf', {
          params: { path: { personId }, query: { from: filter.from, to: filter.to, kind: filter.kind } },
          parseAs: 'blob',
        }),
        tekster.pdf.filnavn(personId),
      );
    },
  });
}
