import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { summaryErrors, useServerProblem } from '../../../components/useServerProblem';
import { useCreatePerson } from '../api/useCreatePerson';
import { tekster } from '../tekster';
import { personFormFields, personFormSchema, toNewPerson, type PersonFormValues } from './personSchema';

type Person = components['schemas']['Person'];
type FieldName = (typeof personFormFields)[number];

const fieldId = (field: FieldName) => `ny-person-${field}`;

/** HVK registers a person: the number is checked here first, then by the server. */
export function PersonForm({ onCreated, onCancel }: { onCreated: (person: Person) => void; onCancel: () => void }) {
  const t = tekster.ny;
  const mutation = useCreatePerson();
  const [submitted, setSubmitted] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PersonFormValues>({
    resolver: zodResolver(personFormSchema),
    defaultValues: { nationalId: '', givenName: '', familyName: '', phone: '', email: '', address: '', navContact: '' },
  });
  const server = useServerProblem(personFormFields, setError);

  const onValid = async (values: PersonFormValues) => {
    server.reset();
    try {
      onCreated(await mutation.mutateAsync(toNewPerson(values)));
    } catch (error) {
      const apiError = server.handle(error);
      if (apiError.problemName === 'invalid-national-id' && !apiError.violations.some((v) => v.field === 'nationalId')) {
        setError('nationalId', { type: 'server', message: apiError.problem.detail ?? apiError.problem.title });
        server.setFailure(null);
      }
    }
  };

  const field = (name: FieldName) => ({ ...register(name), id: fieldId(name), error: errors[name]?.message });
  const failure = server.failure;

  return (
    <form
      noValidate
      aria-labelledby="ny-person-tittel"
      className="bta-form"
      onSubmit={(event) => {
        event.stopPropagation();
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Heading level={3} data-size="xs" id="ny-person-tittel">
        {t.tittel}
      </Heading>
      {failure?.problemName === 'person-exists' ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t.finnes}</Paragraph>
        </Alert>
      ) : failure ? (
        <ProblemAlert error={failure} heading={t.feil} />
      ) : null}
      {submitted && <FormErrorSummary errors={summaryErrors(personFormFields, errors, fieldId, server.generalErrors)} />}
      <Textfield
        label={t.fodselsnummer}
        description={t.fodselsnummerBeskrivelse}
        inputMode="numeric"
        autoComplete="off"
        {...field('nationalId')}
      />
      <Textfield label={t.fornavn} autoComplete="off" {...field('givenName')} />
      <Textfield label={t.etternavn} autoComplete="off" {...field('familyName')} />
      <Textfield label={t.telefon} type="tel" autoComplete="off" {...field('phone')} />
      <Textfield label={t.epost} type="email" autoComplete="off" {...field('email')} />
      <Textfield label={t.adresse} autoComplete="off" {...field('address')} />
      <Textfield label={t.navKontakt} autoComplete="off" {...field('navContact')} />
      <div className="bta-buttons">
        <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending ? t.lagrer : t.lagre}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.avbryt}
        </Button>
      </div>
    </form>
  );
}
