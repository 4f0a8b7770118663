import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button } from '@digdir/designsystemet-react';
import { parseNorwegianDate } from '../../../components/dates';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { isoOrNull, optionalDateField } from '../../../components/formFields';
import { DateInput, SelectField } from '../../../components/inputs';
import { summaryErrors } from '../../../components/useServerProblem';
import type { InnsynFilter, InnsynKind } from '../api/usePersonInnsyn';
import { tekster, typeTekst } from '../tekster';

export const INNSYN_FILTER_ID = 'innsyn-filter';

const kinds = Object.keys(typeTekst) as InnsynKind[];

/** A period (either end open; the end not before the start) and a kind ('' for every kind). */
const schema = z
  .object({
    from: optionalDateField(),
    to: optionalDateField(),
    kind: z.union([z.literal(''), z.enum(kinds as [InnsynKind, ...InnsynKind[]])]),
  })
  .superRefine((v, ctx) => {
    const from = parseNorwegianDate(v.from);
    const to = parseNorwegianDate(v.to);
    if (from && to && to < from) ctx.addIssue({ code: 'custom', path: ['to'], message: tekster.filter.tilForFra });
  });
type Values = z.infer<typeof schema>;
const fields = ['from', 'to', 'kind'] as const;

/** The Innsyn page's filters; `onShow` gets them as the API wants them once they are valid. */
export function InnsynFilterForm({ onShow }: { onShow: (filter: InnsynFilter) => void }) {
  const t = tekster.filter;
  const [attempt, setAttempt] = useState(0);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    // Checked when "Vis loggen" is pressed, not while typing: the summary takes focus when it changes.
    reValidateMode: 'onSubmit',
    defaultValues: { from: '', to: '', kind: '' },
  });
  const { errors } = formState;
  const fieldId = (field: string) => `${INNSYN_FILTER_ID}-${field}`;
  const onValid = (v: Values) =>
    onShow({ from: isoOrNull(v.from) ?? undefined, to: isoOrNull(v.to) ?? undefined, kind: v.kind === '' ? undefined : v.kind });

  return (
    <form
      noValidate
      aria-label={t.skjema}
      className="bta-form"
      onSubmit={(event) => {
        setAttempt((n) => n + 1);
        void handleSubmit(onValid)(event);
      }}
    >
      {attempt > 0 && <FormErrorSummary errors={summaryErrors(fields, errors, fieldId)} focusKey={attempt} />}
      <div className="bta-inline-form">
        <DateInput id={fieldId('from')} label={t.fra} description={t.periodeHjelp} error={errors.from?.message} {...register('from')} />
        <DateInput id={fieldId('to')} label={t.til} description={t.periodeHjelp} error={errors.to?.message} {...register('to')} />
        <SelectField
          id={fieldId('kind')}
          label={t.type}
          placeholder={t.alleTyper}
          options={kinds.map((k) => ({ value: k, label: typeTekst[k] }))}
          error={errors.kind?.message}
          registration={register('kind')}
        />
      </div>
      <div className="bta-buttons">
        <Button type="submit">{t.vis}</Button>
      </div>
    </form>
  );
}
