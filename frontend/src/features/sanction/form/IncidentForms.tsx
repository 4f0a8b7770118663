import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { nowInOslo, todayNorwegian } from '../../../components/dates';
import { DateField } from '../../../components/DateFields';
import { SelectField } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { useAgreements } from '../../../shared/agreement/api/useAgreements';
import { useFacility } from '../../../shared/facility/api/useFacility';
import { useFacilityUnits } from '../../../shared/facility/api/useFacilityUnits';
import { useHouseRules } from '../../../shared/facility/api/useHouseRules';
import { useRecordEntry } from '../api/useRecordEntry';
import { useRecordIncident } from '../api/useRecordIncident';
import { useRecordVisitorBan } from '../api/useRecordVisitorBan';
import { CheckboxList } from '../components/CheckboxList';
import { FacilitySelect } from '../../../components/FacilitySelect';
import { useMyFacilities } from '../../../shared/facility/useMyFacilities';
import { innlasingTekst, kategoriTekst, politiTekst, tekster, utstederTekst } from '../tekster';
import {
  allCategories,
  allPoliceReasons,
  entryFields,
  entrySchema,
  INGEN_POLITI,
  incidentFields,
  incidentSchema,
  toNewEntry,
  toNewIncident,
  toNewVisitorBan,
  visitorBanFields,
  visitorBanSchema,
} from './sanctionSchemas';
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface FacilityFormProps {
  /** Preselected facility (the page's choice, or the user's only facility). */
  facilityId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export const INCIDENT_FORM_ID = 'hendelse';
export const ENTRY_FORM_ID = 'innlasing';
export const VISITOR_BAN_FORM_ID = 'besoksforbud';

/** When an incident or entry happened: the date and the time (tt:mm), side by side. */
function DateTimeFields({
  fieldId,
  errors,
  register,
}: {
  fieldId: (field: string) => string;
  errors: { date?: { message?: string }; time?: { message?: string } };
  register: (name: 'date' | 'time') => UseFormRegisterReturn;
}) {
  return (
    <div className="bta-inline-form">
      <DateField id={fieldId('date')} label={tekster.skjema.dato} error={errors.date?.message} {...register('date')} />
      <Textfield
        id={fieldId('time')}
        label={tekster.skjema.klokkeslett}
        description={tekster.skjema.klokkeslettHjelp}
        inputMode="numeric"
        autoComplete="off"
        error={errors.time?.message}
        {...register('time')}
      />
    </div>
  );
}

/**
 * Residents who live at the facility now: ACTIVE, NOTICE_GIVEN and not yet moved out, or EXPIRED (the end date
 * passed without renewal, R-AGR-9, and the resident still lives there).
 */
function useCurrentResidents(facilityId: string) {
  const active = useAgreements({ facility: facilityId, status: 'ACTIVE', page: 0, size: 200 });
  const notice = useAgreements({ facility: facilityId, status: 'NOTICE_GIVEN', page: 0, size: 200 });
  const expired = useAgreements({ facility: facilityId, status: 'EXPIRED', page: 0, size: 200 });
  const options = useMemo(() => {
    const seen = new Set<string>();
    return [...(active.data?.items ?? []), ...(notice.data?.items ?? []), ...(expired.data?.items ?? [])]
      .filter((a) => a.facilityId === facilityId)
      .filter((a) => (seen.has(a.person.id) ? false : (seen.add(a.person.id), true)))
      .sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'))
      .map((a) => ({
        value: a.person.id,
        label: `${a.person.name} (${a.unitLabel}${a.status === 'NOTICE_GIVEN' ? ', oppsagt' : a.status === 'EXPIRED' ? ', utløpt' : ''})`,
      }));
  }, [active.data, notice.data, expired.data, facilityId]);
  return { options, isPending: active.isPending || notice.isPending || expired.isPending };
}

/** Register an incident or breach (R-SAN-1), with any police contact (R-SAN-9). */
export function IncidentForm({ facilityId, onDone, onCancel }: FacilityFormProps) {
  const t = tekster.hendelser;
  const facilities = useMyFacilities();
  const mutation = useRecordIncident();
  const { form, errors, fieldId, frame } = useActionForm({
    id: INCIDENT_FORM_ID,
    schema: incidentSchema,
    fields: incidentFields,
    // When it happened: now in Oslo (most incidents are written up at once); the fields let it be changed.
    defaultValues: {
      facilityId,
      ...nowInOslo(),
      personIds: [],
      categories: [],
      serious: false,
      ruleNumbers: [],
      description: '',
      policeReason: INGEN_POLITI,
    },
    save: (values) => mutation.mutateAsync(toNewIncident(values)),
    onSaved: () => onDone(t.hendelseLagret),
  });
  const chosen = useWatch({ control: form.control, name: 'facilityId' });
  const residents = useCurrentResidents(chosen);
  const rules = useHouseRules(chosen);
  const current = rules.data?.versions.find((v) => v.current);

  return (
    <ActionForm {...frame} title={t.registrer} submitText={t.registrer} onCancel={onCancel}>
      <FacilitySelect
        id={fieldId('facilityId')}
        label={t.botiltak}
        error={errors.facilityId?.message}
        options={facilities}
        registration={form.register('facilityId', {
          onChange: () => {
            form.setValue('personIds', []);
            form.setValue('ruleNumbers', []);
          },
        })}
      />
      <DateTimeFields fieldId={fieldId} errors={errors} register={form.register} />
      <CheckboxList
        control={form.control}
        name="personIds"
        id={fieldId('personIds')}
        legend={tekster.skjema.involverte}
        error={errors.personIds?.message}
        options={residents.options}
        empty={residents.isPending ? tekster.skjema.henterBeboere : tekster.skjema.ingenBeboere}
      />
      <CheckboxList
        control={form.control}
        name="categories"
        id={fieldId('categories')}
        legend={tekster.skjema.hvaGjaldt}
        error={errors.categories?.message}
        options={allCategories.map((c) => ({ value: c, label: kategoriTekst[c] }))}
      />
      <Checkbox
        id={fieldId('serious')}
        label={tekster.skjema.alvorlig}
        description={tekster.skjema.alvorligBeskrivelse}
        {...form.register('serious')}
      />
      <CheckboxList
        control={form.control}
        name="ruleNumbers"
        id={fieldId('ruleNumbers')}
        legend={tekster.skjema.regler}
        description={current ? tekster.skjema.gjeldendeVersjon(current.version) : undefined}
        error={errors.ruleNumbers?.message}
        options={(current?.houseRules ?? []).map((r) => ({ value: String(r.number), label: `${r.number}. ${r.text}` }))}
        empty={rules.isPending ? tekster.skjema.henterRegler : tekster.skjema.ingenRegler}
      />
      <Textfield
        id={fieldId('description')}
        label={tekster.skjema.beskrivelse}
        description={tekster.skjema.beskrivelseHjelp}
        multiline
        rows={5}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('policeReason')}
        legend={tekster.skjema.politi}
        error={errors.policeReason?.message}
        options={[{ value: INGEN_POLITI, label: t.ingenPoliti }, ...allPoliceReasons.map((r) => ({ value: r, label: politiTekst[r] }))]}
        registration={form.register('policeReason')}
      />
    </ActionForm>
  );
}

