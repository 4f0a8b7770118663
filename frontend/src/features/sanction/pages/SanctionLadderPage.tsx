import { useEffect, type ComponentProps } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { useFacility } from '../../../shared/facility/api/useFacility';
import { useAdvanceNotices } from '../api/useAdvanceNotices';
import { useSanctionHistory } from '../api/useSanctionHistory';
import { DecisionCaseView, canNotify, type CaseAction } from '../components/DecisionCaseView';
import { caseFinished, caseSteps, decisionCases, type DecisionCase } from '../components/decisionCases';
import { SanctionDetails } from '../components/SanctionDetails';
import { SanctionLadder } from '../components/SanctionLadder';
import { ADVANCE_NOTICE_FORM_ID, AdvanceNoticeForm, STATEMENT_FORM_ID, StatementForm } from '../form/DueProcessForms';
import {
  APPEAL_FORM_ID,
  AppealForm,
  NOTIFICATION_FORM_ID,
  NotificationForm,
  ProposeSanctionForm,
  SANCTION_FORM_ID,
  type ProposalPreset,
} from '../form/SanctionForms';
import { tekster, VEDTAK_TYPER } from '../tekster';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { SavedAlert } from '../../../components/SavedAlert';
import { useDialogState } from '../../../components/useDialogState';
import { Section } from '../../../components/Section';
import { useAuth } from '../../../auth/AuthContext';
import { Breadcrumbs, menuCrumb } from '../../../components/Breadcrumbs';
import { personCrumbs } from '../../../shared/person/caseView';
import { todayIso } from '../../../components/dates';

type Sanction = components['schemas']['Sanction'];
type AdvanceNotice = components['schemas']['AdvanceNotice'];

type Open =
  | { form: typeof SANCTION_FORM_ID; preset?: ProposalPreset }
  | { form: typeof ADVANCE_NOTICE_FORM_ID }
  | { form: typeof STATEMENT_FORM_ID; notice: AdvanceNotice }
  | { form: typeof NOTIFICATION_FORM_ID; sanction: Sanction }
  | { form: typeof APPEAL_FORM_ID; sanction: Sanction };

/** The proposal form once the facility's exclusion length is known. */
function ProposeWithFacility({
  facilityId,
  ...props
}: Omit<ComponentProps<typeof ProposeSanctionForm>, 'exclusionDays'> & { facilityId: string }) {
  const facility = useFacility(facilityId);
  if (facility.isPending) return <Loading text={tekster.stige.henterBotiltak} />;
  return <ProposeSanctionForm {...props} exclusionDays={facility.data?.exclusionDays ?? null} />;
}

/** The dialog a case's button opens. */
function openFor(action: CaseAction, c: DecisionCase): Open {
  const { advanceNotice: n, sanction: s } = c;
  if (action === 'STATEMENT' && n) return { form: STATEMENT_FORM_ID, notice: n };
  if (action === 'PROPOSAL' && n) {
    return { form: SANCTION_FORM_ID, preset: { type: n.type, advanceNoticeId: n.id, incidentIds: n.incidentIds } };
  }
  if (action === 'NOTIFICATION' && s) return { form: NOTIFICATION_FORM_ID, sanction: s };
  if (action === 'APPEAL' && s) return { form: APPEAL_FORM_ID, sanction: s };
  return { form: ADVANCE_NOTICE_FORM_ID };
}

/** A link to `#reaksjon-<id>` (the agreement page's link to a decision) moves focus to that case once it is shown. */
function useFocusHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.focus();
    target?.scrollIntoView?.();
  }, [ready, hash]);
}

/**
 * One resident's sanctions: the cases toward a decision, each led through forhåndsvarsel → statement → proposal
 * → approval → notification → appeal with what is missing at its step and the letters; the ladder; the warnings.
 */
