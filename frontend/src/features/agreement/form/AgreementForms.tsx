import { Button, Fieldset, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { formatDate, formatKroner } from '../../../components/format';
import { DateInput, KronerInput, SelectField } from '../../../components/inputs';
import { oreToKronerInput } from '../../../components/money';
import { felles } from '../../../components/tekster';
import { useActionForm } from '../../../components/useActionForm';
import { useAppointPrimaryContact } from '../api/useAppointPrimaryContact';
import { useChangeFee } from '../api/useChangeFee';
import { useGiveNotice } from '../api/useGiveNotice';
import { useMoveIn } from '../api/useMoveIn';
import { useMoveOut } from '../api/useMoveOut';
import { useRecordDeposit } from '../api/useRecordDeposit';
import { useRecordEvaluation } from '../api/useRecordEvaluation';
import { useRecordFollowUp } from '../api/useRecordFollowUp';
import { useRecordMeeting } from '../api/useRecordMeeting';
import { useRenewAgreement } from '../api/useRenewAgreement';
import { useSetResponsibilityGroup } from '../api/useSetResponsibilityGroup';
import { useSignAgreement } from '../api/useSignAgreement';
import { useVoidAgreement } from '../api/useVoidAgreement';
import {
  betalingTekst,
  destinasjonTekst,
  handlingFor,
  handlingTekst,
  ipTekst,
  moteTekst,
  oppsigelsesgrunnlagTekst,
  partTekst,
  signerTekst,
  soknadTilTekst,
  tekster,
  type AgreementAction,
} from '../tekster';
import * as s from './agreementSchemas';

type Agreement = components['schemas']['Agreement'];
type Party = components['schemas']['SignatureRequest']['party'];

export interface AgreementFormProps {
  agreement: Agreement;
  /** Called with the confirmation and the saved agreement (its `warnings` are shown). */
  onDone: (message: string, saved: Agreement) => void;
  onCancel: () => void;
}

/** The ActionForm props every agreement step shares: title, submit text and cancel. */
function frameFor(action: AgreementAction, onCancel: () => void, submitText: string = felles.lagre) {
  return { title: handlingTekst[action].tittel, submitText, onCancel };
}

/** The parties that may still sign: the municipality only for a fagleder (R-AGR-4). */
export function partiesToSign(agreement: Agreement, isFagleder: boolean): Party[] {
  const parties: Party[] = [];
  if (!agreement.signatures.residentSignedOn) parties.push('RESIDENT');
  if (isFagleder && !agreement.signatures.municipalitySignedOn) parties.push('MUNICIPALITY');
  return parties;
}

export function SignatureForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const { user } = useAuth();
  const parties = partiesToSign(agreement, user.roles.includes('fagleder'));
  const mutation = useSignAgreement(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.SIGN.id,
    schema: s.signatureSchema,
    fields: s.signatureFields,
    defaultValues: { party: parties.length === 1 ? parties[0] : undefined, signedOn: todayNorwegian() },
    save: (v) => mutation.mutateAsync(s.toSignature(v)),
    onSaved: (saved) => onDone(handlingTekst.SIGN.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('SIGN', onCancel, tekster.steg.registrerSignatur)}>
      <Paragraph>{tekster.steg.signaturBeskrivelse}</Paragraph>
      <ChoiceGroup
        kind="radio"
        id={fieldId('party')}
        legend={tekster.steg.hvemSignerer}
        error={errors.party?.message}
        options={parties.map((p) => ({ value: p, label: signerTekst[p] }))}
        registration={form.register('party')}
      />
      <DateInput
        label={tekster.steg.signertDato}
        id={fieldId('signedOn')}
        error={errors.signedOn?.message}
        {...form.register('signedOn')}
      />
    </ActionForm>
  );
}

export function PrimaryContactForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useAppointPrimaryContact(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.PRIMARY_CONTACT.id,
    schema: s.primaryContactSchema,
    fields: s.primaryContactFields,
    defaultValues: { name: agreement.followUp.primaryContact ?? '' },
    save: (v) => mutation.mutateAsync({ name: v.name.trim() }),
    onSaved: (saved) => onDone(handlingTekst.PRIMARY_CONTACT.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('PRIMARY_CONTACT', onCancel, tekster.steg.oppnevn)}>
      <Paragraph>{tekster.steg.primaerkontaktBeskrivelse}</Paragraph>
      <Textfield
        label={tekster.steg.primaerkontaktNavn}
        autoComplete="off"
        id={fieldId('name')}
        error={errors.name?.message}
        {...form.register('name')}
      />
    </ActionForm>
  );
}

