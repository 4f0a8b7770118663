import { lazy, Suspense } from 'react';
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useOverview } from '../api/useOverview';
import { oversiktGruppe, tekster, type OverviewKind } from '../tekster';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import '../reporting.css';

/** The digest setting is a form of its own, loaded after the list so the landing page stays within its budget. */
const DigestSettingSection = lazy(() => import('../components/DigestSettingSection').then((m) => ({ default: m.DigestSettingSection })));

type OverviewItem = components['schemas']['OverviewItem'];

const t = tekster.oversikt;

/** The items grouped by kind, in the order of `oversiktGruppe`; empty groups are left out. */
export function groupByKind(items: readonly OverviewItem[]): [OverviewKind, OverviewItem[]][] {
  return (Object.keys(oversiktGruppe) as OverviewKind[])
    .map((kind) => [kind, items.filter((item) => item.kind === kind)] as [OverviewKind, OverviewItem[]])
    .filter(([, group]) => group.length > 0);
}

function Group({ kind, items, names }: { kind: OverviewKind; items: OverviewItem[]; names: Map<string, string> }) {
  const headingId = `oversikt-${kind.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="bta-stack bta-overview-group">
      <Heading level={2} data-size="xs" id={headingId}>
        {oversiktGruppe[kind]} <span className="bta-subtle">({t.antall(items.length)})</span>
      </Heading>
      <div className="bta-table-scroll">
        <Table zebra border data-size="sm" aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              {[t.person, t.botiltak, t.dato, t.hva].map((header) => (
                <Table.HeaderCell key={header} scope="col">
                  {header}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((item, i) => (
              <Table.Row key={`${item.link}-${i}`}>
                <Table.HeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={item.link}>{item.personName ?? item.text}</RouterLink>
                  </Link>
                  {item.personId && item.personName && (
                    <div>
                      <PersonCaseLink personId={item.personId} name={item.personName} />
                    </div>
                  )}
                </Table.HeaderCell>
                <Table.Cell>{names.get(item.facilityId) ?? item.facilityId}</Table.Cell>
                <Table.Cell>{item.dueDate ? formatDate(item.dueDate) : '–'}</Table.Cell>
                <Table.Cell>{item.text}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

/** Oversikt: the start page of botiltak and fagleder — what falls due at their facilities. */
export function OverviewPage() {
  useDocumentTitle(t.tittel);
  const overview = useOverview();
  const { names } = useFacilityNames();
  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      {overview.isPending ? (
        <Loading text={t.henter} />
      ) : overview.error ? (
        <ProblemAlert error={overview.error} heading={t.feil} />
      ) : overview.data.length === 0 ? (
        <Paragraph>{t.tom}</Paragraph>
      ) : (
        groupByKind(overview.data).map(([kind, items]) => <Group key={kind} kind={kind} items={items} names={names} />)
      )}
      {/* Below the overview once it is there: shown while the overview loads, it was pushed down when the lists came
          (a layout shift of 0.10, most of Lighthouse's CLS on this page). */}
      {!overview.isPending && (
        <Suspense fallback={null}>
          <DigestSettingSection />
        </Suspense>
      )}
    </>
  );
}
