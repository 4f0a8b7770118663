import { useState } from 'react';
import { Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { ActionForm } from '../../../components/ActionForm';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDateTime } from '../../../components/format';
import { InlineForm } from '../../../components/InlineForm';
import { Loading } from '../../../components/Loading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Confirmation } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { useActionForm } from '../../../components/useActionForm';
import { useDialogState } from '../../../components/useDialogState';
import { useAccountingDimensions, useClosedPeriods, useClosePeriod, useSetAccountingDimensions } from '../api/useAccountsAdmin';
import { dimensionsFields, dimensionsSchema, monthFields, monthSchema } from '../form/egenbetalingSchemas';
import { tekster } from '../tekster';
import { RowDialogButton } from './RowDialogButton';
import { MonthField } from '../../../components/DateFields';

type FacilityDimensions = components['schemas']['FacilityDimensions'];

const t = tekster.regnskap;
const SIZE = 20;

/** A page of a list the API answers whole (the closings), for the Pager. */
function usePage<T>(items: readonly T[]) {
  const [page, setPage] = useState(0);
  const last = Math.max(0, Math.ceil(items.length / SIZE) - 1);
  const current = Math.min(page, last);
  return { page: current, setPage, items: items.slice(current * SIZE, current * SIZE + SIZE), totalItems: items.length };
}
const d = tekster.skjema.dimensjoner;

/** The month before this one, `ÅÅÅÅ-MM`: the latest month that can be closed. */
function lastMonth(now: Date = new Date()): string {
  const oslo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = Number(oslo.find((p) => p.type === 'year')!.value);
  const month = Number(oslo.find((p) => p.type === 'month')!.value);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Lukk måned (R-PAY-6): how far the accounts are closed, and closing through a month that is over. */
function ClosePeriodSection() {
  const closed = useClosedPeriods();
  const close = useClosePeriod();
  const [saved, setSaved] = useState<string | null>(null);
  const closings = usePage([...(closed.data?.closings ?? [])].reverse());
  const { form, errors, fieldId, frame } = useActionForm({
    id: 'lukk-maned',
    schema: monthSchema,
    fields: monthFields,
    defaultValues: { period: lastMonth() },
    save: (v) => {
      setSaved(null);
      return close.mutateAsync(v.period.trim());
    },
    onSaved: (result) => setSaved(t.lukket(result.closedThrough ?? '')),
  });
  return (
    <Section id="regnskap-lukking" heading={t.lukking} level={3}>
      {closed.isPending ? (
        <Loading text={t.henter} />
      ) : closed.error ? (
        <ProblemAlert error={closed.error} heading={t.feil} />
      ) : (
        <Terms
          rows={[
            [t.lukketTil, closed.data.closedThrough ?? t.ingenLukket],
            [t.forsteApne, closed.data.firstOpenMonth ?? ''],
          ]}
        />
      )}
      {saved && <Confirmation message={saved} />}
      <InlineForm {...frame} labelledBy="regnskap-lukking" submitText={t.lukk} pendingText={t.lukker} failureHeading={t.lukkFeil}>
        <MonthField
          id={fieldId('period')}
          label={t.lukkTil}
          description={t.lukkBeskrivelse}
          error={errors.period?.message}
          {...form.register('period')}
        />
      </InlineForm>
      {closings.totalItems > 0 && (
        <>
          <CaptionedTable caption={t.lukkinger} headers={[t.lukketTil, t.lukketAv, t.lukketNar]}>
            {closings.items.map((c) => (
              <Table.Row key={c.closedThrough}>
                <Table.Cell>{c.closedThrough}</Table.Cell>
                <Table.Cell>{c.closedBy}</Table.Cell>
                <Table.Cell>{formatDateTime(c.closedAt)}</Table.Cell>
              </Table.Row>
            ))}
          </CaptionedTable>
          <Pager page={closings.page} size={SIZE} totalItems={closings.totalItems} onChange={closings.setPage} label={t.lukkingSider} />
        </>
      )}
    </Section>
  );
}

/** Art, ansvar and funksjon of one facility; the server checks them again (422 naming the field). */
export function DimensionsForm({
  facility,
  onDone,
  onCancel,
}: {
  facility: FacilityDimensions;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const mutation = useSetAccountingDimensions(facility.facilityId);
  const { form, errors, fieldId, frame } = useActionForm({
    id: d.id,
    schema: dimensionsSchema,
    fields: dimensionsFields,
    defaultValues: { art: facility.art, ansvar: facility.ansvar, funksjon: facility.funksjon },
    save: (v) => mutation.mutateAsync(v),
    onSaved: () => onDone(d.lagret(facility.facilityName)),
  });
  return (
    <ActionForm {...frame} title={d.tittel(facility.facilityName)} submitText={d.lagre} onCancel={onCancel}>
      {dimensionsFields.map((field) => (
        <Textfield
          key={field}
          label={t[field]}
          description={d.beskrivelse}
          id={fieldId(field)}
          autoComplete="off"
          maxLength={12}
          error={errors[field]?.message}
          {...form.register(field)}
        />
      ))}
    </ActionForm>
  );
}

/** Kontering per botiltak: the dimensions every exported line of the facility carries, editable per facility. */
function DimensionsSection() {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useAccountingDimensions({ page, size: SIZE });
  const { open, saved, start, close, done } = useDialogState<FacilityDimensions>();
  return (
    <Section id="regnskap-kontering" heading={t.dimensjoner} level={3}>
      {saved && <Confirmation message={saved} />}
      {isPending ? (
        <Loading text={t.henterDimensjoner} />
      ) : error || !data ? (
        <ProblemAlert error={error} heading={t.dimensjonFeil} />
      ) : (
        <>
          <CaptionedTable caption={t.dimensjonTabell} headers={[t.botiltak, t.art, t.ansvar, t.funksjon, t.kilde, t.handling]}>
            {data.items.map((f) => (
              <Table.Row key={f.facilityId}>
                <Table.HeaderCell scope="row">{f.facilityName}</Table.HeaderCell>
                <Table.Cell>{f.art}</Table.Cell>
                <Table.Cell>{f.ansvar}</Table.Cell>
                <Table.Cell>{f.funksjon}</Table.Cell>
                <Table.Cell>{f.isDefault ? t.standard : t.egen}</Table.Cell>
                <Table.Cell>
                  <RowDialogButton text={t.endre} label={t.endreFor(f.facilityName)} onClick={() => start(f)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </CaptionedTable>
          <Pager page={page} size={SIZE} totalItems={data.totalItems} onChange={setPage} label={t.dimensjonSider} />
        </>
      )}
      <ActionDialog formId={open ? d.id : null} onClose={close}>
        {open && <DimensionsForm key={open.facilityId} facility={open} onCancel={close} onDone={done} />}
      </ActionDialog>
    </Section>
  );
}

/** Periodelukking og kontering (okonomi): close months that are over and set the accounting dimensions per facility. */
export function AccountsAdminView() {
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      <ClosePeriodSection />
      <DimensionsSection />
    </>
  );
}
