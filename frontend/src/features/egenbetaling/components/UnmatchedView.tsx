import { useState } from 'react';
import { Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { ActionForm } from '../../../components/ActionForm';
import { formatDate } from '../../../components/format';
import { SelectField } from '../../../components/inputs';
import { ListResult } from '../../../components/ListResult';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useDialogState } from '../../../components/useDialogState';
import { useFacilityNames } from '../../../shared/facility/useFacilityNames';
import { useArrears } from '../api/useArrears';
import { useMatchPayment } from '../api/useMatchPayment';
import { useUnmatchedPayments } from '../api/useUnmatchedPayments';
import { matchFields, matchSchema, toMatch } from '../form/egenbetalingSchemas';
import { belop, kanalTekst, tekster } from '../tekster';
import { RowDialogButton } from './RowDialogButton';
import { Confirmation } from '../../../components/SavedAlert';
import { CaptionedTable } from '../../../components/CaptionedTable';

type Payment = components['schemas']['Payment'];

const t = tekster.umatchet;
const FORM_ID = 'knytt';
const SIZE = 20;
/** How many residents in arrears the match form offers to choose from (the API's largest page). */
const MATCH_CHOICES = 200;

/** Match a payment by hand: pick a resident in arrears (name, facility, unit) or paste an agreement id. */
export function MatchForm({ payment, onDone, onCancel }: { payment: Payment; onDone: () => void; onCancel: () => void }) {
  const mutation = useMatchPayment(payment.id);
  // the residents with the largest arrears, as many as one page holds; any other by pasting the agreement id
  const arrears = useArrears({ size: MATCH_CHOICES });
  const { names } = useFacilityNames();
  const { form, errors, fieldId, frame } = useActionForm({
    id: FORM_ID,
    schema: matchSchema,
    fields: matchFields,
    defaultValues: { chosen: '', agreementId: '' },
    save: (v) => mutation.mutateAsync(toMatch(v)),
    onSaved: onDone,
  });
  const options = (arrears.data?.items ?? []).map((row) => ({
    value: row.agreementId,
    label: `${row.personName} – ${names.get(row.facilityId) ?? row.facilityId}, ${row.unitLabel} (restanse ${belop(row.totalOre)})`,
  }));
  return (
    <ActionForm {...frame} title={t.tittel} submitText={t.lagre} onCancel={onCancel}>
      <Paragraph>
        {belop(payment.amountOre)} betalt {formatDate(payment.paidOn)}
        {payment.kid ? `, KID ${payment.kid}` : ''}, referanse {payment.sourceReference}.
      </Paragraph>
      {arrears.error && <ProblemAlert error={arrears.error} heading={tekster.restanser.feil} />}
      <SelectField
        id={fieldId('chosen')}
        label={t.velg}
        placeholder={arrears.isPending ? t.henterBeboere : t.velgPlassholder}
        error={errors.chosen?.message}
        options={options}
        registration={form.register('chosen')}
      />
      <Textfield
        label={t.avtaleId}
        description={t.avtaleIdBeskrivelse}
        id={fieldId('agreementId')}
        autoComplete="off"
        spellCheck={false}
        error={errors.agreementId?.message}
        {...form.register('agreementId')}
      />
    </ActionForm>
  );
}

/** Umatchede innbetalinger: the queue of payments whose KID matched no charge, with "Knytt til avtale". */
export function UnmatchedView() {
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useUnmatchedPayments({ page, size: SIZE });
  const { open, saved, start, close, done } = useDialogState<Payment>();
  return (
    <>
      <Paragraph>{t.ingress}</Paragraph>
      {saved && <Confirmation message={saved} />}
      <ListResult isPending={isPending} error={error} data={data} loadingText={t.henter} errorHeading={t.feil} empty={t.tom}>
        {(data) => (
          <>
            <CaptionedTable
              caption={t.tabell}
              headers={[t.betalt, t.belop, t.kid, t.kanal, t.referanse, t.handling].map((h) => ({ text: h, numeric: h === t.belop }))}
            >
              {data.items.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{formatDate(p.paidOn)}</Table.Cell>
                  <Table.Cell className="bta-num">{belop(p.amountOre)}</Table.Cell>
                  <Table.Cell>{p.kid ?? '–'}</Table.Cell>
                  <Table.Cell>{kanalTekst[p.channel]}</Table.Cell>
                  <Table.Cell>{p.sourceReference}</Table.Cell>
                  <Table.Cell>
                    <RowDialogButton text={t.knytt} label={t.knyttFor(belop(p.amountOre), formatDate(p.paidOn))} onClick={() => start(p)} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={page} size={SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
          </>
        )}
      </ListResult>
      <ActionDialog formId={open ? FORM_ID : null} onClose={close}>
        {open && <MatchForm key={open.id} payment={open} onCancel={close} onDone={() => done(t.lagret)} />}
      </ActionDialog>
    </>
  );
}
