import { useState } from 'react';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { z } from 'zod';
import { ActionDialog } from '../../../components/ActionDialog';
import { ActionForm } from '../../../components/ActionForm';
import { CaptionedTable } from '../../../components/CaptionedTable';
import { formatDate } from '../../../components/format';
import { ListResult } from '../../../components/ListResult';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { Confirmation } from '../../../components/SavedAlert';
import { useActionForm } from '../../../components/useActionForm';
import { useDialogState } from '../../../components/useDialogState';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useRetentionPreview } from '../api/useRetentionPreview';
import { useRunRetention } from '../api/useRunRetention';
import { sisteAktivitetTekst, tekster as t } from '../tekster';

const FORM_ID = 'slett';
const SIZE = 50;
const confirmSchema = z.object({});

/** The confirmation before the run: how many will be forgotten, and that it cannot be undone. */
function RunForm({ total, onDone, onCancel }: { total: number; onDone: (message: string) => void; onCancel: () => void }) {
  const run = useRunRetention();
  const { frame } = useActionForm({
    id: FORM_ID,
    schema: confirmSchema,
    fields: [],
    defaultValues: {},
    save: () => run.mutateAsync(),
    onSaved: (result) => onDone(t.resultat(result.anonymised, result.visitorBans, result.failed)),
  });
  return (
    <ActionForm {...frame} title={t.bekreft.tittel} submitText={t.bekreft.knapp} onCancel={onCancel}>
      <Paragraph>{t.bekreft.tekst(total)}</Paragraph>
    </ActionForm>
  );
}

/** Sletting og anonymisering (R-ACC-5, HVK): who is due and why, what will go, and the run. */
export function RetentionPage() {
  useDocumentTitle(t.tittel);
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useRetentionPreview({ page, size: SIZE });
  const { open, saved, start, close, done } = useDialogState<'run'>();
  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      {data && <Paragraph>{t.ingress(data.retentionDays)}</Paragraph>}
      <Paragraph>{t.personvern}</Paragraph>
      {saved && <Confirmation message={saved} />}
      <ListResult isPending={isPending} error={error} data={data} loadingText={t.henter} errorHeading={t.feil} empty={t.tom}>
        {(data) => (
          <>
            <div className="bta-buttons">
              <Button type="button" onClick={() => start('run')}>
                {t.kjor}
              </Button>
            </div>
            <CaptionedTable
              caption={t.tabell(data.totalItems, formatDate(data.cutoff))}
              headers={[t.kolonner.person, t.kolonner.sisteAktivitet, t.kolonner.forfalt, t.kolonner.hvorfor, t.kolonner.hva]}
            >
              {data.items.map((c) => (
                <Table.Row key={c.personId}>
                  <Table.Cell>
                    <code>{c.personId}</code>
                  </Table.Cell>
                  <Table.Cell>
                    {sisteAktivitetTekst[c.lastActivity]} {formatDate(c.lastActivityOn)}
                  </Table.Cell>
                  <Table.Cell>{formatDate(c.dueOn)}</Table.Cell>
                  <Table.Cell>{c.reason}</Table.Cell>
                  <Table.Cell>
                    <ul>
                      {c.categories.map((k) => (
                        <li key={k.category}>
                          {k.label}: {k.what}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </CaptionedTable>
            <Pager page={page} size={SIZE} totalItems={data.totalItems} onChange={setPage} label={t.sider} />
          </>
        )}
      </ListResult>
      <ActionDialog formId={open ? FORM_ID : null} onClose={close}>
        {open && <RunForm total={data?.totalItems ?? 0} onCancel={close} onDone={done} />}
      </ActionDialog>
    </>
  );
}
