import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Fieldset, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { todayNorwegian } from '../../../components/dates';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { summaryErrors, useServerProblem } from '../../../components/useServerProblem';
import { useFacilities } from '../../../shared/facility/api/useFacilities';
import { useCreateIntake } from '../api/useCreateIntake';
import { tekster } from '../tekster';
import { intakeFormFields, intakeFormSchema, toNewIntake, type IntakeFormValues } from './intakeSchema';

type Intake = components['schemas']['Intake'];
type FieldName = (typeof intakeFormFields)[number];

const fieldId = (field: FieldName) => `ny-soknad-${field}`;

/** HVK registers the application for the chosen person (R-INT-1, R-INT-6). */
export function IntakeForm({ personId, onCreated }: { personId: string; onCreated: (intake: Intake) => void }) {
  const t = tekster.ny;
  const mutation = useCreateIntake();
  const facilities = useFacilities(0, 200);
  const [submitted, setSubmitted] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<IntakeFormValues>({
    resolver: zodResolver(intakeFormSchema),
    defaultValues: {
      receivedOn: todayNorwegian(),
      assessment: '',
      assessmentSummary: '',
      needs: '',
      wishes: '',
      facilityWishes: [],
      hasRentalHousingDecision: false,
    },
  });
  const server = useServerProblem(intakeFormFields, setError);

  const onValid = async (values: IntakeFormValues) => {
    server.reset();
    try {
      onCreated(await mutation.mutateAsync(toNewIntake(personId, values)));
    } catch (error) {
      server.handle(error);
    }
  };

  const field = (name: Exclude<FieldName, 'facilityWishes' | 'hasRentalHousingDecision'>) => ({
    ...register(name),
    id: fieldId(name),
    error: errors[name]?.message,
  });
  const wishesError = errors.facilityWishes?.message;

  return (
    <form
      noValidate
      aria-labelledby="ny-soknad-tittel"
      className="bta-form"
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Heading level={2} data-size="sm" id="ny-soknad-tittel" tabIndex={-1}>
        {t.soknaden}
      </Heading>
      {server.failure && <ProblemAlert error={server.failure} heading={t.feil} />}
      {submitted && <FormErrorSummary errors={summaryErrors(intakeFormFields, errors, fieldId, server.generalErrors)} />}
      <Textfield label={t.mottatt} description={tekster.skjema.dato} inputMode="numeric" autoComplete="off" {...field('receivedOn')} />
      <Textfield label={t.vurdering} description={t.vurderingBeskrivelse} multiline rows={6} {...field('assessment')} />
      <Textfield
        label={t.sammendrag}
        description={t.sammendragBeskrivelse}
        multiline
        rows={3}
        counter={500}
        {...field('assessmentSummary')}
      />
      <Textfield label={t.behov} multiline rows={3} {...field('needs')} />
      <Textfield label={t.onsker} multiline rows={3} {...field('wishes')} />
      <Fieldset aria-describedby={wishesError ? 'ny-soknad-facilityWishes-feil' : undefined}>
        <Fieldset.Legend>{t.botiltak}</Fieldset.Legend>
        <Fieldset.Description>{t.botiltakBeskrivelse}</Fieldset.Description>
        {facilities.isPending ? (
          <Loading text={tekster.ny.henterBotiltak} />
        ) : facilities.error ? (
          <ProblemAlert error={facilities.error} heading={t.botiltakFeil} />
        ) : (
          facilities.data.items.map((facility, index) => (
            <Checkbox
              key={facility.id}
              id={index === 0 ? fieldId('facilityWishes') : undefined}
              label={facility.name}
              value={facility.id}
              aria-invalid={wishesError ? true : undefined}
              {...register('facilityWishes')}
            />
          ))
        )}
        {wishesError && <ValidationMessage id="ny-soknad-facilityWishes-feil">{wishesError}</ValidationMessage>}
      </Fieldset>
      <Controller
        control={control}
        name="hasRentalHousingDecision"
        render={({ field: { value, onChange, ...rest } }) => (
          <Checkbox
            {...rest}
            id={fieldId('hasRentalHousingDecision')}
            label={t.utleiebolig}
            description={t.utleieboligBeskrivelse}
            checked={value}
            onChange={(e) => onChange(e.target.checked)}
          />
        )}
      />
      <div>
        <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending ? t.lagrer : t.lagre}
        </Button>
      </div>
    </form>
  );
}
