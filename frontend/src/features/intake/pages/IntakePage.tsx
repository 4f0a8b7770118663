import type { ComponentType } from 'react';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { canOpenAgreement, hasAnyRole, readsIntakesAsQueue, type AuthUser } from '../../../auth/roles';
import { ActionDialog } from '../../../components/ActionDialog';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useIntake } from '../api/useIntake';
import { IntakeDetails } from '../components/IntakeDetails';
import { StatusTag, WaitingFor } from '../components/StatusTag';
import { Timeline } from '../../../components/Timeline';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { AllocationForm } from '../form/AllocationForm';
import { CorrectionForm } from '../form/CorrectionForm';
import { rettingTekster } from '../form/rettingTekster';
import {
  DecisionForm,
  InformedForm,
  PriorityForm,
  ReasonForm,
  RecordOrientationForm,
  ScheduleOrientationForm,
  type StepFormProps,
} from '../form/StepForms';
import { handlingTekst, tekster, type IntakeStep } from '../tekster';
import { SavedAlert } from '../../../components/SavedAlert';
import { useDialogState } from '../../../components/useDialogState';
import { Section } from '../../../components/Section';
import { Breadcrumbs, menuCrumb } from '../../../components/Breadcrumbs';
import { personCrumbs } from '../../../shared/person/caseView';
import { InnsynLink } from '../../../shared/person/components/InnsynLink';

type Intake = components['schemas']['Intake'];

type IntakeDialogs = ReturnType<typeof useDialogState<IntakeStep | 'AGREEMENT' | 'CORRECT'>>;

/**
 * A step another area offers on a decided application, in a dialog like the application's own
 * steps. routes.tsx passes the agreement area's "Lag avtale", so this page needs no import of it.
 */
export interface DecidedIntakeStep {
  /** The button's text. */
  buttonText: string;
  /** id of the form in the dialog; the dialog is named by the form's heading `${formId}-tittel`. */
  formId: string;
  /** The form; `onCancel` closes the dialog. */
  Form: ComponentType<{ intake: Intake; onCancel: () => void }>;
}

/** The menu item an application belongs under: HVK's Søknader, ESIKT's Venteliste, or the facility's Beboere. */
function backLink(user: AuthUser): string {
  if (user.roles.includes('hvk')) return '/soknader';
  if (user.roles.includes('esikt')) return '/venteliste';
  return '/beboere';
}

function StepFormFor({ action, ...props }: StepFormProps & { action: IntakeStep }) {
  switch (action) {
    case 'PRIORITISE':
      return <PriorityForm {...props} />;
    case 'ALLOCATE':
      return <AllocationForm {...props} />;
    case 'INFORM':
      return <InformedForm {...props} />;
    case 'SCHEDULE_ORIENTATION':
      return <ScheduleOrientationForm {...props} />;
    case 'RECORD_ORIENTATION':
      return <RecordOrientationForm {...props} />;
    case 'DECIDE':
      return <DecisionForm {...props} />;
    case 'WITHDRAW':
    case 'REJECT':
      return <ReasonForm {...props} kind={action} />;
  }
}

/**
 * The steps the API says the user may take now, each opening its form in a dialog. Facility
 * staff also get "Lag avtale" (`agreementStep`) once the decision is made.
 */
