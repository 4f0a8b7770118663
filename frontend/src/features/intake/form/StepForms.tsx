import { useWatch } from 'react-hook-form';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ActionForm, type ActionFormFrame } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { DateInput } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { usePrioritiseIntake } from '../api/usePrioritiseIntake';
import { useRecordApplicantInformed } from '../api/useRecordApplicantInformed';
import { useRecordOrientationMeeting } from '../api/useRecordOrientationMeeting';
import { useRecordServiceDecision } from '../api/useRecordServiceDecision';
import { useRejectIntake } from '../api/useRejectIntake';
import { useWithdrawIntake } from '../api/useWithdrawIntake';
import { deltakerTekst, handlingTekst, lovgrunnlagTekst, prioritetTekst, svarTekst, tekster, type IntakeStep } from '../tekster';
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
  type PriorityFormValues,
} from './stepSchemas';

type Intake = components['schemas']['Intake'];

export interface StepFormProps {
  intake: Intake;
  /** Called with the confirmation to show once the step is saved. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * The ActionForm props every intake step shares: the hook's frame, the step's title, submit text
 * and cancel. The intake error summaries take focus whenever their errors change (not only once
 * per save attempt), so the hook's `focusKey` is left out.
 */
export function stepFrame(frame: ActionFormFrame, action: IntakeStep, onCancel: () => void, submitText: string = tekster.skjema.lagre) {
  return { ...frame, focusKey: undefined, title: handlingTekst[action].tittel, submitText, onCancel };
}

/** PRIORITISE (ESIKT): priority 1-3 with a reason; puts the application on the waiting list. */
export function PriorityForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = usePrioritiseIntake(intake.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'prioritet',
    schema: priorityFormSchema,
    fields: priorityFormFields,
    defaultValues: {
      priority: intake.priority ? (String(intake.priority) as PriorityFormValues['priority']) : undefined,
      reason: '',
    },
    save: (v) => mutation.mutateAsync(toPriorityRequest(v)),
    onSaved: () => onDone(handlingTekst.PRIORITISE.lagret),
  });
  return (
    <ActionForm {...stepFrame(frame, 'PRIORITISE', onCancel, tekster.steg.lagrePrioritet)}>
      <ChoiceGroup
        kind="radio"
        id={fieldId('priority')}
        legend={tekster.steg.prioritet}
        description={tekster.steg.prioritetBeskrivelse}
        error={errors.priority?.message}
        options={([1, 2, 3] as const).map((p) => ({ value: String(p), label: prioritetTekst[p] }))}
        registration={form.register('priority')}
      />
      <Textfield
        label={tekster.steg.begrunnelse}
        multiline
        rows={4}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}

/** INFORM (HVK): the date the applicant was told about the offer. */
export function InformedForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useRecordApplicantInformed(intake.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'informert',
    schema: informedFormSchema,
    fields: informedFormFields,
    defaultValues: { informedOn: todayNorwegian() },
    save: (v) => mutation.mutateAsync(toInformedRequest(v)),
    onSaved: () => onDone(handlingTekst.INFORM.lagret),
  });
  return (
    <ActionForm {...stepFrame(frame, 'INFORM', onCancel)}>
      <DateInput
        label={tekster.steg.informertDato}
        id={fieldId('informedOn')}
        error={errors.informedOn?.message}
        {...form.register('informedOn')}
      />
    </ActionForm>
  );
}

/** SCHEDULE_ORIENTATION (HVK): when the orientation meeting is to be held. */
export function ScheduleOrientationForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useRecordOrientationMeeting(intake.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'planlegg',
    schema: scheduleFormSchema,
    fields: scheduleFormFields,
    defaultValues: { date: '', time: '' },
    save: (v) => mutation.mutateAsync(toScheduleRequest(v)),
    onSaved: () => onDone(handlingTekst.SCHEDULE_ORIENTATION.lagret),
    onProblem: (apiError, { setError }) => {
      // The API names the instant `scheduledAt`; here it is two fields.
      const message = apiError.violations.find((v) => v.field === 'scheduledAt')?.message;
      if (message) setError('date', { type: 'server', message });
    },
  });
  return (
    <ActionForm {...stepFrame(frame, 'SCHEDULE_ORIENTATION', onCancel)}>
      <Paragraph>{tekster.steg.samtaleDeltakere}</Paragraph>
      <DateInput label={tekster.steg.dato} id={fieldId('date')} error={errors.date?.message} {...form.register('date')} />
      <Textfield
        label={tekster.steg.klokkeslett}
        description={tekster.steg.klokkeslettBeskrivelse}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('time')}
        error={errors.time?.message}
        {...form.register('time')}
      />
    </ActionForm>
  );
}

