import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useIntakes, type IntakeListParams } from '../api/useIntakes';
import { IntakeTable, type IntakeColumn } from '../components/IntakeTable';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { tekster } from '../tekster';
import { Section } from '../../../components/Section';

const PAGE_SIZE = 50;

/** ESIKT follows its allocations until move-in (issue 18). */
const tildelt = {
  tittel: 'Tildelt, venter på innflytting',
  ingress: 'Søknader ESIKT har tildelt en boenhet, der søkeren ikke har flyttet inn ennå, og hvem de venter på.',
  tabell: 'Tildelte søknader, nyeste først',
  tom: 'Ingen tildelte søknader venter på innflytting.',
  sider: 'Sider i listen over tildelte søknader',
};

/** The statuses from allocation to move-in (the agreement's start closes the application). */
const ALLOCATED_NOT_MOVED_IN = 'ALLOCATED,INFORMED,ORIENTED,DECIDED';

interface ListProps {
  id: string;
  heading: string;
  intro?: string;
  caption: string;
  empty: string;
  pagerLabel: string;
  query: Omit<IntakeListParams, 'page' | 'size'>;
  columns: IntakeColumn[];
}

function IntakeListSection({ id, heading, intro, caption, empty, pagerLabel, query, columns }: ListProps) {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useIntakes({ ...query, page, size: PAGE_SIZE });
  const { names } = useFacilityNames();
  return (
    <Section id={id} heading={heading}>
      {intro && <Paragraph>{intro}</Paragraph>}
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
            <IntakeTable intakes={data.items} caption={caption} columns={columns} facilityNames={names} />
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
        caption={t.tabell}
        empty={t.tom}
        pagerLabel={t.sider}
        query={{ status: 'WAITING', order: 'priority' }}
        columns={['priority', 'person', 'born', 'received', 'facility', 'caseworker']}
      />
      <IntakeListSection
        id="nye-soknader-tittel"
        heading={t.nye}
        intro={t.nyeIngress}
        caption={t.nyeTabell}
        empty={t.nyeTom}
        pagerLabel={t.nyeSider}
        query={{ status: 'SUBMITTED', order: 'received' }}
        columns={['person', 'born', 'received', 'facility', 'caseworker']}
      />
      <IntakeListSection
        id="tildelt-tittel"
        heading={tildelt.tittel}
        intro={tildelt.ingress}
        caption={tildelt.tabell}
        empty={tildelt.tom}
        pagerLabel={tildelt.sider}
        query={{ status: ALLOCATED_NOT_MOVED_IN }}
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
      caption={t.tabell}
      empty={t.tom}
      pagerLabel={t.sider}
      query={{ status: ALLOCATED_NOT_MOVED_IN }}
      columns={['person', 'nationalId', 'status', 'facility', 'received']}
    />
  );
}
