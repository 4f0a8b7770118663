import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { z } from 'zod';
import type { components } from '../../../api/schema.gen';
import { ActionForm } from '../../../components/ActionForm';
import { formatDate } from '../../../components/format';
import { requiredText } from '../../../components/formFields';
import { useActionForm } from '../../../components/useActionForm';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { useApproveSanction } from '../api/useApproveSanction';
import { useReturnSanction } from '../api/useReturnSanction';
import { tekster } from '../tekster';

type Sanction = components['schemas']['Sanction'];

export const APPROVE_FORM_ID = 'godkjenn-vedtak';
export const RETURN_FORM_ID = 'send-tilbake';

const approveSchema = z.object({});
const returnSchema = z.object({ reason: requiredText('Skriv hvorfor forslaget sendes tilbake', 2000) });

interface Props {
  sanction: Sanction;
  /** The resident as the queue shows them (name and unit). */
  resident: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What is decided, for whom, for when and on what: read before approving or sending back. */
function DecisionSummary({ sanction, resident }: { sanction: Sanction; resident: string }) {
  const t = tekster.godkjenning;
  return (
    <dl className="bta-terms">
      <dt>{t.bekreftVedtak}</dt>
      <dd>{reaksjonTekst[sanction.type]}</dd>
      <dt>{t.bekreftBeboer}</dt>
      <dd>{resident}</dd>
      {sanction.exclusionFrom && (
        <>
          <dt>{t.bekreftPerioden}</dt>
          <dd>
            {formatDate(sanction.exclusionFrom)} – {formatDate(sanction.exclusionTo)}
          </dd>
        </>
      )}
      <dt>{t.bekreftHendelser}</dt>
      <dd>{t.hendelser(sanction.incidentIds.length)}</dd>
    </dl>
  );
}

/** R-SAN-7: the approval of an individual decision, confirmed after reading what it decides. */
export function ApproveDecisionForm({ sanction, resident, onDone, onCancel }: Props) {
  const t = tekster.godkjenning;
  const approve = useApproveSanction();
  const { frame } = useActionForm({
    id: APPROVE_FORM_ID,
    schema: approveSchema,
    fields: [],
    defaultValues: {},
    save: () => approve.mutateAsync(sanction.id),
    onSaved: () => onDone(t.godkjent),
  });
  return (
    <ActionForm {...frame} title={t.bekreftTittel} submitText={t.bekreft} onCancel={onCancel}>
      <Paragraph>{t.bekreftIngress}</Paragraph>
      <DecisionSummary sanction={sanction} resident={resident} />
    </ActionForm>
  );
}

/** Not approved: the proposal goes back to the proposer with the reason, and is closed. */
export function ReturnDecisionForm({ sanction, resident, onDone, onCancel }: Props) {
  const t = tekster.godkjenning;
  const sendBack = useReturnSanction();
  const { form, errors, fieldId, frame } = useActionForm({
    id: RETURN_FORM_ID,
    schema: returnSchema,
    fields: ['reason'] as const,
    defaultValues: { reason: '' },
    save: (v) => sendBack.mutateAsync({ sanctionId: sanction.id, reason: v.reason.trim() }),
    onSaved: () => onDone(t.sendtTilbake),
  });
  return (
    <ActionForm {...frame} title={t.sendTilbakeTittel} submitText={t.sendTilbakeKnapp} onCancel={onCancel}>
      <Paragraph>{t.sendTilbakeIngress}</Paragraph>
      <DecisionSummary sanction={sanction} resident={resident} />
      <Textfield
        id={fieldId('reason')}
        label={t.sendTilbakeGrunn}
        multiline
        rows={3}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ActionForm>
  );
}
