import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Alert, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ActionForm } from '../../../components/ActionForm';
import { parseNorwegianDate, todayNorwegian } from '../../../components/dates';
import { DateInput, SelectField } from '../../../components/inputs';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useFacilities } from '../../../shared/facility/api/useFacilities';
import { useAllocateUnit } from '../api/useAllocateUnit';
import { useVacancies } from '../api/useVacancies';
import { outsideTargetGroup } from '../components/targetGroup';
import { handlingTekst, tekster } from '../tekster';
import { stepFrame, type StepFormProps } from './StepForms';
import { allocationFormFields, allocationFormSchema, toAllocationRequest } from './stepSchemas';
import { unitTypeTekst } from '../../../shared/facility/tekster';
import { formatBirth } from '../../../shared/person/access';

/**
 * ALLOCATE (ESIKT): facility, then a unit vacant from the date, and the facility coordinator it
 * was agreed with. Warns when the person is outside the facility's target group and then asks
 * for the reason (R-INT-7).
 */
export function AllocationForm({ intake, onDone, onCancel }: StepFormProps) {
  const mutation = useAllocateUnit(intake.id);
  const facilities = useFacilities(0, 200);
  const [serverOutside, setServerOutside] = useState<string | null>(null);
  const { form, errors, fieldId, frame, server } = useActionForm({
    id: 'tildeling',
    schema: allocationFormSchema,
    fields: allocationFormFields,
    defaultValues: {
      facilityId: intake.facilityWishes[0] ?? '',
      fromDate: todayNorwegian(),
      unitId: '',
      coordinator: '',
      overrideReason: '',
      outside: false,
    },
    save: (v) => mutation.mutateAsync(toAllocationRequest(v)),
    onSaved: () => onDone(handlingTekst.ALLOCATE.lagret),
    onProblem: (apiError, { setValue, setError }) => {
      if (apiError.status === 409 && apiError.problemName === 'r-int-2-unit-not-available') {
        // Not a problem to show above the form: the unit was taken, so another must be chosen.
        server.setFailure(null);
        setValue('unitId', '');
        setError('unitId', { type: 'server', message: tekster.tildeling.opptatt });
        return;
      }
      if (apiError.problemName === 'r-int-7-outside-target-group') {
        setServerOutside(apiError.problem.detail ?? apiError.problem.title);
      }
    },
  });
  const { setValue, clearErrors, control, register } = form;

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
  // The schema asks for the reason, and the request sends it, only while the warning shows.
  useEffect(() => {
    setValue('outside', outside);
  }, [outside, setValue]);

  return (
    <ActionForm {...stepFrame(frame, 'ALLOCATE', onCancel, tekster.tildeling.tildel)}>
      <Paragraph>
        {tekster.tildeling.soker(intake.person.name, intake.person.nationalIdMasked ?? `${tekster.ny.fodt} ${formatBirth(intake.person)}`)}
      </Paragraph>
      <SelectField
        id={fieldId('facilityId')}
        label={tekster.tildeling.botiltak}
        placeholder={tekster.tildeling.velgBotiltak}
        error={errors.facilityId?.message}
        options={(facilities.data?.items ?? []).map((f) => ({
          value: f.id,
          label: `${f.name}${intake.facilityWishes.includes(f.id) ? tekster.tildeling.onsket : ''}`,
        }))}
        registration={register('facilityId', { onChange: () => clearErrors('unitId') })}
      />
      <DateInput label={tekster.tildeling.fraDato} id={fieldId('fromDate')} error={errors.fromDate?.message} {...register('fromDate')} />
      <div aria-live="polite" className="bta-stack">
        {vacancies.isFetching && <Loading text={tekster.tildeling.henterLedige} />}
        {vacancies.error && <ProblemAlert error={vacancies.error} heading={tekster.ledige.feil} />}
        {vacancies.data && units.length === 0 && <Paragraph>{tekster.tildeling.ingenLedige}</Paragraph>}
      </div>
      <SelectField
        id={fieldId('unitId')}
        label={tekster.tildeling.boenhet}
        placeholder={tekster.tildeling.velgBoenhet}
        error={errors.unitId?.message}
        options={units.map((unit) => ({ value: unit.unitId, label: `${unit.unitLabel} – ${unitTypeTekst[unit.unitType]}` }))}
        registration={register('unitId')}
      />
      <Textfield
        label={tekster.tildeling.avtaltMed}
        autoComplete="off"
        id={fieldId('coordinator')}
        error={errors.coordinator?.message}
        {...register('coordinator')}
      />
      <div aria-live="polite" className="bta-stack">
        {outside && (
          <Alert data-color="warning">
            <Heading level={3} data-size="xs">
              {tekster.tildeling.utenfor}
            </Heading>
            {targetGroup && <Paragraph>{tekster.tildeling.malgruppe(facility?.name, targetGroup.description)}</Paragraph>}
            {reasons.length > 0 ? (
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}.</li>
                ))}
              </ul>
            ) : (
              serverOutside && <Paragraph>{serverOutside}</Paragraph>
            )}
            <Paragraph>{tekster.tildeling.likevel}</Paragraph>
          </Alert>
        )}
      </div>
      {outside && (
        <Textfield
          label={tekster.tildeling.begrunnelse}
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