export function SanctionLadderPage() {
  const t = tekster.stige;
  const { agreementId = '' } = useParams();
  const agreement = useAgreement(agreementId);
  const history = useSanctionHistory(agreementId);
  const notices = useAdvanceNotices(agreementId);
  const { open, saved, savedRef, start, close, done } = useDialogState<Open>();
  const name = agreement.data?.person.name;
  useDocumentTitle(name ? t.tittel(name) : t.tittelUtenNavn);
  useFocusHash(!!history.data && !!notices.data);

  const { user } = useAuth();
  const person = agreement.data?.person;
  const back = (
    <Breadcrumbs
      crumbs={[
        ...(person ? personCrumbs(user, person.id, person.name, '/avtaler') : [menuCrumb('/avtaler')]),
        { label: tekster.stige.avtale, to: `/avtaler/${encodeURIComponent(agreementId)}` },
        { label: t.tittelUtenNavn },
      ]}
    />
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
  const bta = data.kind === 'BTA';
  const isDecision = (s: Sanction) => (VEDTAK_TYPER as readonly string[]).includes(s.type);
  const others = data.sanctions.filter((s) => !isDecision(s)).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  const cases = decisionCases(notices.data ?? [], data.sanctions);
  const today = todayIso();
  // On a BTA a new case starts with the forhåndsvarsel: shown as the first step while no case is under way.
  const showNewCase = bta && notices.data && cases.every((c) => caseFinished(caseSteps(c, today)));
  const onAction = (c: DecisionCase) => (action: CaseAction) => start(openFor(action, c));

  return (
    <>
      {back}
      <PageHeading>{t.tittel(agreement.data.person.name)}</PageHeading>
      <Paragraph>
        {agreement.data.facilityName}, {agreement.data.unitLabel} – {bta ? 'bo- og tjenesteavtale' : 'husleiekontrakt'}
      </Paragraph>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      <div className="bta-buttons">
        {bta && !showNewCase && (
          <Button type="button" aria-haspopup="dialog" onClick={() => start({ form: ADVANCE_NOTICE_FORM_ID })}>
            {tekster.sak.registrerForhandsvarsel}
          </Button>
        )}
        <Button
          type="button"
          variant={bta ? 'secondary' : 'primary'}
          aria-haspopup="dialog"
          onClick={() => start({ form: SANCTION_FORM_ID })}
        >
          {t.foresla}
        </Button>
      </div>
      <Section id="saker-tittel" heading={tekster.sak.tittel}>
        <Paragraph>{bta ? tekster.sak.ingress : tekster.sak.ingressHusleie}</Paragraph>
        {notices.isPending ? (
          <Loading text={tekster.sak.henterForhandsvarsler} />
        ) : notices.error ? (
          <ProblemAlert error={notices.error} heading={tekster.sak.feilForhandsvarsler} />
        ) : null}
        {!bta && cases.length === 0 && <Paragraph>{tekster.sak.ingenVedtak}</Paragraph>}
        <ul className="bta-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {showNewCase && (
            <li>
              <DecisionCaseView
                decisionCase={{ id: 'ny-sak', type: 'EXCLUSION' }}
                onAction={() => start({ form: ADVANCE_NOTICE_FORM_ID })}
                onApproved={done}
              />
            </li>
          )}
          {cases.map((c) => (
            <li key={c.id}>
              <DecisionCaseView decisionCase={c} onAction={onAction(c)} onApproved={done} />
            </li>
          ))}
        </ul>
      </Section>
      <SanctionLadder history={data} />
      <Section id="reaksjoner-tittel" heading={tekster.sak.andre}>
        {others.length === 0 ? (
          <Paragraph>{tekster.sak.ingenAndre}</Paragraph>
        ) : (
          <ul className="bta-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {others.map((s) => (
              <li key={s.id}>
                <article aria-labelledby={`reaksjon-${s.id}-tittel`} id={`reaksjon-${s.id}`} className="bta-section">
                  <Heading level={3} data-size="xs" id={`reaksjon-${s.id}-tittel`}>
                    {reaksjonTekst[s.type]} ({formatDate(s.proposedAt.slice(0, 10))})
                  </Heading>
                  <SanctionDetails sanction={s} />
                  {canNotify(s) && (
                    <div className="bta-buttons">
                      <Button
                        type="button"
                        variant="secondary"
                        aria-haspopup="dialog"
                        onClick={() => start({ form: NOTIFICATION_FORM_ID, sanction: s })}
                      >
                        {t.varsle}
                      </Button>
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
            advanceNotices={notices.data ?? []}
            preset={open.preset}
            personId={agreement.data.person.id}
            onDone={done}
            onCancel={close}
          />
        )}
        {open?.form === ADVANCE_NOTICE_FORM_ID && (
          <AdvanceNoticeForm agreementId={agreementId} personId={agreement.data.person.id} onDone={done} onCancel={close} />
        )}
        {open?.form === STATEMENT_FORM_ID && <StatementForm notice={open.notice} onDone={done} onCancel={close} />}
        {open?.form === NOTIFICATION_FORM_ID && <NotificationForm sanction={open.sanction} onDone={done} onCancel={close} />}
        {open?.form === APPEAL_FORM_ID && <AppealForm sanction={open.sanction} onDone={done} onCancel={close} />}
      </ActionDialog>
    </>
  );
}