/** Log an entry without consent (R-SAN-8): only the facility's own grounds are offered. */
export function EntryForm({ facilityId, onDone, onCancel }: FacilityFormProps) {
  const t = tekster.hendelser;
  const facilities = useMyFacilities();
  const mutation = useRecordEntry();
  const { form, errors, fieldId, frame, server } = useActionForm({
    id: ENTRY_FORM_ID,
    schema: entrySchema,
    fields: entryFields,
    defaultValues: { facilityId, unitId: '', ground: '', ...nowInOslo(), present: '', found: '' },
    save: (values) => mutation.mutateAsync(toNewEntry(values)),
    onSaved: () => onDone(t.innlasingLagret),
    // R-SAN-8: the ground is not on the facility's list; the detail says which grounds are.
    onProblem: (error) => {
      if (error.problemName === 'r-san-8-entry-ground-not-allowed') server.setFailure(error);
    },
  });
  const chosen = useWatch({ control: form.control, name: 'facilityId' });
  const facility = useFacility(chosen);
  const units = useFacilityUnits(chosen, 0, 200);
  const grounds = facility.data?.entryGrounds ?? [];

  return (
    <ActionForm {...frame} title={t.loggInnlasing} submitText={t.loggInnlasing} onCancel={onCancel}>
      <Paragraph>{tekster.skjema.innlasingBeskrivelse}</Paragraph>
      <FacilitySelect
        id={fieldId('facilityId')}
        label={t.botiltak}
        error={errors.facilityId?.message}
        options={facilities}
        registration={form.register('facilityId', {
          onChange: () => {
            form.setValue('unitId', '');
            form.setValue('ground', '');
          },
        })}
      />
      <SelectField
        id={fieldId('unitId')}
        label={tekster.skjema.boenhet}
        placeholder={tekster.skjema.velgBoenhet}
        error={errors.unitId?.message}
        options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.label }))}
        registration={form.register('unitId')}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('ground')}
        legend={tekster.skjema.grunn}
        description={facility.data?.agreementKind === 'LEASE' ? tekster.skjema.grunnHusleie : tekster.skjema.grunnListe}
        error={errors.ground?.message}
        options={grounds.map((g) => ({ value: g, label: innlasingTekst[g] }))}
        registration={form.register('ground')}
      />
      <DateTimeFields fieldId={fieldId} errors={errors} register={form.register} />
      <Textfield id={fieldId('present')} label={tekster.skjema.tilStede} error={errors.present?.message} {...form.register('present')} />
      <Textfield
        id={fieldId('found')}
        label={tekster.skjema.funn}
        multiline
        rows={3}
        error={errors.found?.message}
        {...form.register('found')}
      />
    </ActionForm>
  );
}

