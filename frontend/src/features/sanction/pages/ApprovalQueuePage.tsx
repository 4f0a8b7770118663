import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { toApiError, type ApiError } from '../../../api/problem';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { useApproveSanction } from '../api/useApproveSanction';
import { useSanctions } from '../api/useSanctions';
import { SanctionDetails } from '../components/SanctionDetails';
import { tekster } from '../tekster';
import { reaksjonTekst } from '../../../shared/sanction/tekster';
import { SavedAlert } from '../../../components/SavedAlert';

type Sanction = components['schemas']['Sanction'];

const PAGE_SIZE = 20;

/** The resident's name from the agreement (a sanction carries only ids). */
function ResidentName({ agreementId }: { agreementId: string }) {
  const agreement = useAgreement(agreementId);
  return <>{agreement.data ? `${agreement.data.person.name} (${agreement.data.unitLabel})` : 'beboer'}</>;
}

function ApprovalItem({ sanction, onApproved }: { sanction: Sanction; onApproved: (message: string) => void }) {
  const t = tekster.godkjenning;
  const approve = useApproveSanction();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const onApprove = async () => {
    setFailure(null);
    try {
      await approve.mutateAsync(sanction.id);
      onApproved(t.godkjent);
    } catch (error) {
      setFailure(toApiError(error));
    }
  };

  return (
    <article aria-labelledby={`vedtak-${sanction.id}`} className="bta-section">
      <Heading level={2} data-size="xs" id={`vedtak-${sanction.id}`}>
        {reaksjonTekst[sanction.type]} – <ResidentName agreementId={sanction.agreementId} />
      </Heading>
      <SanctionDetails sanction={sanction} />
      {failure && (
        <div ref={failureRef} tabIndex={-1}>
          {failure.problemName === 'r-san-7-four-eyes' ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t.egetForslag}</Paragraph>
            </Alert>
          ) : (
            <ProblemAlert error={failure} heading={t.feilGodkjenning} />
          )}
        </div>
      )}
      <div className="bta-buttons">
        <Button type="button" loading={approve.isPending} disabled={approve.isPending} onClick={() => void onApprove()}>
          {approve.isPending ? t.godkjenner : t.godkjenn}
        </Button>
        <Link asChild>
          <RouterLink to={`/avtaler/${encodeURIComponent(sanction.agreementId)}/reaksjoner`}>{t.seStige}</RouterLink>
        </Link>
      </div>
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
            <ApprovalItem key={sanction.id} sanction={sanction} onApproved={setSaved} />
          ))}
          <Pager page={page} size={PAGE_SIZE} totalItems={queue.data.totalItems} onChange={setPage} label={tekster.godkjenning.sider} />
        </>
      )}
    </>
  );
}
