import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { PersonSearchForm } from '../../../components/PersonSearch';
import { useIntakes, type IntakeListParams, type IntakeSort } from '../api/useIntakes';
import { IntakeTable, type IntakeColumn } from '../components/IntakeTable';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { tekster } from '../tekster';
import { Section } from '../../../components/Section';

const PAGE_SIZE = 50;

/** ESIKT follows its allocations until move-in (issue 18). */
const tildelt = {
  tittel: 'Tildelt, venter på innflytting',
  ingress: 'Søknader ESIKT har tildelt en boenhet, der søkeren ikke har flyttet inn ennå, og hvem de venter på.',
  tom: 'Ingen tildelte søknader venter på innflytting.',
  sider: 'Sider i listen over tildelte søknader',
  sok: 'Søk i tildelte søknader',
};

/** The statuses from allocation to move-in (the agreement's start closes the application). */
const ALLOCATED_NOT_MOVED_IN = 'ALLOCATED,INFORMED,ORIENTED,DECIDED';

interface ListProps {
  /** The heading's id, which also names the table. */
  id: string;
  heading: string;
  intro?: string;
  empty: string;
  pagerLabel: string;
  /** The search landmark's name. */
  searchLabel: string;
  /** false for ESIKT, who sees no numbers: the search is by name only. */
  searchByNumber: boolean;
  /** The filter; `sort` is the order the list starts in (the API's default when not given). */
  filter: Pick<IntakeListParams, 'status' | 'sort'>;
  columns: IntakeColumn[];
}

function IntakeListSection({ id, heading, intro, empty, pagerLabel, searchLabel, searchByNumber, filter, columns }: ListProps) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<IntakeSort | undefined>(filter.sort);
  const [query, setQuery] = useState('');
  const { data, error, isPending } = useIntakes({ status: filter.status, sort, query, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();
  return (
    <Section id={id} heading={heading}>
      {intro && <Paragraph>{intro}</Paragraph>}
      <PersonSearchForm
        id={`${id}-sok`}
        label={searchLabel}
        byNumber={searchByNumber}
        onSearch={(text) => {
          setQuery(text);
          setPage(0);
        }}
      />
      <ListResult
        isPending={isPending}
        error={error}
        data={data}
        loadingText={tekster.venteliste.henter}
        errorHeading={tekster.venteliste.feil}
        empty={empty}
      >
        {(data) => (
          <>
            <IntakeTable
              intakes={data.items}
              labelledBy={id}
              columns={columns}
              sort={{
                value: sort ?? '-received',
                onChange: (next) => {
                  setSort(next);
                  setPage(0);
                },
              }}
              facilityNames={names}
            />
            <Pager label={pagerLabel} page={data.page} size={data.size} totalItems={data.totalItems} onChange={setPage} />
          </>
        )}
      </ListResult>
    </Section>
  );
}

/**
 * ESIKT's waiting list (by priority, then date received), the new applications to prioritise, and the allocated ones
 * until move-in, each with who it waits for. ESIKT gets the person's name, birth year and sex, not the number (R-ACC-3).
 */
export function WaitingListPage() {
  const t = tekster.venteliste;
  useDocumentTitle(t.tittel);
  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      <IntakeListSection
        id="venteliste-tittel"
        heading={t.tittel}
        empty={t.tom}
        pagerLabel={t.sider}
        searchLabel={t.sok}
        searchByNumber={false}
        filter={{ status: 'WAITING', sort: 'priority' }}
        columns={['priority', 'person', 'born', 'received', 'facility', 'caseworker']}
      />
      <IntakeListSection
        id="nye-soknader-tittel"
        heading={t.nye}
        intro={t.nyeIngress}
        empty={t.nyeTom}
        pagerLabel={t.nyeSider}
        searchLabel={t.nyeSok}
        searchByNumber={false}
        filter={{ status: 'SUBMITTED', sort: '-received' }}
        columns={['person', 'born', 'received', 'facility', 'caseworker']}
      />
      <IntakeListSection
        id="tildelt-tittel"
        heading={tildelt.tittel}
        intro={tildelt.ingress}
        empty={tildelt.tom}
        pagerLabel={tildelt.sider}
        searchLabel={tildelt.sok}
        searchByNumber={false}
        filter={{ status: ALLOCATED_NOT_MOVED_IN }}
        columns={['person', 'born', 'status', 'facility', 'caseworker']}
      />
    </>
  );
}

/** On the facility staff's Beboere page: applications allocated to their facilities, not yet moved in. */
export function IncomingAllocationsSection() {
  const t = tekster.innkommende;
  return (
    <IntakeListSection
      id="innkommende-tittel"
      heading={t.tittel}
      intro={t.ingress}
      empty={t.tom}
      pagerLabel={t.sider}
      searchLabel={t.sok}
      searchByNumber
      filter={{ status: ALLOCATED_NOT_MOVED_IN }}
      columns={['person', 'nationalId', 'status', 'facility', 'received']}
    />
  );
}
