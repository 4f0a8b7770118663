import { type ComponentProps } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { useFacility } from '../../../shared/facility/api/useFacility';
import { useSanctionHistory } from '../api/useSanctionHistory';
import { SanctionDetails } from '../components/SanctionDetails';
import { SanctionLadder } from '../components/SanctionLadder';
import {
  APPEAL_FORM_ID,
  AppealForm,
  NOTIFICATION_FORM_ID,
  NotificationForm,
  ProposeSanctionForm,
  SANCTION_FORM_ID,
} from '../form/SanctionForms';
import { tekster } from '../tekster';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { SavedAlert } from '../../../components/SavedAlert';
import { useDialogState } from '../../../components/useDialogState';
import { Section } from '../../../components/Section';

type Sanction = components['schemas']['Sanction'];

type Open =
  | { form: typeof SANCTION_FORM_ID }
  | { form: typeof NOTIFICATION_FORM_ID; sanction: Sanction }
  | { form: typeof APPEAL_FORM_ID; sanction: Sanction };

/** Notice is recorded once, after approval where approval is needed. */
const canNotify = (s: Sanction) => !s.notifiedOn && s.status !== 'AWAITING_APPROVAL' && s.status !== 'REVERSED';
/** Appeals exist for decisions with a deadline; the outcome can be added later. */
const canAppeal = (s: Sanction) => !!s.appealDeadline && !s.appealOutcome;

/** The proposal form once the facility's exclusion length is known. */
function ProposeWithFacility({
  facilityId,
  ...props
}: Omit<ComponentProps<typeof ProposeSanctionForm>, 'exclusionDays'> & { facilityId: string }) {
  const facility = useFacility(facilityId);
  if (facility.isPending) return <Loading text={tekster.stige.henterBotiltak} />;
  return <ProposeSanctionForm {...props} exclusionDays={facility.data?.exclusionDays ?? null} />;
}

/** One resident's sanctions: the ladder, each sanction with its status and deadlines, and the forms. */
export function SanctionLadderPage() {
  const t = tekster.stige;
  const { agreementId = '' } = useParams();
  const agreement = useAgreement(agreementId);
  const history = useSanctionHistory(agreementId);
  const { open, saved, savedRef, start, close, done } = useDialogState<Open>();
  const name = agreement.data?.person.name;
  useDocumentTitle(name ? t.tittel(name) : t.tittelUtenNavn);

  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to={`/avtaler/${encodeURIComponent(agreementId)}`}>{t.tilbake}</RouterLink>
      </Link>
    </Paragraph>
  );

  if (history.isPending || agreement.isPending) {
    return (
      <>
        {back}
        <PageHeading>{t.tittelUtenNavn}</PageHeading>
        <Loading text={tekster.stige.henter} />
      </>
    );
  }
  if (history.error || agreement.error) {
    return (
      <>
        {back}
        <PageHeading>{t.tittelUtenNavn}</PageHeading>
        <ProblemAlert error={history.error ?? agreement.error} heading={t.feil} />
      </>
    );
  }
  const data = history.data;
  const sanctions = [...data.sanctions].sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));

  return (
    <>
      {back}
      <PageHeading>{t.tittel(agreement.data.person.name)}</PageHeading>
      <Paragraph>
        {agreement.data.facilityName}, {agreement.data.unitLabel} – {data.kind === 'LEASE' ? 'husleiekontrakt' : 'bo- og tjenesteavtale'}
      </Paragraph>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      <div className="bta-buttons">
        <Button type="button" aria-haspopup="dialog" onClick={() => start({ form: SANCTION_FORM_ID })}>
          {t.foresla}
        </Button>
      </div>
      <SanctionLadder history={data} />
      <Section id="reaksjoner-tittel" heading={t.reaksjoner}>
        {sanctions.length === 0 ? (
          <Paragraph>{t.ingen}</Paragraph>
        ) : (
          <ul className="bta-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {sanctions.map((s) => (
              <li key={s.id}>
                <article aria-labelledby={`reaksjon-${s.id}`} className="bta-section">
                  <Heading level={3} data-size="xs" id={`reaksjon-${s.id}`}>
                    {reaksjonTekst[s.type]} ({formatDate(s.proposedAt.slice(0, 10))})
                  </Heading>
                  <SanctionDetails sanction={s} />
                  {(canNotify(s) || canAppeal(s)) && (
                    <div className="bta-buttons">
                      {canNotify(s) && (
                        <Button
                          type="button"
                          variant="secondary"
                          aria-haspopup="dialog"
                          onClick={() => start({ form: NOTIFICATION_FORM_ID, sanction: s })}
                        >
                          {t.varsle}
                        </Button>
                      )}
                      {canAppeal(s) && (
                        <Button
                          type="button"
                          variant="secondary"
                          aria-haspopup="dialog"
                          onClick={() => start({ form: APPEAL_FORM_ID, sanction: s })}
                        >
                          {t.klage}
                        </Button>
                      )}
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ActionDialog formId={open?.form ?? null} onClose={close}>
        {open?.form === SANCTION_FORM_ID && (
          <ProposeWithFacility
            facilityId={agreement.data.facilityId}
            history={data}
            personId={agreement.data.person.id}
            onDone={done}
            onCancel={close}
          />
        )}
        {open?.form === NOTIFICATION_FORM_ID && <NotificationForm sanction={open.sanction} onDone={done} onCancel={close} />}
        {open?.form === APPEAL_FORM_ID && <AppealForm sanction={open.sanction} onDone={done} onCancel={close} />}
      </ActionDialog>
    </>
  );
}
