import { useEffect, useRef, useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { useSanctions } from '../api/useSanctions';
import { SanctionDetails } from '../components/SanctionDetails';
import { APPROVE_FORM_ID, ApproveDecisionForm, RETURN_FORM_ID, ReturnDecisionForm } from '../form/DecisionReviewForms';
import { tekster } from '../tekster';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import { SavedAlert } from '../../../components/SavedAlert';

type Sanction = components['schemas']['Sanction'];

const PAGE_SIZE = 20;

/** The resident's name and unit from the agreement (a sanction carries only ids). */
function useResidentName(agreementId: string): string {
  const agreement = useAgreement(agreementId);
  return agreement.data ? `${agreement.data.person.name} (${agreement.data.unitLabel})` : 'beboer';
}

type Review = 'approve' | 'return';

/**
 * One proposed decision: its details, then "Godkjenn vedtaket …" (a confirmation naming the decision, the resident, the
 * dates and the incidents behind it) or "Send tilbake …" (with the reason, set apart as the secondary choice).
 */
function ApprovalItem({ sanction, onDone }: { sanction: Sanction; onDone: (message: string) => void }) {
  const t = tekster.godkjenning;
  const resident = useResidentName(sanction.agreementId);
  const [open, setOpen] = useState<Review | null>(null);
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };

  return (
    <article aria-labelledby={`vedtak-${sanction.id}`} className="bta-section">
      <Heading level={2} data-size="xs" id={`vedtak-${sanction.id}`}>
        {reaksjonTekst[sanction.type]} – {resident}
      </Heading>
      <SanctionDetails sanction={sanction} />
      <div className="bta-buttons">
        <Button type="button" aria-haspopup="dialog" onClick={() => setOpen('approve')}>
          {t.godkjennVedtak}
        </Button>
        <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => setOpen('return')}>
          {t.sendTilbake}
        </Button>
        <Link asChild>
          <RouterLink to={`/avtaler/${encodeURIComponent(sanction.agreementId)}/reaksjoner`}>{t.seStige}</RouterLink>
        </Link>
        <PersonCaseLink personId={sanction.personId} name={resident} />
      </div>
      <ActionDialog formId={open === 'approve' ? APPROVE_FORM_ID : open === 'return' ? RETURN_FORM_ID : null} onClose={close}>
        {open === 'approve' && <ApproveDecisionForm sanction={sanction} resident={resident} onDone={done} onCancel={close} />}
        {open === 'return' && <ReturnDecisionForm sanction={sanction} resident={resident} onDone={done} onCancel={close} />}
      </ActionDialog>
    </article>
  );
}

/** Godkjenninger: the fagleder's queue of individual decisions awaiting another fagleder (R-SAN-7). */
export function ApprovalQueuePage() {
  const t = tekster.godkjenning;
  useDocumentTitle(t.tittel);
  const [page, setPage] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const queue = useSanctions({ status: 'AWAITING_APPROVAL', page, size: PAGE_SIZE });
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  return (
    <>
      <PageHeading>{t.tittel}</PageHeading>
      <Paragraph>{t.ingress}</Paragraph>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      {queue.isPending ? (
        <Loading text={tekster.godkjenning.henter} />
      ) : queue.error ? (
        <ProblemAlert error={queue.error} heading={t.feil} />
      ) : queue.data.items.length === 0 ? (
        <Paragraph>{t.ingen}</Paragraph>
      ) : (
        <>
          {queue.data.items.map((sanction) => (
            <ApprovalItem key={sanction.id} sanction={sanction} onDone={setSaved} />
          ))}
          <Pager page={page} size={PAGE_SIZE} totalItems={queue.data.totalItems} onChange={setPage} label={tekster.godkjenning.sider} />
        </>
      )}
    </>
  );
}