export function FollowUpForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const f = agreement.followUp;
  const mutation = useRecordFollowUp(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.FOLLOW_UP.id,
    schema: s.followUpSchema,
    fields: s.followUpFields,
    defaultValues: {
      individualPlan: f.individualPlan ?? undefined,
      cooperationGoals: f.cooperationGoals ?? '',
      cooperationNeeds: f.cooperationNeeds ?? '',
      cooperationStaffProvide: f.cooperationStaffProvide ?? '',
    },
    save: (v) => mutation.mutateAsync(s.toFollowUp(v)),
    onSaved: (saved) => onDone(handlingTekst.FOLLOW_UP.lagret, saved),
  });
  const answer = useWatch({ control: form.control, name: 'individualPlan' });
  return (
    <ActionForm {...frame} {...frameFor('FOLLOW_UP', onCancel)}>
      <ChoiceGroup
        kind="radio"
        id={fieldId('individualPlan')}
        legend={tekster.steg.ipSvar}
        description={tekster.steg.ipBeskrivelse}
        error={errors.individualPlan?.message}
        options={(['ACCEPTED', 'DECLINED'] as const).map((v) => ({ value: v, label: ipTekst[v] }))}
        registration={form.register('individualPlan')}
      />
      {answer === 'DECLINED' && (
        <Fieldset>
          <Fieldset.Legend>{tekster.steg.samarbeidsavtale}</Fieldset.Legend>
          <Textfield
            label={tekster.steg.mal}
            multiline
            rows={3}
            id={fieldId('cooperationGoals')}
            error={errors.cooperationGoals?.message}
            {...form.register('cooperationGoals')}
          />
          <Textfield
            label={tekster.steg.behov}
            multiline
            rows={3}
            id={fieldId('cooperationNeeds')}
            error={errors.cooperationNeeds?.message}
            {...form.register('cooperationNeeds')}
          />
          <Textfield
            label={tekster.steg.personalet}
            multiline
            rows={3}
            id={fieldId('cooperationStaffProvide')}
            error={errors.cooperationStaffProvide?.message}
            {...form.register('cooperationStaffProvide')}
          />
        </Fieldset>
      )}
    </ActionForm>
  );
}

export function EvaluationForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useRecordEvaluation(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.EVALUATION.id,
    schema: s.evaluationSchema,
    fields: s.evaluationFields,
    defaultValues: { heldOn: todayNorwegian(), summary: '' },
    save: (v) => mutation.mutateAsync(s.toEvaluation(v)),
    onSaved: (saved) => onDone(handlingTekst.EVALUATION.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('EVALUATION', onCancel)}>
      <Paragraph>{tekster.steg.evalueringBeskrivelse}</Paragraph>
      <DateInput label={tekster.steg.motedato} id={fieldId('heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
      <Textfield
        label={tekster.steg.sammendrag}
        multiline
        rows={4}
        id={fieldId('summary')}
        error={errors.summary?.message}
        {...form.register('summary')}
      />
    </ActionForm>
  );
}

export function RenewalForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useRenewAgreement(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.RENEW.id,
    schema: s.renewalSchema,
    fields: s.renewalFields,
    defaultValues: { toDate: '' },
    save: (v) => mutation.mutateAsync(s.toRenewal(v)),
    onSaved: (saved) => onDone(handlingTekst.RENEW.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('RENEW', onCancel, tekster.steg.forny)}>
      <Paragraph>
        {agreement.status === 'EXPIRED'
          ? tekster.steg.fornyUtlopt(formatDate(agreement.endDate))
          : tekster.steg.fornyBeskrivelse(formatDate(agreement.endDate))}
      </Paragraph>
      <DateInput label={tekster.steg.nySluttdato} id={fieldId('toDate')} error={errors.toDate?.message} {...form.register('toDate')} />
    </ActionForm>
  );
}

