import { useState } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDateTime } from '../../../components/format';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useActionForm } from '../../../components/useActionForm';
import { Terms } from '../../../components/Terms';
import { useChargeRun } from '../api/useChargeRun';
import { useStartChargeRun } from '../api/useStartChargeRun';
import { chargeRunFields, chargeRunSchema, currentMonth } from '../form/egenbetalingSchemas';
import { kjoringTilstandTekst, tekster } from '../tekster';
import { Confirmation } from '../../../components/SavedAlert';
import { InlineForm } from '../../../components/InlineForm';
import { JobProgress } from './JobProgress';
import { MonthField } from '../../../components/DateFields';

type ChargeRun = components['schemas']['ChargeRun'];

const t = tekster.kjoring;

/** The run's progress (done of total agreements) and, when it has finished, its numbers. */
export function ChargeRunProgress({ run }: { run: ChargeRun }) {
  const running = run.state === 'RUNNING';
  return (
    <section aria-labelledby="kjoring-resultat-tittel" className="bta-stack">
      <Heading level={3} data-size="xs" id="kjoring-resultat-tittel">
        {t.resultat(run.period)}
      </Heading>
      <JobProgress id="kjoring-framdrift" label={t.framdrift(run.done, run.total)} done={run.done} total={run.total} running={running} />
      <Terms
        rows={[
          [t.tilstand, kjoringTilstandTekst[run.state]],
          [t.avtaler, String(run.total)],
          [t.laget, String(run.created)],
          [t.hoppetOver, String(run.skipped)],
          ['Startet', `${formatDateTime(run.startedAt)} av ${run.startedBy}`],
          ['Ferdig', formatDateTime(run.finishedAt)],
          ...(run.error ? ([[t.feilmelding, run.error]] as [string, string][]) : []),
        ]}
      />
      {run.state === 'DONE' && <Confirmation message={t.ferdig(run.created, run.skipped)} />}
      {run.state === 'FAILED' && <Confirmation color="warning" message={`${t.feilet} ${run.error ?? ''}`.trim()} />}
    </section>
  );
}

/** Månedskjøring (R-PAY-1): start the run for a month, then follow it until it is no longer RUNNING. */
export function ChargeRunView() {
  const start = useStartChargeRun();
  const [runId, setRunId] = useState<string | null>(null);
  const run = useChargeRun(runId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'kjoring',
    schema: chargeRunSchema,
    fields: chargeRunFields,
    defaultValues: { period: currentMonth() },
    save: (v) => start.mutateAsync(v.period.trim()),
    onSaved: (started) => setRunId(started.id),
  });
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <InlineForm {...frame} labelledBy="visning-tittel" submitText={t.start} pendingText={t.starter} failureHeading={t.feil}>
        <MonthField id={fieldId('period')} label={tekster.kjoring.maned} error={errors.period?.message} {...form.register('period')} />
      </InlineForm>
      {run.error && <ProblemAlert error={run.error} heading={t.hentFeil} />}
      {run.data && <ChargeRunProgress run={run.data} />}
    </>
  );
}