function Actions({ intake, agreementStep, dialog }: { intake: Intake; agreementStep?: DecidedIntakeStep; dialog: IntakeDialogs }) {
  const { user } = useAuth();
  const { start, close, done } = dialog;
  // The correction has its own dialog (Correction below).
  const open = dialog.open === 'CORRECT' ? null : dialog.open;
  const staff = hasAnyRole(user, ['botiltak', 'fagleder']);
  // One agreement per application: once it is drafted, the page leads to it instead.
  const canDraftAgreement = agreementStep !== undefined && intake.status === 'DECIDED' && staff && !intake.agreementId;
  // Only to those who may open the agreement (not HVK, which reads its status only, R-ACC-3).
  const agreementLink = canOpenAgreement(user) && intake.agreementId ? `/avtaler/${intake.agreementId}` : null;
  const steps = intake.nextActions.filter((a): a is IntakeStep => a !== 'CORRECT');
  if (steps.length === 0 && !canDraftAgreement && !agreementLink) return null;
  return (
    <Section id="handlinger-tittel" heading={tekster.side.handlinger}>
      {agreementLink && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={agreementLink}>{tekster.side.tilAvtalen}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <div className="bta-buttons">
        {canDraftAgreement && (
          <Button type="button" aria-haspopup="dialog" onClick={() => start('AGREEMENT')}>
            {agreementStep.buttonText}
          </Button>
        )}
        {steps.map((action) => (
          <Button
            key={action}
            type="button"
            variant={action === 'WITHDRAW' || action === 'REJECT' ? 'secondary' : 'primary'}
            aria-haspopup="dialog"
            onClick={() => start(action)}
          >
            {handlingTekst[action].knapp}
          </Button>
        ))}
      </div>
      <ActionDialog formId={open === 'AGREEMENT' ? (agreementStep?.formId ?? null) : open && dialogFormId(open)} onClose={close}>
        {open === 'AGREEMENT'
          ? agreementStep && <agreementStep.Form intake={intake} onCancel={close} />
          : open && <StepFormFor key={open} action={open} intake={intake} onCancel={close} onDone={done} />}
      </ActionDialog>
    </Section>
  );
}

/**
 * Issue 18: HVK corrects the person's details and the application until the decision is made: shown
 * when the API offers CORRECT in nextActions (the state machine decides, not the page).
 */
function Correction({ intake, dialog }: { intake: Intake; dialog: IntakeDialogs }) {
  if (!intake.nextActions.includes('CORRECT')) return null;
  return (
    <Section id="retting-region-tittel" heading={rettingTekster.region}>
      <Paragraph>{rettingTekster.forklaring}</Paragraph>
      <div className="bta-buttons">
        <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => dialog.start('CORRECT')}>
          {rettingTekster.knapp}
        </Button>
      </div>
      <ActionDialog formId={dialog.open === 'CORRECT' ? 'retting' : null} onClose={dialog.close}>
        {dialog.open === 'CORRECT' && <CorrectionForm intake={intake} onCancel={dialog.close} onDone={dialog.done} />}
      </ActionDialog>
    </Section>
  );
}

/** The form id each step uses, so the dialog is named by the form's heading. */
function dialogFormId(action: IntakeStep): string {
  const ids: Record<IntakeStep, string> = {
    PRIORITISE: 'prioritet',
    ALLOCATE: 'tildeling',
    INFORM: 'informert',
    SCHEDULE_ORIENTATION: 'planlegg',
    RECORD_ORIENTATION: 'orientering',
    DECIDE: 'vedtak',
    WITHDRAW: 'trekk',
    REJECT: 'avslag',
  };
  return ids[action];
}

/**
 * One application: the person, the steps so far, the next steps and the timeline. `agreementStep`
 * is the agreement area's "Lag avtale", passed in by routes.tsx.
 */
export function IntakePage({ agreementStep }: { agreementStep?: DecidedIntakeStep }) {
  const { intakeId = '' } = useParams();
  const { user } = useAuth();
  const { data: intake, error, isPending } = useIntake(intakeId);
  const { names } = useFacilityNames();
  // The confirmation stays while the next step's dialog is open (it is above the steps).
  const dialog = useDialogState<IntakeStep | 'AGREEMENT' | 'CORRECT'>({ keepSavedOnOpen: true });
  const { saved, savedRef } = dialog;
  const back = backLink(user);
  useDocumentTitle(intake ? tekster.side.tittel(intake.person.name) : tekster.side.soknad);

  return (
    <>
      <Breadcrumbs
        crumbs={[
          ...(intake ? personCrumbs(user, intake.person.id, intake.person.name, back) : [menuCrumb(back)]),
          { label: tekster.side.soknad },
        ]}
      />
      {isPending ? (
        <>
          <PageHeading>{tekster.side.soknad}</PageHeading>
          <Loading text={tekster.side.henter} />
        </>
      ) : error ? (
        <>
          <PageHeading>{tekster.side.soknad}</PageHeading>
          <ProblemAlert error={error} heading={tekster.side.feil} />
        </>
      ) : (
        <>
          <PageHeading>{tekster.side.tittel(intake.person.name)}</PageHeading>
          <Paragraph>
            {tekster.side.status}: <StatusTag status={intake.status} />
            {intake.waitingFor && (
              <>
                {' – '}
                <WaitingFor waitingFor={intake.waitingFor} />
              </>
            )}
          </Paragraph>
          <InnsynLink
            personId={intake.person.id}
            name={intake.person.name}
            back={{ to: `/soknader/${encodeURIComponent(intake.id)}`, text: tekster.side.tilbakeTilSoknaden }}
          />
          {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
          <Actions intake={intake} agreementStep={agreementStep} dialog={dialog} />
          <Correction intake={intake} dialog={dialog} />
          <IntakeDetails intake={intake} facilityNames={names} queueView={readsIntakesAsQueue(user)} />
          <Section id="historikk-tittel" heading={tekster.side.historikk}>
            <Timeline entries={intake.timeline} />
          </Section>
        </>
      )}
    </>
  );
}
