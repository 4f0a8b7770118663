import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { usePersonCase } from '../../../shared/person/caseView';
import { FullPageLink } from '../../../shared/person/components/FullPageLink';
import { useSanctionHistory } from '../api/useSanctionHistory';
import { tekster } from '../tekster';
import { SanctionDetails } from './SanctionDetails';
import { SanctionLadder } from './SanctionLadder';

/**
 * The case view's Reaksjoner tab: the ladder and every sanction on the agreement (getSanctionHistory), newest first.
 * Forhåndsvarsel, proposals and notifications are made on the full page the link opens.
 */
export function PersonSanctionsTab() {
  const { person } = usePersonCase();
  return person.agreement ? <SanctionsTab agreementId={person.agreement.id} /> : null;
}

function SanctionsTab({ agreementId }: { agreementId: string }) {
  const t = tekster.person;
  const history = useSanctionHistory(agreementId);
  const link = <FullPageLink to={`/avtaler/${encodeURIComponent(agreementId)}/reaksjoner`}>{t.apneReaksjoner}</FullPageLink>;
  if (history.isPending || history.error) {
    return (
      <>
        {link}
        {history.isPending ? <Loading text={tekster.stige.henter} /> : <ProblemAlert error={history.error} heading={tekster.stige.feil} />}
      </>
    );
  }
  const sanctions = [...history.data.sanctions].sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  return (
    <>
      {link}
      <SanctionLadder history={history.data} />
      <Section id="fane-reaksjoner" heading={t.reaksjoner}>
        {sanctions.length === 0 ? (
          <Paragraph>{t.ingenReaksjoner}</Paragraph>
        ) : (
          <ul className="bta-stack bta-plain-list">
            {sanctions.map((s) => (
              <li key={s.id}>
                <article aria-labelledby={`fane-reaksjon-${s.id}`} className="bta-section">
                  <Heading level={3} data-size="xs" id={`fane-reaksjon-${s.id}`}>
                    {reaksjonTekst[s.type]} ({formatDate(s.proposedAt.slice(0, 10))})
                  </Heading>
                  <SanctionDetails sanction={s} />
                </article>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
