import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { useAuth } from '../../../auth/AuthContext';
import { canOpenAssessments, canOpenLedger, canOpenSanctions } from '../../../auth/roles';
import { ActionDialog } from '../../../components/ActionDialog';
import { formatDate, formatKroner } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Timeline } from '../../../components/Timeline';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useAgreement } from '../../../shared/agreement/api/useAgreement';
import { useDownloadAgreementDocument } from '../api/useDownloadAgreementDocument';
import { availableActions, awaitingMoveIn } from '../components/agreementActions';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { DepositSection, EndSection, FollowUpSection, PeriodsSection } from '../components/AgreementSections';
import { formatPeriod } from '../components/AgreementTable';
import { ReferralSection } from '../components/ReferralSection';
import { AgreementStatusTag, FlagTags } from '../components/AgreementTags';
import { AgreementFormFor } from '../form/AgreementForms';
import type { AgreementNavigationState } from '../form/NewAgreementForm';
import { handlingTekst, tekster, type AgreementAction } from '../tekster';
import { agreementKindTekst } from '../../../shared/facility/tekster';
import { SavedAlert } from '../../../components/SavedAlert';
import { useDialogState } from '../../../components/useDialogState';
import { ResidentAccessNotice } from '../../../shared/person/components/PersonAccessNotice';
import { Breadcrumbs, menuCrumb } from '../../../components/Breadcrumbs';
import { personCrumbs } from '../../../shared/person/caseView';
import { PersonCaseLink } from '../../../shared/person/components/PersonCaseLink';
import { InnsynLink } from '../../../shared/person/components/InnsynLink';

type Agreement = components['schemas']['Agreement'];

const t = tekster.side;

function DownloadButton({ agreementId }: { agreementId: string }) {
  const download = useDownloadAgreementDocument(agreementId);
  return (
    <div className="bta-stack">
      <div>
        <Button
          type="button"
          variant="secondary"
          loading={download.isPending}
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {download.isPending ? t.pdfHenter : t.pdf}
        </Button>
      </div>
      {download.error && <ProblemAlert error={download.error} heading={t.pdfFeil} />}
    </div>
  );
}