export function FeeChangeForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useChangeFee(agreement.id);
  const texts = handlingFor('FEE', agreement.kind);
  const betaling = betalingTekst(agreement.kind);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.FEE.id,
    schema: s.feeChangeSchemaFor(agreement.kind),
    fields: s.feeChangeFields,
    defaultValues: { monthlyFee: oreToKronerInput(agreement.monthlyFeeOre), notifiedOn: todayNorwegian(), effectiveFrom: '' },
    save: (v) => mutation.mutateAsync(s.toFeeChange(v)),
    onSaved: (saved) => onDone(texts.lagret, saved),
    // R-AGR-3: the rule's explanation belongs next to the date it is about.
    onProblem: (error, f) => {
      if (error.problemName === 'r-agr-3-fee-change-notice') {
        f.setError('effectiveFrom', { type: 'server', message: error.problem.detail ?? error.problem.title });
      }
    },
  });
  return (
    <ActionForm {...frame} title={texts.tittel} submitText={felles.lagre} onCancel={onCancel}>
      <Paragraph>{betaling.beskrivelse(formatKroner(agreement.monthlyFeeOre))}</Paragraph>
      <KronerInput label={betaling.ny} id={fieldId('monthlyFee')} error={errors.monthlyFee?.message} {...form.register('monthlyFee')} />
      <DateInput
        label={tekster.steg.varsletDato}
        id={fieldId('notifiedOn')}
        error={errors.notifiedOn?.message}
        {...form.register('notifiedOn')}
      />
      <DateInput
        label={tekster.steg.gjelderFra}
        id={fieldId('effectiveFrom')}
        error={errors.effectiveFrom?.message}
        {...form.register('effectiveFrom')}
      />
    </ActionForm>
  );
}

