import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { DownloadButton } from '../../../components/DownloadButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Confirmation } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { useDownloadInvoice, useDownloadStandingOrderLetter } from '../api/useDownloads';
import { tekster } from '../tekster';
import { MonthDownloadForm } from './MonthDownloadForm';

type Ledger = components['schemas']['Ledger'];

const t = tekster.reskontro;

function InvoiceDownload({ agreementId }: { agreementId: string }) {
  const invoice = useDownloadInvoice(agreementId);
  return (
    <MonthDownloadForm
      id="faktura"
      heading={t.faktura}
      ingress={t.fakturaIngress}
      submitText={t.lastNedFaktura}
      failureHeading={t.fakturaFeil}
      download={invoice.mutateAsync}
    />
  );
}

function LetterDownload({ agreementId }: { agreementId: string }) {
  const letter = useDownloadStandingOrderLetter(agreementId);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section id="brev-seksjon" heading={t.brev} level={3}>
      <Paragraph>{t.brevIngress}</Paragraph>
      {saved && <Confirmation message={saved} />}
      <div className="bta-buttons">
        <DownloadButton
          label={t.lastNedBrev}
          pendingLabel={t.henterFil}
          pending={letter.isPending}
          onClick={() => {
            setSaved(null);
            letter.mutate(undefined, { onSuccess: (filename) => setSaved(t.lastetNed(filename)) });
          }}
        />
      </div>
      {letter.error && <ProblemAlert error={letter.error} heading={t.brevFeil} />}
    </Section>
  );
}

/**
 * What the payment method gives the resident (R-PAY-2, okonomi): INVOICE a monthly invoice, STANDING_ORDER
 * the KID and account letter; DIRECT_DEDUCTION is on the month's list for NAV.
 */
export function LedgerDocuments({ ledger }: { ledger: Ledger }) {
  const method = ledger.paymentSetup?.method;
  return (
    <Section id="dokumenter-seksjon" heading={t.dokumenter}>
      {method === 'INVOICE' ? (
        <InvoiceDownload agreementId={ledger.agreementId} />
      ) : method === 'STANDING_ORDER' ? (
        <LetterDownload agreementId={ledger.agreementId} />
      ) : (
        <Paragraph>{method === 'DIRECT_DEDUCTION' ? t.navDokument : t.ingenDokumenter}</Paragraph>
      )}
    </Section>
  );
}