/** R-INT-5: what still stands between the agreement and move-in, and the move-in button. */
function MoveInPanel({ agreement, onOpen }: { agreement: Agreement; onOpen: () => void }) {
  const missing = agreement.moveInMissing;
  return (
    <Section id="innflytting-seksjon" heading={t.innflytting}>
      {missing.length > 0 ? (
        <>
          <Heading level={3} data-size="xs" id="mangler-tittel">
            {t.mangler}
          </Heading>
          <ul aria-labelledby="mangler-tittel" id="mangler-liste">
            {missing.map((m) => (
              <li key={m}>{m.charAt(0).toUpperCase() + m.slice(1)}</li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t.klarForInnflytting}</Paragraph>
      )}
      <div>
        <Button
          type="button"
          aria-haspopup="dialog"
          disabled={missing.length > 0}
          aria-describedby={missing.length > 0 ? 'mangler-liste' : undefined}
          onClick={onOpen}
        >
          {handlingTekst.MOVE_IN.knapp}
        </Button>
      </div>
    </Section>
  );
}

/**
 * The agreement this one replaced (R-FAC-3), linked only while the user may still open it: it ended
 * at the conversion, and after the follow-up window the API answers 404 (R-ACC-3).
 */
function PredecessorLink({ predecessorId }: { predecessorId: string }) {
  const predecessor = useAgreement(predecessorId);
  if (!predecessor.data) return null;
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={`/avtaler/${encodeURIComponent(predecessorId)}`}>
          {t.erstatter} {predecessorId.slice(0, 8)}
        </RouterLink>
      </Link>
    </Paragraph>
  );
}

/** One agreement: parties, unit, periods, follow-up, deposit, the steps that fit its status, and the timeline. */
export function AgreementPage() {
  const { agreementId = '' } = useParams();
  const { user } = useAuth();
  const location = useLocation();
  const arrived = (location.state ?? {}) as AgreementNavigationState;
  const { data: agreement, error, isPending } = useAgreement(agreementId);
  const { open, saved, savedRef, start, close, done } = useDialogState<AgreementAction, { message: string; warnings: string[] }>({
    initialSaved: arrived.message ? { message: arrived.message, warnings: arrived.warnings ?? [] } : null,
    keepSavedOnOpen: true,
  });
  useDocumentTitle(agreement ? t.tittel(agreement.person.name) : tekster.side.avtale);

  const person = agreement?.person;
  const back = (
    <Breadcrumbs
      crumbs={[
        ...(person ? personCrumbs(user, person.id, person.name, '/avtaler') : [menuCrumb('/avtaler')]),
        { label: tekster.side.avtale },
      ]}
    />
  );

  if (isPending || error) {
    return (
      <>
        {back}
        <PageHeading>{tekster.side.avtale}</PageHeading>
        {isPending ? <Loading text={tekster.side.henter} /> : <ProblemAlert error={error} heading={t.feil} />}
      </>
    );
  }

  const actions = availableActions(agreement, user);
  const warnings = [...new Set([...(saved?.warnings ?? []), ...agreement.warnings])];
  const s = agreement.signatures;

  return (
    <>
      {back}
      <PageHeading>{t.tittel(agreement.person.name)}</PageHeading>
      <Paragraph>
        {t.status}: <AgreementStatusTag status={agreement.status} />
      </Paragraph>
      {agreement.endedOn && <ResidentAccessNotice personId={agreement.person.id} />}
      {canOpenLedger(user) && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}/reskontro`} state={{ name: agreement.person.name }}>
              {tekster.side.reskontro}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
      {canOpenSanctions(user) && (
        <Paragraph>
          <PersonCaseLink personId={agreement.person.id} name={agreement.person.name} tab="reaksjoner">
            {tekster.side.reaksjoner}
          </PersonCaseLink>
        </Paragraph>
      )}
      <Paragraph>
        <PersonCaseLink personId={agreement.person.id} name={agreement.person.name}>
          {tekster.person.personside}
        </PersonCaseLink>
      </Paragraph>
      {canOpenAssessments(user) && (
        <Paragraph>
          <Link asChild>
            <RouterLink
              to={`/beboere/${encodeURIComponent(agreement.person.id)}/kartlegging`}
              state={{ name: agreement.person.name, agreementId: agreement.id }}
            >
              {tekster.side.kartlegging}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
      <InnsynLink
        personId={agreement.person.id}
        name={agreement.person.name}
        back={{ to: `/avtaler/${encodeURIComponent(agreement.id)}`, text: t.tilbakeTilAvtalen }}
      />
      {agreement.flags.length > 0 && (
        <div className="bta-stack" aria-label={t.merknader} role="group">
          <FlagTags flags={agreement.flags} />
        </div>
      )}
      {saved && <SavedAlert ref={savedRef}>{saved.message}</SavedAlert>}
      {warnings.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t.advarsler}
          </Heading>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      {agreement.predecessorId && <PredecessorLink predecessorId={agreement.predecessorId} />}
      <Section id="avtalen-seksjon" heading={t.avtalen}>
        <Terms
          rows={[
            [t.beboer, `${agreement.person.name} (${agreement.person.nationalIdMasked})`],
            [
              t.botiltak,
              <Link asChild key="botiltak">
                <RouterLink to={`/botiltak/${encodeURIComponent(agreement.facilityId)}`}>
                  {agreement.facilityName}, {agreement.unitLabel}
                </RouterLink>
              </Link>,
            ],
            [t.avtaleform, agreementKindTekst[agreement.kind]],
            [t.periode, formatPeriod(agreement.startDate, agreement.endDate)],
            [t.egenbetaling, `${formatKroner(agreement.monthlyFeeOre)} i måneden`],
            [
              t.signaturer,
              <ul key="signaturer">
                <li>Beboeren: {s.residentSignedOn ? `signert ${formatDate(s.residentSignedOn)}` : t.ikkeSignert}</li>
                <li>
                  Kommunen:{' '}
                  {s.municipalitySignedOn
                    ? `signert ${formatDate(s.municipalitySignedOn)}${s.municipalitySignedBy ? ` av ${s.municipalitySignedBy}` : ''}`
                    : t.ikkeSignert}
                </li>
              </ul>,
            ],
            ['Innflyttet', formatDate(agreement.movedInOn)],
          ]}
        />
        <DownloadButton agreementId={agreement.id} />
      </Section>
      {awaitingMoveIn(agreement) && <MoveInPanel agreement={agreement} onOpen={() => start('MOVE_IN')} />}
      {actions.length > 0 && (
        <Section id="handlinger-seksjon" heading={t.handlinger}>
          <div className="bta-buttons">
            {actions.map((action) => (
              <Button
                key={action}
                type="button"
                variant={action === 'SIGN' ? 'primary' : 'secondary'}
                aria-haspopup="dialog"
                onClick={() => start(action)}
              >
                {handlingTekst[action].knapp}
              </Button>
            ))}
          </div>
        </Section>
      )}
      <ActionDialog formId={open ? handlingTekst[open].id : null} onClose={close}>
        {open && (
          <AgreementFormFor
            key={open}
            action={open}
            agreement={agreement}
            onCancel={close}
            onDone={(message, result) => done({ message, warnings: result.warnings })}
          />
        )}
      </ActionDialog>
      <PeriodsSection agreement={agreement} />
      <FollowUpSection agreement={agreement} />
      <DepositSection agreement={agreement} />
      <ReferralSection agreement={agreement} />
      <EndSection agreement={agreement} />
      <Section id="historikk-seksjon" heading={t.historikk}>
        <Timeline entries={agreement.timeline} />
      </Section>
    </>
  );
}
