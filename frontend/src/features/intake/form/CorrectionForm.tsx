import { Controller } from 'react-hook-form';
import { Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useFacilities } from '../../../shared/facility/api/useFacilities';
import { usePerson } from '../../../shared/person/api/usePerson';
import { tekster } from '../tekster';
import { correctionDefaults, correctionFormFields, correctionFormSchema, toIntakeCorrection } from './correctionSchema';
import { rettingTekster as t } from './rettingTekster';
import { useCorrectIntake } from './useCorrectIntake';

type Intake = components['schemas']['Intake'];
type Person = components['schemas']['Person'];

interface Props {
  intake: Intake;
  /** Called with the confirmation once the correction is saved. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Issue 18: HVK corrects the person's names and contact details and the application before the
 * decision, in a form filled in with what is stored now. The identity number is not in it.
 */
export function CorrectionForm(props: Props) {
  const person = usePerson(props.intake.person.id);
  if (person.isPending) return <Loading text={t.henterPerson} />;
  if (person.error) return <ProblemAlert error={person.error} heading={t.personFeil} />;
  return <CorrectionFields {...props} person={person.data} />;
}

function CorrectionFields({ intake, person, onDone, onCancel }: Props & { person: Person }) {
  const mutation = useCorrectIntake(intake.id, person.id);
  const facilities = useFacilities(0, 200);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'retting',
    schema: correctionFormSchema,
    fields: correctionFormFields,
    defaultValues: correctionDefaults(intake, person),
    save: (v) => mutation.mutateAsync(toIntakeCorrection(v)),
    onSaved: () => onDone(t.lagret),
  });
  type TextField = Exclude<(typeof correctionFormFields)[number], 'facilityWishes' | 'hasRentalHousingDecision'>;
  const field = (name: TextField) => ({ ...form.register(name), id: fieldId(name), error: errors[name]?.message });
  const wishesError = errors.facilityWishes?.message;
  const ny = tekster.ny;

  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <Paragraph>{t.ingress}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t.personen}</Fieldset.Legend>
        <Textfield label={t.fornavn} autoComplete="off" {...field('givenName')} />
        <Textfield label={t.etternavn} autoComplete="off" {...field('familyName')} />
        <Textfield label={t.telefon} type="tel" autoComplete="off" {...field('phone')} />
        <Textfield label={t.epost} type="email" autoComplete="off" {...field('email')} />
        <Textfield label={t.adresse} autoComplete="off" {...field('address')} />
        <Textfield label={t.navKontakt} autoComplete="off" {...field('navContact')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t.soknaden}</Fieldset.Legend>
        <Textfield label={ny.mottatt} description={tekster.skjema.dato} inputMode="numeric" autoComplete="off" {...field('receivedOn')} />
        <Textfield label={ny.vurdering} description={ny.vurderingBeskrivelse} multiline rows={6} {...field('assessment')} />
        <Textfield
          label={ny.sammendrag}
          description={ny.sammendragBeskrivelse}
          multiline
          rows={3}
          counter={500}
          {...field('assessmentSummary')}
        />
        <Textfield label={ny.behov} multiline rows={3} {...field('needs')} />
        <Textfield label={ny.onsker} multiline rows={3} {...field('wishes')} />
      </Fieldset>
      <Fieldset aria-describedby={wishesError ? 'retting-facilityWishes-feil' : undefined}>
        <Fieldset.Legend>{ny.botiltak}</Fieldset.Legend>
        <Fieldset.Description>{ny.botiltakBeskrivelse}</Fieldset.Description>
        {facilities.isPending ? (
          <Loading text={ny.henterBotiltak} />
        ) : facilities.error ? (
          <ProblemAlert error={facilities.error} heading={ny.botiltakFeil} />
        ) : (
          facilities.data.items.map((facility, index) => (
            <Checkbox
              key={facility.id}
              id={index === 0 ? fieldId('facilityWishes') : undefined}
              label={facility.name}
              value={facility.id}
              aria-invalid={wishesError ? true : undefined}
              {...form.register('facilityWishes')}
            />
          ))
        )}
        {wishesError && <ValidationMessage id="retting-facilityWishes-feil">{wishesError}</ValidationMessage>}
      </Fieldset>
      <Controller
        control={form.control}
        name="hasRentalHousingDecision"
        render={({ field: { value, onChange, ...rest } }) => (
          <Checkbox
            {...rest}
            id={fieldId('hasRentalHousingDecision')}
            label={ny.utleiebolig}
            description={ny.utleieboligBeskrivelse}
            checked={value}
            onChange={(e) => onChange(e.target.checked)}
          />
        )}
      />
    </ActionForm>
  );
}
