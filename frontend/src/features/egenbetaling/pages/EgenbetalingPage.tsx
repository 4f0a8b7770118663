import { Paragraph } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { AccountSearchView } from '../components/AccountSearchView';
import { AccountsAdminView } from '../components/AccountsAdminView';
import { ArrearsSection } from '../components/ArrearsSection';
import { ChargeRunView } from '../components/ChargeRunView';
import { ExportView } from '../components/ExportView';
import { ImportView } from '../components/ImportView';
import { HistoryView } from '../components/HistoryView';
import { ManualPaymentView } from '../components/ManualPaymentView';
import { MonthlyDocumentsView } from '../components/MonthlyDocumentsView';
import { UnmatchedView } from '../components/UnmatchedView';
import { tekster, visninger, type Visning } from '../tekster';
import { Section } from '../../../components/Section';

const views: Record<Visning, () => React.ReactNode> = {
  konto: () => <AccountSearchView />,
  kjoring: () => <ChargeRunView />,
  innlesing: () => <ImportView />,
  umatchet: () => <UnmatchedView />,
  innbetaling: () => <ManualPaymentView />,
  restanser: () => <ArrearsSection withFilter />,
  historikk: () => <HistoryView />,
  utsendelser: () => <MonthlyDocumentsView />,
  eksport: () => <ExportView />,
  regnskap: () => <AccountsAdminView />,
};

/**
 * Egenbetaling (okonomi): one view at a time, chosen in a sub-navigation of links (`?visning=`), so
 * each view has its own address and the browser's back button works.
 */
export function EgenbetalingPage() {
  const [params] = useSearchParams();
  const requested = params.get('visning');
  const current = visninger.find((v) => v.id === requested) ?? visninger[0]!;
  useDocumentTitle(`${current.tittel} – ${tekster.side.tittel}`);
  return (
    <>
      <PageHeading>{tekster.side.tittel}</PageHeading>
      <Paragraph>{tekster.side.ingress}</Paragraph>
      <nav aria-label={tekster.side.visninger} className="bta-subnav">
        <ul className="bta-buttons" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {visninger.map((v) => (
            <li key={v.id}>
              <Link
                to={`/egenbetaling?visning=${v.id}`}
                aria-current={v.id === current.id ? 'page' : undefined}
                className="ds-link"
                style={{ fontWeight: v.id === current.id ? 600 : undefined }}
              >
                {v.tittel}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="visning-tittel" heading={current.tittel}>
        {views[current.id]()}
      </Section>
    </>
  );
}
