import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { summaryErrors, useServerProblem } from '../../../components/useServerProblem';
import { usePrioritiseIntake } from '../api/usePrioritiseIntake';
import { useRecordApplicantInformed } from '../api/useRecordApplicantInformed';
import { useRecordOrientationMeeting } from '../api/useRecordOrientationMeeting';
import { useRecordServiceDecision } from '../api/useRecordServiceDecision';
import { useRejectIntake } from '../api/useRejectIntake';
import { useWithdrawIntake } from '../api/useWithdrawIntake';
import { deltakerTekst, handlingTekst, lovgrunnlagTekst, prioritetTekst, svarTekst, tekster } from '../tekster';
import { ActionForm } from '../../../components/ActionForm';
import {
  allLegalBasis,
  allParticipants,
  decisionFormFields,
  decisionFormSchema,
  informedFormFields,
  informedFormSchema,
  orientationFormFields,
  orientationFormSchema,
  priorityFormFields,
  priorityFormSchema,
  reasonFormFields,
  reasonFormSchema,
  scheduleFormFields,
  scheduleFormSchema,
  toDecisionRequest,
  toInformedRequest,
  toOrientationRequest,
  toPriorityRequest,
  toScheduleRequest,
  type DecisionFormValues,
  type InformedFormValues,
  type OrientationFormValues,
  type PriorityFormValues,
  type ReasonFormValues,
  type ScheduleFormValues,
} from './stepSchemas';

type Intake = components['schemas']['Intake'];

export interface StepFormProps {
  intake: Intake;
  /** Called with the confirmation to show once the step is saved. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

const idFor = (form: string) => (field: string) => `${form}-${field}`;

/** PRIORITISE (ESIKT): priority 1-3 with a reason; puts the application on the waiting list. */
export function PriorityForm({ intake, onDone, onCancel }: StepFormProps) {
  const fieldId = idFor('prioritet');
  const mutation = usePrioritiseIntake(intake.id);
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<PriorityFormValues>({
    resolver: zodResolver(priorityFormSchema),
    defaultValues: {
      priority: intake.priority ? (String(intake.priority) as PriorityFormValues['priority']) : undefined,
      reason: '',
    },
  });
  const { errors } = formState;
  const server = useServerProblem(priorityFormFields, setError);
  const onValid = async (values: PriorityFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toPriorityRequest(values));
      onDone(handlingTekst.PRIORITISE.lagret);
    } catch (error) {
      server.handle(error);
    }
  };
  return (
    <ActionForm
      id="prioritet"
      title={handlingTekst.PRIORITISE.tittel}
      failure={server.failure}
      summary={summaryErrors(priorityFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText="Lagre prioritet"
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <ChoiceGroup
        kind="radio"
        id={fieldId('priority')}
        legend="Prioritet"
        description="1 er høyest prioritet."
        error={errors.priority?.message}
        options={([1, 2, 3] as const).map((p) => ({ value: String(p), label: prioritetTekst[p] }))}
        registration={register('priority')}
      />
      <Textfield
        label="Begrunnelse"
        multiline
        rows={4}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...register('reason')}
      />
    </ActionForm>
  );
}

/** INFORM (HVK): the date the applicant was told about the offer. */
export function InformedForm({ intake, onDone, onCancel }: StepFormProps) {
  const fieldId = idFor('informert');
  const mutation = useRecordApplicantInformed(intake.id);
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<InformedFormValues>({
    resolver: zodResolver(informedFormSchema),
    defaultValues: { informedOn: todayNorwegian() },
  });
  const { errors } = formState;
  const server = useServerProblem(informedFormFields, setError);
  const onValid = async (values: InformedFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toInformedRequest(values));
      onDone(handlingTekst.INFORM.lagret);
    } catch (error) {
      server.handle(error);
    }
  };
  return (
    <ActionForm
      id="informert"
      title={handlingTekst.INFORM.tittel}
      failure={server.failure}
      summary={summaryErrors(informedFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText={tekster.skjema.lagre}
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Textfield
        label="Dato søkeren ble informert"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('informedOn')}
        error={errors.informedOn?.message}
        {...register('informedOn')}
      />
    </ActionForm>
  );
}

/** SCHEDULE_ORIENTATION (HVK): when the orientation meeting is to be held. */
export function ScheduleOrientationForm({ intake, onDone, onCancel }: StepFormProps) {
  const fieldId = idFor('planlegg');
  const mutation = useRecordOrientationMeeting(intake.id);
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ScheduleFormValues>({
    resolver: zodResolver(scheduleFormSchema),
    defaultValues: { date: '', time: '' },
  });
  const { errors } = formState;
  const server = useServerProblem(scheduleFormFields, setError);
  const onValid = async (values: ScheduleFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toScheduleRequest(values));
      onDone(handlingTekst.SCHEDULE_ORIENTATION.lagret);
    } catch (error) {
      const apiError = server.handle(error);
      // The API names the instant `scheduledAt`; here it is two fields.
      const message = apiError.violations.find((v) => v.field === 'scheduledAt')?.message;
      if (message) setError('date', { type: 'server', message });
    }
  };
  return (
    <ActionForm
      id="planlegg"
      title={handlingTekst.SCHEDULE_ORIENTATION.tittel}
      failure={server.failure}
      summary={summaryErrors(scheduleFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText={tekster.skjema.lagre}
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Paragraph>Søkeren, HVK og botiltaket skal delta i samtalen.</Paragraph>
      <Textfield
        label="Dato"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('date')}
        error={errors.date?.message}
        {...register('date')}
      />
      <Textfield
        label="Klokkeslett"
        description="Skriv klokkeslettet som tt:mm"
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('time')}
        error={errors.time?.message}
        {...register('time')}
      />
    </ActionForm>
  );
}

