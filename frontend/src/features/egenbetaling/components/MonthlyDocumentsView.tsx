import { Paragraph } from '@digdir/designsystemet-react';
import { Section } from '../../../components/Section';
import { useDownloadMonthlyInvoices, useDownloadNavDeductions } from '../api/useDownloads';
import { tekster } from '../tekster';
import { MonthDownloadForm } from './MonthDownloadForm';

const t = tekster.utsendelser;

/** Fakturaer og NAV-liste (R-PAY-2): the month's invoices for every INVOICE resident (PDF) and the list for NAV (CSV). */
export function MonthlyDocumentsView() {
  const invoices = useDownloadMonthlyInvoices();
  const nav = useDownloadNavDeductions();
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <Section id="utsendelser-fakturaer" heading={t.fakturaer} level={3}>
        <Paragraph>{t.fakturaerIngress}</Paragraph>
        <MonthDownloadForm
          id="fakturaer"
          labelledBy="utsendelser-fakturaer"
          submitText={t.lastNedFakturaer}
          failureHeading={t.feilFakturaer}
          download={invoices.mutateAsync}
        />
      </Section>
      <Section id="utsendelser-nav" heading={t.nav} level={3}>
        <Paragraph>{t.navIngress}</Paragraph>
        <MonthDownloadForm
          id="nav-liste"
          labelledBy="utsendelser-nav"
          submitText={t.lastNedNav}
          failureHeading={t.feilNav}
          download={nav.mutateAsync}
        />
      </Section>
    </>
  );
}
