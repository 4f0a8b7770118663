import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { type ApiClient } from '../../../api/client';
import { saveDownload } from '../../../api/saveBlob';

/*
 * The clerk's documents, fetched through the API client so the request carries the bearer token
 * (a plain link would not), then saved under the name the API gives (saveDownload). Each answers the file name;
 * a 409 (nothing to invoice, another payment method, no KID yet) throws an ApiError whose detail
 * the page shows.
 */

type Call<A> = (client: ApiClient, args: A) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function useSaveAs<A>(call: Call<A>, filename: (args: A) => string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (args: A) => {
      return saveDownload(call(client, args), filename(args));
    },
  });
}

/** GET /api/agreements/{agreementId}/invoices/{period} (getInvoice): one resident's invoice for a month. */
export function useDownloadInvoice(agreementId: string) {
  return useSaveAs<string>(
    (client, period) =>
      client.GET('/api/agreements/{agreementId}/invoices/{period}', { params: { path: { agreementId, period } }, parseAs: 'blob' }),
    (period) => `faktura-${period}-${agreementId}.pdf`,
  );
}

/** GET /api/agreements/{agreementId}/standing-order-letter.pdf (getStandingOrderLetter): the KID and account letter. */
export function useDownloadStandingOrderLetter(agreementId: string) {
  return useSaveAs<void>(
    (client) =>
      client.GET('/api/agreements/{agreementId}/standing-order-letter.pdf', { params: { path: { agreementId } }, parseAs: 'blob' }),
    () => `brev-fast-trekk-${agreementId}.pdf`,
  );
}

/** GET /api/egenbetaling/invoices?period= (getMonthlyInvoices): every INVOICE resident's invoice for the month, one PDF. */
export function useDownloadMonthlyInvoices() {
  return useSaveAs<string>(
    (client, period) => client.GET('/api/egenbetaling/invoices', { params: { query: { period } }, parseAs: 'blob' }),
    (period) => `fakturaer-${period}.pdf`,
  );
}

/** GET /api/egenbetaling/nav-deductions?period=&format=csv (getNavDeductions): the month's list for NAV. */
export function useDownloadNavDeductions() {
  return useSaveAs<string>(
    (client, period) =>
      client.GET('/api/egenbetaling/nav-deductions', {
        params: { query: { period, format: 'csv' } },
        headers: { Accept: 'text/csv' },
        parseAs: 'blob',
      }),
    (period) => `nav-trekk-${period}.csv`,
  );
}