/** RECORD_ORIENTATION (HVK): the meeting was held with all three, and the applicant's answer. */
export function RecordOrientationForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useRecordOrientationMeeting(intake.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'orientering',
    schema: orientationFormSchema,
    fields: orientationFormFields,
    defaultValues: { heldOn: todayNorwegian(), participants: [], applicantAnswer: undefined, declineReason: '' },
    save: (v) => mutation.mutateAsync(toOrientationRequest(v)),
    onSaved: () => onDone(handlingTekst.RECORD_ORIENTATION.lagret),
  });
  const answer = useWatch({ control: form.control, name: 'applicantAnswer' });
  return (
    <ActionForm {...stepFrame(frame, 'RECORD_ORIENTATION', onCancel)}>
      <DateInput label={tekster.steg.holdtDato} id={fieldId('heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
      <ChoiceGroup
        kind="checkbox"
        id={fieldId('participants')}
        legend={tekster.steg.hvemDeltok}
        description={tekster.steg.hvemDeltokBeskrivelse}
        error={errors.participants?.message}
        options={allParticipants.map((p) => ({ value: p, label: deltakerTekst[p] }))}
        registration={form.register('participants')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('applicantAnswer')}
        legend={tekster.steg.svar}
        error={errors.applicantAnswer?.message}
        options={(['ACCEPTED', 'DECLINED'] as const).map((a) => ({ value: a, label: svarTekst[a] }))}
        registration={form.register('applicantAnswer')}
      />
      {answer === 'DECLINED' && (
        <Textfield
          label={tekster.steg.hvorforNei}
          description={tekster.steg.hvorforNeiBeskrivelse}
          multiline
          rows={3}
          id={fieldId('declineReason')}
          error={errors.declineReason?.message}
          {...form.register('declineReason')}
        />
      )}
    </ActionForm>
  );
}

/** DECIDE (HVK): the vedtak om praktisk bistand (R-INT-4). */
export function DecisionForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useRecordServiceDecision(intake.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'vedtak',
    schema: decisionFormSchema,
    fields: decisionFormFields,
    defaultValues: { decisionDate: todayNorwegian(), scope: '', legalBasis: [...allLegalBasis], reassessBy: '' },
    save: (v) => mutation.mutateAsync(toDecisionRequest(v)),
    onSaved: () => onDone(handlingTekst.DECIDE.lagret),
  });
  return (
    <ActionForm {...stepFrame(frame, 'DECIDE', onCancel, tekster.steg.fattVedtak)}>
      <Paragraph>{tekster.side.vedtakVarighet}</Paragraph>
      <DateInput
        label={tekster.steg.vedtaksdato}
        id={fieldId('decisionDate')}
        error={errors.decisionDate?.message}
        {...form.register('decisionDate')}
      />
      <Textfield
        label={tekster.steg.omfang}
        description={tekster.steg.omfangBeskrivelse}
        multiline
        rows={4}
        id={fieldId('scope')}
        error={errors.scope?.message}
        {...form.register('scope')}
      />
      <ChoiceGroup
        kind="checkbox"
        id={fieldId('legalBasis')}
        legend={tekster.steg.lovgrunnlag}
        error={errors.legalBasis?.message}
        options={allLegalBasis.map((b) => ({ value: b, label: lovgrunnlagTekst[b] }))}
        registration={form.register('legalBasis')}
      />
      <DateInput
        label={tekster.steg.revurderes}
        id={fieldId('reassessBy')}
        error={errors.reassessBy?.message}
        {...form.register('reassessBy')}
      />
    </ActionForm>
  );
}

/** WITHDRAW or REJECT (HVK): closes the application with a reason and releases an allocated unit. */
export function ReasonForm({ intake, onDone, onCancel, kind }: StepFormProps & { kind: 'WITHDRAW' | 'REJECT' }) {
  const withdraw = useWithdrawIntake(intake.id);
  const reject = useRejectIntake(intake.id);
  const mutation = kind === 'WITHDRAW' ? withdraw : reject;
  const { form, errors, fieldId, frame } = useActionForm({
    id: kind === 'WITHDRAW' ? 'trekk' : 'avslag',
    schema: reasonFormSchema,
    fields: reasonFormFields,
    defaultValues: { reason: '' },
    save: (v) => mutation.mutateAsync({ reason: v.reason.trim() }),
    onSaved: () => onDone(handlingTekst[kind].lagret),
  });
  return (
    <ActionForm {...stepFrame(frame, kind, onCancel, handlingTekst[kind].knapp)}>
      {intake.allocation && <Paragraph>{tekster.steg.blirLedig}</Paragraph>}
      <Textfield
        label={tekster.steg.begrunnelse}
        multiline
        rows={4}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}
