import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { ActionDialog } from '../../../components/ActionDialog';
import { formatDate } from '../../../components/format';
import { SavedAlert } from '../../../components/SavedAlert';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { useDialogState } from '../../../components/useDialogState';
import { henvisningStatusTekst } from '../../../shared/sanction/tekster';
import { REFERRAL_FORM_ID, ReferralResponseForm } from '../form/ReferralResponseForm';
import { tekster } from '../tekster';

type Agreement = components['schemas']['Agreement'];
type Referral = components['schemas']['Referral'];

/** R-SAN-6: a tenancy's referrals to the property owner, each a case until the owner's answer is recorded. */
export function ReferralSection({ agreement }: { agreement: Agreement }) {
  const t = tekster.side;
  const referrals = agreement.referrals ?? [];
  const { open, saved, savedRef, start, close, done } = useDialogState<Referral>();
  if (agreement.kind !== 'LEASE' && referrals.length === 0) return null;
  return (
    <Section id="henvisninger-seksjon" heading={t.henvisninger}>
      <Paragraph>{t.henvisningerIngress}</Paragraph>
      {saved && <SavedAlert ref={savedRef}>{saved}</SavedAlert>}
      {referrals.length === 0 ? (
        <Paragraph>{t.ingenHenvisninger}</Paragraph>
      ) : (
        <ul className="bta-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {referrals.map((r) => (
            <li key={r.id}>
              <article aria-labelledby={`henvisning-${r.id}`} className="bta-stack">
                <Heading level={3} data-size="xs" id={`henvisning-${r.id}`}>
                  {t.henvisning(formatDate(r.referredOn))}
                </Heading>
                <Terms
                  rows={[
                    [t.henvisningStatus, henvisningStatusTekst[r.status]],
                    [t.henvistAv, r.referredBy],
                    [t.svart, formatDate(r.respondedOn)],
                    [t.gjelderFraDato, formatDate(r.effectiveOn)],
                    [
                      t.utfall,
                      r.outcome ? (
                        <span key="utfall" className="bta-pre">
                          {r.outcome}
                        </span>
                      ) : null,
                    ],
                    [t.registrertAv, r.responseRecordedBy],
                  ]}
                />
                <div className="bta-buttons">
                  {r.status === 'REFERRED' && (
                    <Button type="button" aria-haspopup="dialog" onClick={() => start(r)}>
                      {t.registrerSvar}
                    </Button>
                  )}
                  {r.sanctionId && (
                    <Link asChild>
                      <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}/reaksjoner#reaksjon-${r.sanctionId}`}>
                        {t.seHenvisningsvedtaket}
                      </RouterLink>
                    </Link>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <ActionDialog formId={open ? REFERRAL_FORM_ID : null} onClose={close}>
        {open && <ReferralResponseForm referral={open} onDone={done} onCancel={close} />}
      </ActionDialog>
    </Section>
  );
}
