import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { toApiError } from '../../../api/problem';
import { parseNorwegianDate, todayNorwegian } from '../../../components/dates';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { summaryErrors, useServerProblem } from '../../../components/useServerProblem';
import { useFacilities } from '../../facility/api/useFacilities';
import { unitTypeTekst } from '../../facility/tekster';
import { useAllocateUnit } from '../api/useAllocateUnit';
import { useVacancies } from '../api/useVacancies';
import { outsideTargetGroup } from '../components/targetGroup';
import { handlingTekst, tekster } from '../tekster';
import { ActionForm } from '../../../components/ActionForm';
import type { StepFormProps } from './StepForms';
import {
  allocationFormFields,
  allocationFormSchema,
  toAllocationRequest,
  type AllocationFormValues,
} from './stepSchemas';

export const ENHET_OPPTATT = 'Boenheten ble nettopp tildelt av noen andre. Velg en annen.';

const fieldId = (field: string) => `tildeling-${field}`;

/**
 * ALLOCATE (ESIKT): facility, then a unit vacant from the date, and the facility coordinator it
 * was agreed with. Warns when the person is outside the facility's target group and then asks
 * for the reason (R-INT-7).
 */
export function AllocationForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useAllocateUnit(intake.id);
  const facilities = useFacilities(0, 200);
  const [submitted, setSubmitted] = useState(false);
  const [serverOutside, setServerOutside] = useState<string | null>(null);
  const outsideRef = useRef(false);
  const [schema] = useState(() => allocationFormSchema(() => outsideRef.current));
  const { register, handleSubmit, setError, setValue, clearErrors, formState, control } = useForm<AllocationFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      facilityId: intake.facilityWishes[0] ?? '',
      fromDate: todayNorwegian(),
      unitId: '',
      coordinator: '',
      overrideReason: '',
    },
  });
  const { errors } = formState;
  const server = useServerProblem(allocationFormFields, setError);

  const [facilityId, fromDate, unitId] = useWatch({ control, name: ['facilityId', 'fromDate', 'unitId'] });
  const fromIso = parseNorwegianDate(fromDate ?? '');
  const vacancies = useVacancies(
    { from: fromIso ?? '', facility: facilityId, page: 0, size: 200 },
    { enabled: Boolean(facilityId && fromIso) },
  );
  const units = vacancies.data?.items ?? [];

  // A unit that is no longer offered (other facility or date, or just taken) cannot stay chosen.
  useEffect(() => {
    if (unitId && vacancies.data && !vacancies.data.items.some((u) => u.unitId === unitId)) {
      setValue('unitId', '');
    }
  }, [unitId, vacancies.data, setValue]);

  const facility = facilities.data?.items.find((f) => f.id === facilityId);
  const targetGroup = (units.find((u) => u.unitId === unitId) ?? units[0])?.targetGroup ?? facility?.targetGroup;
  const reasons = targetGroup && fromIso ? outsideTargetGroup(intake.person, targetGroup, fromIso) : [];
  const outside = reasons.length > 0 || serverOutside !== null;
  outsideRef.current = outside;

  const onValid = async (values: AllocationFormValues) => {
    server.reset();
    try {
      await mutation.mutateAsync(toAllocationRequest(values, outside));
      onDone(handlingTekst.ALLOCATE.lagret);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 409 && apiError.problemName === 'r-int-2-unit-not-available') {
        setValue('unitId', '');
        setError('unitId', { type: 'server', message: ENHET_OPPTATT });
        return;
      }
      if (apiError.problemName === 'r-int-7-outside-target-group') {
        setServerOutside(apiError.problem.detail ?? apiError.problem.title);
      }
      server.handle(apiError);
    }
  };

  const unitError = errors.unitId?.message;

  return (
    <ActionForm
      id="tildeling"
      title={handlingTekst.ALLOCATE.tittel}
      failure={server.failure}
      summary={summaryErrors(allocationFormFields, errors, fieldId, server.generalErrors)}
      showSummary={submitted}
      pending={mutation.isPending}
      submitText="Tildel"
      onCancel={onCancel}
      onSubmit={(event) => {
        setSubmitted(true);
        void handleSubmit(onValid)(event);
      }}
    >
      <Paragraph>
        Søker: {intake.person.name} ({intake.person.nationalIdMasked})
      </Paragraph>
      <Field>
        <Label htmlFor={fieldId('facilityId')}>Botiltak</Label>
        <Select
          id={fieldId('facilityId')}
          aria-invalid={errors.facilityId ? true : undefined}
          aria-describedby={errors.facilityId ? `${fieldId('facilityId')}-feil` : undefined}
          {...register('facilityId', { onChange: () => clearErrors('unitId') })}
        >
          <Select.Option value="">Velg botiltak</Select.Option>
          {(facilities.data?.items ?? []).map((f) => (
            <Select.Option key={f.id} value={f.id}>
              {f.name}
              {intake.facilityWishes.includes(f.id) ? ' (ønsket)' : ''}
            </Select.Option>
          ))}
        </Select>
        {errors.facilityId?.message && (
          <ValidationMessage id={`${fieldId('facilityId')}-feil`}>{errors.facilityId.message}</ValidationMessage>
        )}
      </Field>
      <Textfield
        label="Fra dato"
        description={tekster.skjema.dato}
        inputMode="numeric"
        autoComplete="off"
        id={fieldId('fromDate')}
        error={errors.fromDate?.message}
        {...register('fromDate')}
      />
      <div aria-live="polite" className="bta-stack">
        {vacancies.isFetching && <Loading text="Henter ledige boenheter …" />}
        {vacancies.error && <ProblemAlert error={vacancies.error} heading={tekster.ledige.feil} />}
        {vacancies.data && units.length === 0 && (
          <Paragraph>Ingen boenheter i botiltaket er ledige fra denne datoen.</Paragraph>
        )}
      </div>
      <Field>
        <Label htmlFor={fieldId('unitId')}>Boenhet</Label>
        <Select
          id={fieldId('unitId')}
          aria-invalid={unitError ? true : undefined}
          aria-describedby={unitError ? `${fieldId('unitId')}-feil` : undefined}
          {...register('unitId')}
        >
          <Select.Option value="">Velg boenhet</Select.Option>
          {units.map((unit) => (
            <Select.Option key={unit.unitId} value={unit.unitId}>
              {unit.unitLabel} – {unitTypeTekst[unit.unitType]}
            </Select.Option>
          ))}
        </Select>
        {unitError && <ValidationMessage id={`${fieldId('unitId')}-feil`}>{unitError}</ValidationMessage>}
      </Field>
      <Textfield
        label="Avtalt med (bokoordinator)"
        autoComplete="off"
        id={fieldId('coordinator')}
        error={errors.coordinator?.message}
        {...register('coordinator')}
      />
      <div aria-live="polite" className="bta-stack">
        {outside && (
          <Alert data-color="warning">
            <Heading level={3} data-size="xs">
              Søkeren er utenfor målgruppen
            </Heading>
            {targetGroup && (
              <Paragraph>
                Målgruppen for {facility?.name ?? 'botiltaket'}: {targetGroup.description}.
              </Paragraph>
            )}
            {reasons.length > 0 ? (
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}.</li>
                ))}
              </ul>
            ) : (
              serverOutside && <Paragraph>{serverOutside}</Paragraph>
            )}
            <Paragraph>Du kan tildele boenheten likevel, men må begrunne det.</Paragraph>
          </Alert>
        )}
      </div>
      {outside && (
        <Textfield
          label="Begrunnelse for å tildele utenfor målgruppen"
          multiline
          rows={3}
          id={fieldId('overrideReason')}
          error={errors.overrideReason?.message}
          {...register('overrideReason')}
        />
      )}
    </ActionForm>
  );
}
