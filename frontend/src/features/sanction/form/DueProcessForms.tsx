import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { todayIso, todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { DateInput } from '../../../components/inputs';
import { useActionForm } from '../../../components/useActionForm';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { useRecordAdvanceNotice } from '../api/useRecordAdvanceNotice';
import { useRecordStatement } from '../api/useRecordStatement';
import { CheckboxList } from '../components/CheckboxList';
import { tekster } from '../tekster';
import { useIncidentOptions } from './incidentOptions';
import {
  advanceNoticeFields,
  advanceNoticeSchema,
  statementFields,
  statementSchema,
  toNewAdvanceNotice,
  toStatement,
} from './sanctionSchemas';

type AdvanceNotice = components['schemas']['AdvanceNotice'];

export const ADVANCE_NOTICE_FORM_ID = 'forhandsvarsel';
export const STATEMENT_FORM_ID = 'uttalelse';

interface Done {
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** R-SAN-11 (fvl § 16): the resident is told that an exclusion or a termination is considered, and by when to answer. */
export function AdvanceNoticeForm({ agreementId, personId, onDone, onCancel }: Done & { agreementId: string; personId: string }) {
  const t = tekster.forhandsvarsel;
  const mutation = useRecordAdvanceNotice(agreementId);
  const incidents = useIncidentOptions(personId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: ADVANCE_NOTICE_FORM_ID,
    schema: advanceNoticeSchema,
    fields: advanceNoticeFields,
    defaultValues: { type: undefined, incidentIds: [], description: '', sentOn: todayNorwegian(), deliveredHow: '', statementDeadline: '' },
    save: (values) => mutation.mutateAsync(toNewAdvanceNotice(values)),
    onSaved: () => onDone(t.lagret),
  });
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.tittel} onCancel={onCancel}>
      <Paragraph>{t.ingress}</Paragraph>
      <ChoiceGroup
        kind="radio"
        id={fieldId('type')}
        legend={t.tiltak}
        error={errors.type?.message}
        options={(['EXCLUSION', 'TERMINATION'] as const).map((type) => ({ value: type, label: reaksjonTekst[type] }))}
        registration={form.register('type')}
      />
      <CheckboxList
        control={form.control}
        name="incidentIds"
        id={fieldId('incidentIds')}
        legend={t.hendelser}
        description={t.hendelserBeskrivelse}
        error={errors.incidentIds?.message}
        options={incidents.options}
        empty={incidents.empty}
      />
      <Textfield
        id={fieldId('description')}
        label={t.beskrivelse}
        description={t.beskrivelseHjelp}
        multiline
        rows={4}
        error={errors.description?.message}
        {...form.register('description')}
      />
      <DateInput id={fieldId('sentOn')} label={t.sendt} error={errors.sentOn?.message} {...form.register('sentOn')} />
      <Textfield
        id={fieldId('deliveredHow')}
        label={t.hvordan}
        description={t.hvordanHjelp}
        error={errors.deliveredHow?.message}
        {...form.register('deliveredHow')}
      />
      <DateInput
        id={fieldId('statementDeadline')}
        label={t.frist}
        description={t.fristHjelp}
        error={errors.statementDeadline?.message}
        {...form.register('statementDeadline')}
      />
    </ActionForm>
  );
}

/** The resident's statement, or (after the deadline) that none came. */
export function StatementForm({ notice, onDone, onCancel }: Done & { notice: AdvanceNotice }) {
  const t = tekster.forhandsvarsel;
  const mutation = useRecordStatement(notice.id);
  const deadlinePassed = todayIso() > notice.statementDeadline;
  const { form, errors, fieldId, frame } = useActionForm({
    id: STATEMENT_FORM_ID,
    schema: statementSchema(notice),
    fields: statementFields,
    defaultValues: { answer: deadlinePassed ? undefined : 'RECEIVED', receivedOn: todayNorwegian(), text: '' },
    save: (values) => mutation.mutateAsync(toStatement(values)),
    onSaved: (saved) => onDone(saved.statement?.noneReceived ? t.ingenLagret : t.uttalelseLagret),
  });
  const answer = useWatch({ control: form.control, name: 'answer' });
  return (
    <ActionForm {...frame} title={t.uttalelseTittel} submitText={t.uttalelseTittel} onCancel={onCancel}>
      <Paragraph>{t.uttalelseIngress(formatDate(notice.sentOn), formatDate(notice.statementDeadline))}</Paragraph>
      <ChoiceGroup
        kind="radio"
        id={fieldId('answer')}
        legend={t.hvaKom}
        description={deadlinePassed ? undefined : t.komIkkeForFrist(formatDate(notice.statementDeadline))}
        error={errors.answer?.message}
        options={[
          { value: 'RECEIVED', label: t.kom },
          { value: 'NONE', label: t.komIkke },
        ]}
        registration={form.register('answer')}
      />
      {answer !== 'NONE' && (
        <>
          <DateInput id={fieldId('receivedOn')} label={t.mottatt} error={errors.receivedOn?.message} {...form.register('receivedOn')} />
          <Textfield
            id={fieldId('text')}
            label={t.tekst}
            description={t.tekstHjelp}
            multiline
            rows={4}
            error={errors.text?.message}
            {...form.register('text')}
          />
        </>
      )}
    </ActionForm>
  );
}
