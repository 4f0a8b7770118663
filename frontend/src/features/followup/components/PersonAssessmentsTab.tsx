import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { useInstruments } from '../api/useInstruments';
import { tekster } from '../tekster';
import { HealthDataNotice } from './HealthDataNotice';
import { AssessmentHistory } from './AssessmentHistory';

/**
 * The case view's Kartlegging tab: the history with one instrument at a time (listAssessments, health data: every
 * read is logged); a new assessment and the consent are recorded on the full page.
 */
export function PersonAssessmentsTab() {
  const { person } = usePersonCase();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const instruments = useInstruments();
  const list = instruments.data ?? [];
  const chosen = list.find((i) => i.id === searchParams.get('instrument')) ?? list[0];
  return (
    <>
      <FullPageLink
        to={`/beboere/${encodeURIComponent(person.id)}/kartlegging${chosen ? `?instrument=${encodeURIComponent(chosen.id)}` : ''}`}
        state={{ name: person.name, agreementId: person.agreement?.id }}
      >
        {tekster.apne}
      </FullPageLink>
      <HealthDataNotice />
      {instruments.isPending ? (
        <Loading text={tekster.henterInstrumenter} />
      ) : instruments.error ? (
        <ProblemAlert error={instruments.error} heading={tekster.instrumenterFeil} />
      ) : chosen ? (
        <>
          <nav aria-label={tekster.verktoy}>
            <ul className="bta-tags">
              {list.map((i) => (
                <li key={i.id}>
                  <Link asChild>
                    <RouterLink
                      to={`${pathname}?instrument=${encodeURIComponent(i.id)}`}
                      aria-current={i.id === chosen.id ? 'true' : undefined}
                    >
                      {i.name}
                    </RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <AssessmentHistory key={chosen.id} personId={person.id} instrument={chosen} />
        </>
      ) : null}
    </>
  );
}
