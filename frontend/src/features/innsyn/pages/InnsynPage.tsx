import { useState } from 'react';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { DownloadButton } from '../../../components/DownloadButton';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { InnsynNavigationState } from '../../../shared/person/innsyn';
import { useDownloadInnsynPdf } from '../api/useDownloadInnsynPdf';
import { usePersonInnsyn, type InnsynFilter } from '../api/usePersonInnsyn';
import { AccessHolders } from '../components/AccessHolders';
import { InnsynLog } from '../components/InnsynLog';
import { InnsynFilterForm } from '../form/InnsynFilterForm';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { personCrumbs } from '../../../shared/person/caseView';
import { tekster, typeTekst } from '../tekster';

const PAGE_SIZE = 50;

/** What the filters shown say, e.g. "Viser 01.11.2026–30.11.2026, Lesing." */
function chosen(filter: InnsynFilter): string {
  const t = tekster.logg;
  const from = filter.from ? formatDate(filter.from) : null;
  const to = filter.to ? formatDate(filter.to) : null;
  const period = from && to ? t.periode(from, to) : from ? t.fraOgMed(from) : to ? t.tilOgMed(to) : t.helePerioden;
  return t.valgt(period, filter.kind ? typeTekst[filter.kind].toLowerCase() : tekster.filter.alleTyper.toLowerCase());
}

/**
 * Innsyn (R-ACC-2, R-ACC-4): a person's access log for HVK and the fagleder, filtered by period and kind, with who
 * may see the person now and why (R-ACC-3), and the PDF the person is given ("Last ned PDF", with the same filters).
 */
export function InnsynPage() {
  const { personId = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state ?? {}) as InnsynNavigationState;
  const { user } = useAuth();
  const [filter, setFilter] = useState<InnsynFilter>({});
  const [page, setPage] = useState(0);
  const innsyn = usePersonInnsyn(personId, filter, page, PAGE_SIZE);
  const pdf = useDownloadInnsynPdf(personId);
  const name = innsyn.data?.personName ?? arrived.name;
  const title = name ? tekster.tittelFor(name) : tekster.tittel;
  useDocumentTitle(title);

  const back =
    arrived.back ?? (user.roles.includes('hvk') ? { to: '/soknader', text: tekster.tilbake } : { to: '/beboere', text: tekster.tilbake });

  return (
    <>
      <Breadcrumbs crumbs={[...personCrumbs(user, personId, name), { label: tekster.tittel }]} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={back.to}>{back.text}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{title}</PageHeading>
      <Paragraph>{tekster.ingress}</Paragraph>
      <InnsynFilterForm
        onShow={(next) => {
          setFilter(next);
          setPage(0);
        }}
      />
      <div className="bta-buttons">
        <DownloadButton
          label={tekster.pdf.knapp}
          pendingLabel={tekster.pdf.henter}
          pending={pdf.isPending}
          onClick={() => pdf.mutate(filter)}
        />
      </div>
      {pdf.error && <ProblemAlert error={pdf.error} heading={tekster.pdf.feil} />}
      {innsyn.isPending ? (
        <Loading text={tekster.henter} />
      ) : innsyn.error ? (
        <ProblemAlert error={innsyn.error} heading={tekster.feil} />
      ) : (
        <>
          <Section id="innsyn-logg" heading={tekster.logg.tittel}>
            <Paragraph role="status">{chosen(filter)}</Paragraph>
            <InnsynLog innsyn={innsyn.data} />
            <Pager page={page} size={PAGE_SIZE} totalItems={innsyn.data.totalItems} onChange={setPage} label={tekster.logg.sider} />
          </Section>
          <Section id="innsyn-tilgang" heading={tekster.tilgang.tittel}>
            <AccessHolders innsyn={innsyn.data} />
          </Section>
        </>
      )}
    </>
  );
}