/** Record a visitor ban (R-SAN-9): by staff only in a BTA facility (R-SAN-6), otherwise issued by the police. */
export function VisitorBanForm({ facilityId, onDone, onCancel }: FacilityFormProps) {
  const t = tekster.hendelser;
  const facilities = useMyFacilities();
  const mutation = useRecordVisitorBan();
  const { form, errors, fieldId, frame } = useActionForm({
    id: VISITOR_BAN_FORM_ID,
    schema: visitorBanSchema,
    fields: visitorBanFields,
    defaultValues: { facilityId, issuedBy: '', visitor: '', fromDate: todayNorwegian(), toDate: '', reason: '' },
    save: (values) => mutation.mutateAsync(toNewVisitorBan(values)),
    onSaved: () => onDone(t.forbudLagret),
  });
  const chosen = useWatch({ control: form.control, name: 'facilityId' });
  const facility = useFacility(chosen);
  const lease = facility.data?.agreementKind === 'LEASE';
  const issuers = (lease ? (['POLICE'] as const) : (['STAFF', 'POLICE'] as const)).map((i) => ({
    value: i,
    label: utstederTekst[i],
  }));

  return (
    <ActionForm {...frame} title={t.besoksforbud} submitText={tekster.skjema.registrerBesoksforbud} onCancel={onCancel}>
      <FacilitySelect
        id={fieldId('facilityId')}
        label={t.botiltak}
        error={errors.facilityId?.message}
        options={facilities}
        registration={form.register('facilityId', { onChange: () => form.setValue('issuedBy', '') })}
      />
      <ChoiceGroup
        kind="radio"
        id={fieldId('issuedBy')}
        legend={tekster.skjema.hvemIla}
        description={lease ? tekster.skjema.hvemIlaHusleie : undefined}
        error={errors.issuedBy?.message}
        options={issuers}
        registration={form.register('issuedBy')}
      />
      <Textfield
        id={fieldId('visitor')}
        label={tekster.skjema.besokende}
        description={tekster.skjema.besokendeHjelp}
        error={errors.visitor?.message}
        {...form.register('visitor')}
      />
      <div className="bta-inline-form">
        <DateField
          id={fieldId('fromDate')}
          label={tekster.skjema.gjelderFra}
          error={errors.fromDate?.message}
          {...form.register('fromDate')}
        />
        <DateField id={fieldId('toDate')} label={tekster.skjema.gjelderTil} error={errors.toDate?.message} {...form.register('toDate')} />
      </div>
      <Textfield
        id={fieldId('reason')}
        label={tekster.skjema.begrunnelse}
        multiline
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}
