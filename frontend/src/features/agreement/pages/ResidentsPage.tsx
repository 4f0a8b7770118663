import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { AgreementListSection } from '../components/AgreementListSection';
import { tekster } from '../tekster';

const t = tekster.beboere;

/** One paged list per status of the agreements of those who live there now. */
const sections = [
  {
    status: 'ACTIVE',
    id: 'gjelder-tittel',
    heading: t.gjelder,
    empty: t.gjelderTom,
    pagerLabel: t.gjelderSider,
    searchLabel: t.gjelderSok,
  },
  {
    status: 'NOTICE_GIVEN',
    id: 'oppsagt-tittel',
    heading: t.oppsagt,
    empty: t.oppsagtTom,
    pagerLabel: t.oppsagtSider,
    searchLabel: t.oppsagtSok,
  },
  { status: 'EXPIRED', id: 'utlopt-tittel', heading: t.utlopt, empty: t.utloptTom, pagerLabel: t.utloptSider, searchLabel: t.utloptSok },
] as const;

/**
 * Beboere (botiltak, fagleder): residents with an agreement in force, those under notice and those whose agreement
 * expired without renewal but who still live there (R-AGR-9), each its own paged query; then `children`: the
 * sections other areas add to the page, which routes.tsx passes in (the applicants allocated to the staff's
 * facilities, and the arrears).
 */
export function ResidentsPage({ children }: { children?: ReactNode }) {
  useDocumentTitle(t.tittel);
  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      {sections.map(({ status, ...texts }) => (
        <AgreementListSection key={status} {...texts} filter={{ status }} />
      ))}
      {children}
    </>
  );
}
