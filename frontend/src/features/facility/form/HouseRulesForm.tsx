import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ApiError, toApiError, violationsByField } from '../../../api/problem';
import { FormErrorSummary, type SummaryError } from '../../../components/FormErrorSummary';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCreateHouseRulesVersion } from '../api/useCreateHouseRulesVersion';
import { tekster } from '../tekster';
import {
  houseRulesFormFields,
  houseRulesFormSchema,
  rulesToText,
  toNewHouseRulesVersion,
  type HouseRulesFormValues,
} from './houseRulesSchema';
import { felles } from '../../../components/tekster';

type Version = components['schemas']['HouseRulesVersion'];
type FieldName = (typeof houseRulesFormFields)[number];

const fieldId = (field: FieldName) => `ny-husorden-${field}`;

interface Props {
  facilityId: string;
  /** The current version: the new one is based on it, and its rules fill the form. */
  current: Version | undefined;
  currentVersion: number;
  onSaved: (version: Version) => void;
}

/** Form for a fagleder to adopt a new version of the house rules and HMS rules. */
export function HouseRulesForm({ facilityId, current, currentVersion, onSaved }: Props) {
  const t = tekster.skjema;
  const mutation = useCreateHouseRulesVersion(facilityId);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<HouseRulesFormValues>({
    resolver: zodResolver(houseRulesFormSchema),
    defaultValues: {
      validFrom: '',
      changeNote: '',
      houseRules: current ? rulesToText(current.houseRules) : '',
      hmsRules: current ? rulesToText(current.hmsRules) : '',
    },
  });

  const onValid = async (values: HouseRulesFormValues) => {
    setGeneralErrors([]);
    setFailure(null);
    try {
      const saved = await mutation.mutateAsync(toNewHouseRulesVersion(values, currentVersion));
      onSaved(saved);
    } catch (error) {
      const apiError = toApiError(error);
      const violations = apiError.violations;
      if ((apiError.status === 400 || apiError.status === 422) && violations.length > 0) {
        const byField = violationsByField(violations, houseRulesFormFields);
        for (const field of houseRulesFormFields) {
          const messages = byField[field];
          if (messages) setError(field, { type: 'server', message: messages.join('. ') });
        }
        setGeneralErrors(byField[''] ?? []);
      } else {
        setFailure(apiError);
      }
    }
  };

  const summary: SummaryError[] = [
    ...houseRulesFormFields.flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: fieldId(field), message }] : [];
    }),
    ...generalErrors.map((message) => ({ message })),
  ];

  const register_ = (field: FieldName) => ({ ...register(field), id: fieldId(field) });
  const errorFor = (field: FieldName) => errors[field]?.message;

  return (
    <form
      noValidate
      aria-labelledby="ny-husorden-tittel"
      className="bta-form"
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Heading level={2} data-size="sm" id="ny-husorden-tittel">
        {t.tittel}
      </Heading>
      <Paragraph>{t.ingress}</Paragraph>

      {failure?.status === 409 ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t.konflikt}</Paragraph>
          <Button variant="secondary" data-size="sm" type="button" onClick={() => window.location.reload()}>
            {t.lastPaNytt}
          </Button>
        </Alert>
      ) : failure ? (
        <ProblemAlert error={failure} heading={t.feil} />
      ) : null}

      {submitted && <FormErrorSummary errors={summary} />}

      <Textfield
        label={t.gyldigFra}
        description={felles.dato}
        autoComplete="off"
        inputMode="numeric"
        error={errorFor('validFrom')}
        {...register_('validFrom')}
      />
      <Textfield
        label={t.endringsnotat}
        description={t.endringsnotatBeskrivelse}
        multiline
        rows={2}
        error={errorFor('changeNote')}
        {...register_('changeNote')}
      />
      <Textfield
        label={t.husorden}
        description={t.reglerBeskrivelse}
        multiline
        rows={8}
        error={errorFor('houseRules')}
        {...register_('houseRules')}
      />
      <Textfield
        label={t.hms}
        description={t.reglerBeskrivelse}
        multiline
        rows={6}
        error={errorFor('hmsRules')}
        {...register_('hmsRules')}
      />
      <div>
        <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending ? t.lagrer : t.lagre}
        </Button>
      </div>
    </form>
  );
}
