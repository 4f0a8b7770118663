import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayNorwegian } from '../../../components/dates';
import { DateInput } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import type { Assessment } from '../api/useAssessments';
import type { Instrument } from '../api/useInstruments';
import { useRecordAssessment } from '../api/useRecordAssessment';
import { tekster } from '../tekster';
import { answersOf, assessmentFields, assessmentSchema, emptyAnswers, rangeOf, toNewAssessment } from './assessmentSchema';

export const ASSESSMENT_FORM_ID = 'kartlegging';

interface Props {
  personId: string;
  instrument: Instrument;
  onSaved: (assessment: Assessment) => void;
  onCancel: () => void;
}

const ANSWER_PREFIX = 'answers.';

/** "Ny kartlegging": one question per item of the instrument, as radio buttons or a number within its range. */
export function AssessmentForm({ personId, instrument, onSaved, onCancel }: Props) {
  const mutation = useRecordAssessment(personId);
  const itemIds = instrument.items.map((item) => item.id);
  const { form, errors, fieldId, frame, server } = useActionForm({
    id: ASSESSMENT_FORM_ID,
    schema: assessmentSchema(instrument),
    fields: assessmentFields,
    defaultValues: { takenOn: todayNorwegian(), answers: emptyAnswers(instrument) },
    save: (values) => mutation.mutateAsync(toNewAssessment(instrument, values)),
    onSaved: (assessment) => {
      form.reset({ takenOn: todayNorwegian(), answers: emptyAnswers(instrument) });
      onSaved(assessment);
    },
    // 422 with `answers.<itemId>`: put each message next to its question, not in a general alert.
    onProblem: (error) => {
      const onItems = error.violations.filter(
        (v) => itemIds.includes(v.field.slice(ANSWER_PREFIX.length)) && v.field.startsWith(ANSWER_PREFIX),
      );
      if (onItems.length === 0) return;
      const others = error.violations.filter((v) => v.field !== 'takenOn' && !onItems.includes(v));
      server.reset();
      for (const v of onItems) {
        form.setError(`answers.${v.field.slice(ANSWER_PREFIX.length)}`, { type: 'server', message: v.message });
      }
      if (others.length > 0) server.setFailure(error);
    },
    nestedSummary: (errs, id) =>
      instrument.items.flatMap((item, index) => {
        const message = errs.answers?.[item.id]?.message;
        return message ? [{ fieldId: id(`answers-${item.id}`), message: `${index + 1}. ${item.text}: ${message}` }] : [];
      }),
  });

  return (
    <ActionForm {...frame} title={`${tekster.ny}: ${instrument.name}`} submitText={tekster.lagre} onCancel={onCancel}>
      <Paragraph data-size="sm" className="bta-subtle">
        {instrument.source}
      </Paragraph>
      <DateInput id={fieldId('takenOn')} label={tekster.tatt} error={errors.takenOn?.message} {...form.register('takenOn')} />
      {instrument.items.map((item, index) => {
        const id = fieldId(`answers-${item.id}`);
        const error = errors.answers?.[item.id]?.message;
        const legend = `${index + 1}. ${item.text}`;
        const answers = answersOf(instrument, item);
        const range = rangeOf(item);
        if (answers.length > 0 || !range) {
          return (
            <ChoiceGroup
              key={item.id}
              kind="radio"
              id={id}
              legend={legend}
              error={error}
              options={answers.map((a) => ({ value: String(a.score), label: `${a.label} (${tekster.poeng(a.score)})` }))}
              registration={form.register(`answers.${item.id}`)}
            />
          );
        }
        const [min, max] = range;
        return (
          <Textfield
            key={item.id}
            id={id}
            label={legend}
            description={tekster.skala(min, max)}
            type="number"
            inputMode="decimal"
            step={0.1}
            min={min}
            max={max}
            autoComplete="off"
            error={error}
            {...form.register(`answers.${item.id}`)}
          />
        );
      })}
    </ActionForm>
  );
}
