import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { parseNorwegianDate } from './dates';
import { FacilitySelect } from './FacilitySelect';
import {
  defaultPeriodValues,
  facilityPeriodFields,
  facilityPeriodSchema,
  type FacilityPeriod,
  type FacilityPeriodValues,
} from './facilityPeriod';
import { FormErrorSummary } from './FormErrorSummary';
import { formatDate } from './format';
import { ProblemAlert } from './ProblemAlert';
import { DateInput } from './inputs';
import { felles } from './tekster';
import { summaryErrors } from './useServerProblem';

interface Props {
  /** Prefix of the field ids (`<id>-facility`, `<id>-from`, `<id>-to`). */
  id: string;
  /** Text of the submit button, e.g. "Vis statistikk". */
  submitLabel: string;
  /** The facilities to choose from; the first is chosen unless `defaultFacility` says otherwise. */
  facilities: { value: string; label: string }[];
  defaultFacility?: string;
  /** The period filled in at first (åååå-mm-dd); 1 January this year to today unless given. */
  defaultPeriod?: { from: string; to: string };
  /** Called with the facility and the period (åååå-mm-dd) once the form is valid. */
  onShow: (period: FacilityPeriod) => void;
  /** Buttons after the submit button, e.g. downloads of what is shown. */
  children?: ReactNode;
}

/**
 * Facility and period (default 1 January this year to today) for a report: the Statistikk page and
 * the Kontrollrapport share it. Errors are listed in a summary above the fields after a submit.
 */
export function FacilityPeriodForm({ id, submitLabel, facilities, defaultFacility, defaultPeriod, onShow, children }: Props) {
  const [submitted, setSubmitted] = useState(false);
  const facility = defaultFacility ?? facilities[0]?.value ?? '';
  const { register, handleSubmit, formState } = useForm<FacilityPeriodValues>({
    resolver: zodResolver(facilityPeriodSchema),
    defaultValues: defaultPeriod
      ? { facility, from: formatDate(defaultPeriod.from), to: formatDate(defaultPeriod.to) }
      : defaultPeriodValues(facility),
  });
  const { errors } = formState;
  const fieldId = (field: string) => `${id}-${field}`;
  const onValid = (v: FacilityPeriodValues) =>
    onShow({ facility: v.facility, from: parseNorwegianDate(v.from)!, to: parseNorwegianDate(v.to)! });

  return (
    <form
      noValidate
      aria-label={felles.botiltakOgPeriode}
      className="bta-form"
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      {submitted && <FormErrorSummary errors={summaryErrors(facilityPeriodFields, errors, fieldId)} />}
      <FacilitySelect
        id={fieldId('facility')}
        label={felles.botiltak}
        error={errors.facility?.message}
        options={facilities}
        registration={register('facility')}
      />
      <div className="bta-inline-form">
        <DateInput id={fieldId('from')} label={felles.fraDato} error={errors.from?.message} {...register('from')} />
        <DateInput id={fieldId('to')} label={felles.tilDato} error={errors.to?.message} {...register('to')} />
      </div>
      <div className="bta-buttons">
        <Button type="submit">{submitLabel}</Button>
        {children}
      </div>
    </form>
  );
}

/** The facilities a user may report on, as shared/facility/useReportFacilities gives them. */
export interface ReportFacilityChoice {
  options: { value: string; label: string }[];
  defaultFacility?: string;
  /** Listing the facilities failed. */
  error?: unknown;
}

/**
 * The report form with what may come before it: an alert when the facilities could not be loaded,
 * and a warning instead of the form when there is no facility to choose.
 */
export function ReportFacilityForm({ choice, ...props }: Omit<Props, 'facilities' | 'defaultFacility'> & { choice: ReportFacilityChoice }) {
  return (
    <>
      {choice.error ? <ProblemAlert error={choice.error} heading={felles.feilBotiltakListe} /> : null}
      {choice.options.length === 0 ? (
        <Alert data-color="warning">
          <Paragraph>{felles.ingenBotiltak}</Paragraph>
        </Alert>
      ) : (
        <FacilityPeriodForm {...props} facilities={choice.options} defaultFacility={choice.defaultFacility} />
      )}
    </>
  );
}
