import { Paragraph } from '@digdir/designsystemet-react';
import { useDownloadMonthlyInvoices, useDownloadNavDeductions } from '../api/useDownloads';
import { tekster } from '../tekster';
import { MonthDownloadForm } from './MonthDownloadForm';

const t = tekster.utsendelser;

/** Fakturaer og NAV-liste (R-PAY-2): the month's invoices for every INVOICE resident (PDF) and the list for NAV (CSV). */
export function MonthlyDocumentsView() {
  const invoices = useDownloadMonthlyInvoices();
  const nav = useDownloadNavDeductions();
  const forms = [
    {
      id: 'fakturaer',
      heading: t.fakturaer,
      ingress: t.fakturaerIngress,
      submitText: t.lastNedFakturaer,
      failureHeading: t.feilFakturaer,
      download: invoices.mutateAsync,
    },
    {
      id: 'nav-liste',
      heading: t.nav,
      ingress: t.navIngress,
      submitText: t.lastNedNav,
      failureHeading: t.feilNav,
      download: nav.mutateAsync,
    },
  ];
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {forms.map((f) => (
        <MonthDownloadForm key={f.id} {...f} />
      ))}
    </>
  );
}
