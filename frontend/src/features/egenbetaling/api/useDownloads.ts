import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientProvider';
import { unwrap } from '../../../api/client';
import { saveBlob } from '../../../api/saveBlob';

/*
 * The clerk's documents, fetched through the API client so the request carries the bearer token
 * (a plain link would not), then handed to the browser with saveBlob. Each returns the file name;
 * a 409 (nothing to invoice, another payment method, no KID yet) throws an ApiError whose detail
 * the page shows.
 */

/** GET /api/agreements/{agreementId}/invoices/{period} (getInvoice): one resident's invoice for a month. */
export function useDownloadInvoice(agreementId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (period: string) => {
      const blob = await unwrap(
        client.GET('/api/agreements/{agreementId}/invoices/{period}', { params: { path: { agreementId, period } }, parseAs: 'blob' }),
      );
      const filename = `faktura-${period}-${agreementId}.pdf`;
      saveBlob(blob as Blob, filename);
      return filename;
    },
  });
}

/** GET /api/agreements/{agreementId}/standing-order-letter.pdf (getStandingOrderLetter): the KID and account letter. */
export function useDownloadStandingOrderLetter(agreementId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async () => {
      const blob = await unwrap(
        client.GET('/api/agreements/{agreementId}/standing-order-letter.pdf', { params: { path: { agreementId } }, parseAs: 'blob' }),
      );
      const filename = `brev-fast-trekk-${agreementId}.pdf`;
      saveBlob(blob as Blob, filename);
      return filename;
    },
  });
}

/** GET /api/egenbetaling/invoices?period= (getMonthlyInvoices): every INVOICE resident's invoice for the month, one PDF. */
export function useDownloadMonthlyInvoices() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (period: string) => {
      const blob = await unwrap(client.GET('/api/egenbetaling/invoices', { params: { query: { period } }, parseAs: 'blob' }));
      const filename = `fakturaer-${period}.pdf`;
      saveBlob(blob as Blob, filename);
      return filename;
    },
  });
}

/** GET /api/egenbetaling/nav-deductions?period=&format=csv (getNavDeductions): the month's list for NAV. */
export function useDownloadNavDeductions() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (period: string) => {
      const blob = await unwrap(
        client.GET('/api/egenbetaling/nav-deductions', {
          params: { query: { period, format: 'csv' } },
          headers: { Accept: 'text/csv' },
          parseAs: 'blob',
        }),
      );
      const filename = `nav-trekk-${period}.csv`;
      saveBlob(blob as Blob, filename);
      return filename;
    },
  });
}
