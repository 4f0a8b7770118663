import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Loading } from '../../../components/Loading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { useIncidents } from '../api/useIncidents';
import { tekster } from '../tekster';
import { IncidentTable } from './IncidentTable';

const PAGE_SIZE = 20;

/** The case view's Hendelser tab: the incidents the user's facilities recorded about the person (listIncidents). */
export function PersonIncidentsTab() {
  const { person } = usePersonCase();
  const [page, setPage] = useState(0);
  const incidents = useIncidents({ personId: person.id, page, size: PAGE_SIZE });
  const t = tekster.person;
  return (
    <>
      <FullPageLink to="/hendelser">{t.apneHendelser}</FullPageLink>
      <Section id="fane-hendelser" heading={tekster.hendelser.liste}>
        {incidents.isPending ? (
          <Loading text={tekster.hendelser.henter} />
        ) : incidents.error ? (
          <ProblemAlert error={incidents.error} heading={tekster.hendelser.feil} />
        ) : incidents.data.items.length === 0 ? (
          <Paragraph>{t.ingenHendelser}</Paragraph>
        ) : (
          <>
            <IncidentTable incidents={incidents.data.items} />
            <Pager page={page} size={PAGE_SIZE} totalItems={incidents.data.totalItems} onChange={setPage} label={tekster.hendelser.sider} />
          </>
        )}
      </Section>
    </>
  );
}