export function NoticeForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const lease = agreement.kind === 'LEASE';
  // Only the resident's notice is recorded here: on a BTA the municipality gives notice through an approved,
  // notified termination decision (R-SAN-12), in a tenancy the owner terminates (R-AGR-2).
  const parties: Party[] = ['RESIDENT'];
  const mutation = useGiveNotice(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.NOTICE.id,
    schema: s.noticeSchema,
    fields: s.noticeFields,
    defaultValues: { givenBy: 'RESIDENT', givenOn: todayNorwegian(), reason: '' },
    save: (v) => mutation.mutateAsync(s.toNotice(v)),
    onSaved: (saved) => onDone(handlingTekst.NOTICE.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('NOTICE', onCancel, tekster.steg.registrerOppsigelse)}>
      {lease ? (
        <Paragraph>{tekster.steg.oppsigelseHusleie}</Paragraph>
      ) : (
        <>
          <Paragraph>{tekster.steg.oppsigelseBta(agreement.noticeDays)}</Paragraph>
          <Paragraph>
            {tekster.steg.oppsigelseKommunen}{' '}
            <Link asChild>
              <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}/reaksjoner`}>{tekster.steg.tilReaksjoner}</RouterLink>
            </Link>
          </Paragraph>
        </>
      )}
      <ChoiceGroup
        kind="radio"
        id={fieldId('givenBy')}
        legend={tekster.steg.hvemSierOpp}
        error={errors.givenBy?.message}
        options={parties.map((p) => ({ value: p, label: partTekst[p] }))}
        registration={form.register('givenBy')}
      />
      <DateInput
        label={tekster.steg.oppsigelseGitt}
        id={fieldId('givenOn')}
        error={errors.givenOn?.message}
        {...form.register('givenOn')}
      />
      <Textfield
        label={tekster.steg.begrunnelse}
        multiline
        rows={3}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}

export function MoveInForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useMoveIn(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.MOVE_IN.id,
    schema: s.moveInSchema,
    fields: s.moveInFields,
    defaultValues: { movedInOn: todayNorwegian() },
    save: (v) => mutation.mutateAsync(s.toMoveIn(v)),
    onSaved: (saved) => onDone(handlingTekst.MOVE_IN.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('MOVE_IN', onCancel, tekster.steg.registrerInnflytting)}>
      <Paragraph>
        {tekster.steg.innflyttingBeskrivelse(agreement.unitLabel, agreement.facilityName, formatDate(agreement.startDate))}
      </Paragraph>
      <DateInput
        label={tekster.steg.innflyttingsdato}
        id={fieldId('movedInOn')}
        error={errors.movedInOn?.message}
        {...form.register('movedInOn')}
      />
    </ActionForm>
  );
}

export function MoveOutForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useMoveOut(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.MOVE_OUT.id,
    schema: s.moveOutSchema,
    fields: s.moveOutFields,
    defaultValues: { movedOutOn: todayNorwegian(), destination: '', terminationGround: 'NONE' },
    save: (v) => mutation.mutateAsync(s.toMoveOut(v)),
    onSaved: (saved) => onDone(handlingTekst.MOVE_OUT.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('MOVE_OUT', onCancel, tekster.steg.registrerUtflytting)}>
      <Paragraph>{tekster.steg.utflyttingBeskrivelse}</Paragraph>
      <DateInput
        label={tekster.steg.utflyttingsdato}
        id={fieldId('movedOutOn')}
        error={errors.movedOutOn?.message}
        {...form.register('movedOutOn')}
      />
      <SelectField
        id={fieldId('destination')}
        label={tekster.steg.flyttetTil}
        placeholder={tekster.steg.velgFlyttetTil}
        error={errors.destination?.message}
        options={s.allDestinations.map((d) => ({ value: d, label: destinasjonTekst[d] }))}
        registration={form.register('destination')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('terminationGround')}
        legend={tekster.steg.fulgteOppsigelse}
        error={errors.terminationGround?.message}
        options={s.allTerminationGrounds.map((g) => ({ value: g, label: oppsigelsesgrunnlagTekst[g] }))}
        registration={form.register('terminationGround')}
      />
    </ActionForm>
  );
}

export function DepositForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const d = agreement.deposit;
  const mutation = useRecordDeposit(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.DEPOSIT.id,
    schema: s.depositSchema,
    fields: s.depositFields,
    defaultValues: {
      amount: oreToKronerInput(d.amountOre),
      paidOn: formatDate(d.paidOn),
      returnedOn: formatDate(d.returnedOn),
      withheld: oreToKronerInput(d.withheldOre),
      withheldReason: d.withheldReason ?? '',
      insuranceInformedOn: formatDate(d.insuranceInformedOn),
    },
    save: (v) => mutation.mutateAsync(s.toDeposit(v)),
    onSaved: (saved) => onDone(handlingTekst.DEPOSIT.lagret, saved),
  });
  const optionalDate = tekster.steg.valgfriDato;
  return (
    <ActionForm {...frame} {...frameFor('DEPOSIT', onCancel)}>
      <Paragraph>{tekster.steg.depositumBeskrivelse}</Paragraph>
      <KronerInput label={tekster.steg.depositum} id={fieldId('amount')} error={errors.amount?.message} {...form.register('amount')} />
      <DateInput
        label={tekster.steg.betaltDato}
        description={optionalDate}
        id={fieldId('paidOn')}
        error={errors.paidOn?.message}
        {...form.register('paidOn')}
      />
      <DateInput
        label={tekster.steg.tilbakebetaltDato}
        description={optionalDate}
        id={fieldId('returnedOn')}
        error={errors.returnedOn?.message}
        {...form.register('returnedOn')}
      />
      <KronerInput
        label={tekster.steg.holdtTilbake}
        description={tekster.steg.holdtTilbakeBeskrivelse}
        id={fieldId('withheld')}
        error={errors.withheld?.message}
        {...form.register('withheld')}
      />
      <Textfield
        label={tekster.steg.holdtTilbakeBegrunnelse}
        description={tekster.steg.holdtTilbakeBegrunnelseBeskrivelse}
        multiline
        rows={2}
        id={fieldId('withheldReason')}
        error={errors.withheldReason?.message}
        {...form.register('withheldReason')}
      />
      <DateInput
        label={tekster.steg.forsikring}
        description={optionalDate}
        id={fieldId('insuranceInformedOn')}
        error={errors.insuranceInformedOn?.message}
        {...form.register('insuranceInformedOn')}
      />
    </ActionForm>
  );
}

export function GroupForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useSetResponsibilityGroup(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.GROUP.id,
    schema: s.groupSchema,
    fields: s.groupFields,
    defaultValues: { members: agreement.followUp.responsibilityGroup ?? [] },
    save: (v) => mutation.mutateAsync(s.toGroup(v)),
    onSaved: (saved) => onDone(handlingTekst.GROUP.lagret, saved),
    nestedSummary: (errs, id) =>
      (errs.members ?? []).flatMap?.((row, index) =>
        row
          ? (['name', 'represents'] as const).flatMap((field) => {
              const message = row[field]?.message;
              return message ? [{ fieldId: id(`members-${index}-${field}`), message: tekster.steg.medlemFeil(index + 1, message) }] : [];
            })
          : [],
      ) ?? [],
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'members' });
  return (
    <ActionForm {...frame} {...frameFor('GROUP', onCancel, tekster.steg.lagreAnsvarsgruppe)}>
      <Paragraph>{tekster.steg.ansvarsgruppeBeskrivelse}</Paragraph>
      {fields.length === 0 && <Paragraph>{tekster.steg.ingenMedlemmer}</Paragraph>}
      {fields.map((field, index) => (
        <Fieldset key={field.id}>
          <Fieldset.Legend>Medlem {index + 1}</Fieldset.Legend>
          <Textfield
            label={tekster.steg.navn}
            autoComplete="off"
            id={fieldId(`members-${index}-name`)}
            error={errors.members?.[index]?.name?.message}
            {...form.register(`members.${index}.name`)}
          />
          <Textfield
            label={tekster.steg.representerer}
            autoComplete="off"
            id={fieldId(`members-${index}-represents`)}
            error={errors.members?.[index]?.represents?.message}
            {...form.register(`members.${index}.represents`)}
          />
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)}>
              {tekster.steg.fjernMedlem(index + 1)}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => append({ name: '', represents: '' })}>
          {tekster.steg.leggTilMedlem}
        </Button>
      </div>
    </ActionForm>
  );
}

export function MeetingForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useRecordMeeting(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.MEETING.id,
    schema: s.meetingSchema,
    fields: s.meetingFields,
    defaultValues: { kind: undefined, heldOn: todayNorwegian(), note: '' },
    save: (v) => mutation.mutateAsync(s.toMeeting(v)),
    onSaved: (saved) => onDone(handlingTekst.MEETING.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('MEETING', onCancel)}>
      <ChoiceGroup
        kind="radio"
        id={fieldId('kind')}
        legend={tekster.steg.mote}
        error={errors.kind?.message}
        options={(['RESPONSIBILITY_GROUP', 'PRIMARY_CONTACT_TALK'] as const).map((k) => ({ value: k, label: moteTekst[k] }))}
        registration={form.register('kind')}
      />
      <DateInput label={tekster.steg.dato} id={fieldId('heldOn')} error={errors.heldOn?.message} {...form.register('heldOn')} />
      <Textfield
        label={tekster.steg.notat}
        multiline
        rows={3}
        id={fieldId('note')}
        error={errors.note?.message}
        {...form.register('note')}
      />
    </ActionForm>
  );
}

/** R-AGR-9: a draft, or a signed agreement the resident never moved in under, is voided with a reason. */
export function VoidForm({ agreement, onDone, onCancel }: AgreementFormProps) {
  const mutation = useVoidAgreement(agreement.id);
  const { form, errors, fieldId, frame } = useActionForm({
    id: handlingTekst.VOID.id,
    schema: s.voidSchema,
    fields: s.voidFields,
    defaultValues: { reason: '', applicationTo: undefined },
    save: (v) => mutation.mutateAsync(s.toVoid(v)),
    onSaved: (saved) => onDone(handlingTekst.VOID.lagret, saved),
  });
  return (
    <ActionForm {...frame} {...frameFor('VOID', onCancel, tekster.steg.annuller)}>
      <Paragraph>{tekster.steg.annulleringBeskrivelse}</Paragraph>
      <Textfield
        label={tekster.steg.annulleringGrunn}
        description={tekster.steg.annulleringGrunnHjelp}
        multiline
        rows={3}
        id={fieldId('reason')}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('applicationTo')}
        legend={tekster.steg.soknaden}
        error={errors.applicationTo?.message}
        options={(['WAITING_LIST', 'CLOSED'] as const).map((v) => ({ value: v, label: soknadTilTekst[v] }))}
        registration={form.register('applicationTo')}
      />
    </ActionForm>
  );
}

/** The form for one step. */
export function AgreementFormFor({ action, ...props }: AgreementFormProps & { action: AgreementAction }) {
  const forms: Record<AgreementAction, (p: AgreementFormProps) => React.ReactNode> = {
    SIGN: SignatureForm,
    PRIMARY_CONTACT: PrimaryContactForm,
    FOLLOW_UP: FollowUpForm,
    EVALUATION: EvaluationForm,
    RENEW: RenewalForm,
    FEE: FeeChangeForm,
    NOTICE: NoticeForm,
    MOVE_IN: MoveInForm,
    MOVE_OUT: MoveOutForm,
    DEPOSIT: DepositForm,
    GROUP: GroupForm,
    MEETING: MeetingForm,
    VOID: VoidForm,
  };
  const Form = forms[action];
  return <Form {...props} />;
}