/** RECORD_ORIENTATION (HVK): the meeting was held with all three, and the applicant's answer. */
export function RecordOrientationForm({ intake, onDone, onCancel }: StepFormProps) {
  const fieldId = idFor('orientering');
  const mutation = useRecordOrientationMeeting(intake.id);
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState, control } = useForm<OrientationFormValues>({
    resolver: zodResolver(orientationFormSchema),
    defaultValues: { heldOn: todayNorwegian(), participants: [], applicantAnswer: undefined, declineReason: '' },
  });
  const { errors } = formState;
  const answer = useWatch({ control, name: 'applicantAnswer' });
  const server = useServerProblem(orientationFormFields, setError);
  const onValid = async (values: OrientationFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toOrientationRequest(values));
      onDone(handlingTekst.RECORD_ORIENTATION.lagret);
    } catch (error) {
      server.handle(error);
    }
  };
  return (
    <ActionForm
      id="orientering"
      title={handlingTekst.RECORD_ORIENTATION.tittel}
      failure={server.failure}
      summary={summaryErrors(orientationFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText={tekster.skjema.lagre}
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Textfield
        label="Dato samtalen ble holdt"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('heldOn')}
        error={errors.heldOn?.message}
        {...register('heldOn')}
      />
      <ChoiceGroup
        kind="checkbox"
        id={fieldId('participants')}
        legend="Hvem deltok?"
        description="Søker, HVK og botiltaket må alle delta i orienteringssamtalen."
        error={errors.participants?.message}
        options={allParticipants.map((p) => ({ value: p, label: deltakerTekst[p] }))}
        registration={register('participants')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('applicantAnswer')}
        legend="Søkerens svar"
        error={errors.applicantAnswer?.message}
        options={(['ACCEPTED', 'DECLINED'] as const).map((a) => ({ value: a, label: svarTekst[a] }))}
        registration={register('applicantAnswer')}
      />
      {answer === 'DECLINED' && (
        <Textfield
          label="Hvorfor takker søkeren nei?"
          description="Boenheten blir ledig igjen når søkeren takker nei."
          multiline
          rows={3}
          id={fieldId('declineReason')}
          error={errors.declineReason?.message}
          {...register('declineReason')}
        />
      )}
    </ActionForm>
  );
}

/** DECIDE (HVK): the vedtak om praktisk bistand (R-INT-4). */
export function DecisionForm({ intake, onDone, onCancel }: StepFormProps) {
  const fieldId = idFor('vedtak');
  const mutation = useRecordServiceDecision(intake.id);
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<DecisionFormValues>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: { decisionDate: todayNorwegian(), scope: '', legalBasis: [...allLegalBasis], reassessBy: '' },
  });
  const { errors } = formState;
  const server = useServerProblem(decisionFormFields, setError);
  const onValid = async (values: DecisionFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toDecisionRequest(values));
      onDone(handlingTekst.DECIDE.lagret);
    } catch (error) {
      server.handle(error);
    }
  };
  return (
    <ActionForm
      id="vedtak"
      title={handlingTekst.DECIDE.tittel}
      failure={server.failure}
      summary={summaryErrors(decisionFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText="Fatt vedtak"
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Paragraph>{tekster.side.vedtakVarighet}</Paragraph>
      <Textfield
        label="Vedtaksdato"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('decisionDate')}
        error={errors.decisionDate?.message}
        {...register('decisionDate')}
      />
      <Textfield
        label="Omfang"
        description="Hvilken praktisk bistand og opplæring søkeren får."
        multiline
        rows={4}
        id={fieldId('scope')}
        error={errors.scope?.message}
        {...register('scope')}
      />
      <ChoiceGroup
        kind="checkbox"
        id={fieldId('legalBasis')}
        legend="Lovgrunnlag"
        error={errors.legalBasis?.message}
        options={allLegalBasis.map((b) => ({ value: b, label: lovgrunnlagTekst[b] }))}
        registration={register('legalBasis')}
      />
      <Textfield
        label="Revurderes innen (valgfritt)"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('reassessBy')}
        error={errors.reassessBy?.message}
        {...register('reassessBy')}
      />
    </ActionForm>
  );
}

/** WITHDRAW or REJECT (HVK): closes the application with a reason and releases an allocated unit. */
export function ReasonForm({ intake, onDone, onCancel, kind }: StepFormProps & { kind: 'WITHDRAW' | 'REJECT' }) {
  const fieldId = idFor(kind === 'WITHDRAW' ? 'trekk' : 'avslag');
  const withdraw = useWithdrawIntake(intake.id);
  const reject = useRejectIntake(intake.id);
  const mutation = kind === 'WITHDRAW' ? withdraw : reject;
  const [submitted, setSubmitted] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<ReasonFormValues>({
    resolver: zodResolver(reasonFormSchema),
    defaultValues: { reason: '' },
  });
  const { errors } = formState;
  const server = useServerProblem(reasonFormFields, setError);
  const onValid = async (values: ReasonFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync({ reason: values.reason.trim() });
      onDone(handlingTekst[kind].lagret);
    } catch (error) {
      server.handle(error);
    }
  };
  return (
    <ActionForm
      id={kind === 'WITHDRAW' ? 'trekk' : 'avslag'}
      title={handlingTekst[kind].tittel}
      failure={server.failure}
      summary={summaryErrors(reasonFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText={handlingTekst[kind].knapp}
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      {intake.allocation && <Paragraph>Boenheten søkeren er tildelt, blir ledig igjen.</Paragraph>}
      <Textfield
        label="Begrunnelse"
        multiline
        rows={4}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...register('reason')}
      />
    </ActionForm>
  );
}
