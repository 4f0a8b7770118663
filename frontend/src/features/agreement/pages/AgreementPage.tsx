import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
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
import { nextStep } from '../components/nextStep';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import { DepositSection, EndSection, FollowUpSection, PeriodsSection } from '../components/AgreementSections';
import { formatPeriod } from '../components/AgreementTable';
import { ReferralSection } from '../components/ReferralSection';
import { AgreementStatusTag, FlagTags } from '../components/AgreementTags';
import { AgreementFormFor, partiesToSign } from '../form/AgreementForms';
import type { AgreementNavigationState } from '../form/NewAgreementForm';
import {
  avsluttendeHandlinger,
  betalingTekst,
  handlingFor,
  handlingTekst,
  nesteStegTekst,
  tekster,
  type AgreementAction,
} from '../tekster';
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
const n = nesteStegTekst;

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

/** R-INT-5: what still stands between the agreement and move-in; move-in itself is the next step once nothing does. */
function MoveInStatus({ agreement }: { agreement: Agreement }) {
  const missing = agreement.moveInMissing;
  return (
    <Section id="innflytting-seksjon" heading={t.innflytting} level={3}>
      {missing.length > 0 ? (
        <>
          <Heading level={4} data-size="2xs" id="mangler-tittel">
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
    </Section>
  );
}

/** The primary button's text: signing names the party that still has to sign. */
function stepLabel(action: AgreementAction, agreement: Agreement, isFagleder: boolean): string {
  if (action !== 'SIGN') return handlingFor(action, agreement.kind).knapp;
  return partiesToSign(agreement, isFagleder).includes('RESIDENT') ? n.signerBeboer : n.signerKommunen;
}

/**
 * The one next step as the primary button, with why; every other step the user may take under
 * "Flere handlinger", the ones that end the agreement set apart as danger buttons (each opens a dialog
 * to confirm in).
 */
function ActionsPanel({ agreement, onStart }: { agreement: Agreement; onStart: (action: AgreementAction) => void }) {
  const { user } = useAuth();
  const [expanded, setExpanded] = useState(false);
  const step = nextStep(agreement, user);
  const others = availableActions(agreement, user).filter((a) => a !== step.action);
  const ordinary = others.filter((a) => !avsluttendeHandlinger.includes(a));
  const ending = others.filter((a) => avsluttendeHandlinger.includes(a));
  const button = (action: AgreementAction, variant: 'primary' | 'secondary', danger = false) => (
    <Button
      key={action}
      type="button"
      variant={variant}
      data-color={danger ? 'danger' : undefined}
      aria-haspopup="dialog"
      onClick={() => onStart(action)}
    >
      {variant === 'primary' ? stepLabel(action, agreement, user.roles.includes('fagleder')) : handlingFor(action, agreement.kind).knapp}
    </Button>
  );
  return (
    <>
      <Section id="neste-steg-seksjon" heading={n.tittel}>
        <Paragraph>{n.hvorfor[step.reason]}</Paragraph>
        {step.action && <div>{button(step.action, 'primary', avsluttendeHandlinger.includes(step.action))}</div>}
        {awaitingMoveIn(agreement) && <MoveInStatus agreement={agreement} />}
      </Section>
      {others.length > 0 && (
        <section aria-labelledby="flere-handlinger-knapp" className="bta-section">
          <Heading level={2} data-size="xs">
            <Button
              type="button"
              variant="tertiary"
              id="flere-handlinger-knapp"
              aria-expanded={expanded}
              aria-controls="flere-handlinger"
              onClick={() => setExpanded((e) => !e)}
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
              {n.flere}
            </Button>
          </Heading>
          {/* rendered only while open: a class's display would override the hidden attribute */}
          <div id="flere-handlinger">
            {expanded && (
              <div className="bta-stack">
                {ordinary.length > 0 && <div className="bta-buttons">{ordinary.map((a) => button(a, 'secondary'))}</div>}
                {ending.length > 0 && (
                  <div role="group" aria-labelledby="avslutte-tittel" className="bta-stack">
                    <Heading level={3} data-size="xs" id="avslutte-tittel">
                      {n.avslutte}
                    </Heading>
                    <div className="bta-buttons">{ending.map((a) => button(a, 'secondary', true))}</div>
                  </div>
                )}
              </div>
            )}
          </div>
        </section>
      )}
    </>
  );
}

/** "På denne siden": links to the page's sections, so the page need not be read as one long scroll. */
function OnThisPage({ agreement }: { agreement: Agreement }) {
  const { notice, moveOut } = agreement;
  const sections: [string, string, boolean][] = [
    ['avtalen-seksjon', t.avtalen, true],
    ['perioder-seksjon', t.perioder, true],
    ['oppfolging-seksjon', t.oppfolging, true],
    ['depositum-seksjon', t.depositum, true],
    ['henvisninger-seksjon', t.henvisninger, agreement.kind === 'LEASE' || (agreement.referrals ?? []).length > 0],
    ['slutt-seksjon', t.slutt, Boolean(notice || moveOut || agreement.endedOn)],
    ['lenker-seksjon', n.lenker, true],
    ['historikk-seksjon', t.historikk, true],
  ];
  return (
    <nav aria-label={n.paSiden} className="bta-case-tabs">
      <ul>
        {sections
          .filter(([, , shown]) => shown)
          .map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
      </ul>
    </nav>
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

  const warnings = [...new Set([...(saved?.warnings ?? []), ...agreement.warnings])];
  const s = agreement.signatures;
  const betaling = betalingTekst(agreement.kind);

  return (
    <>
      {back}
      <PageHeading>{t.tittel(agreement.person.name)}</PageHeading>
      <Paragraph>
        {t.status}: <AgreementStatusTag status={agreement.status} />
      </Paragraph>
      {agreement.endedOn && <ResidentAccessNotice personId={agreement.person.id} />}
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
      <ActionsPanel agreement={agreement} onStart={start} />
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
      <OnThisPage agreement={agreement} />
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
            [betaling.na, `${formatKroner(agreement.monthlyFeeOre)} i måneden`],
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
      <PeriodsSection agreement={agreement} />
      <FollowUpSection agreement={agreement} />
      <DepositSection agreement={agreement} />
      <ReferralSection agreement={agreement} />
      <EndSection agreement={agreement} />
      <Section id="lenker-seksjon" heading={n.lenker}>
        <ul className="bta-plain-list bta-stack">
          {canOpenLedger(user) && (
            <li>
              <Link asChild>
                <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}/reskontro`} state={{ name: agreement.person.name }}>
                  {tekster.side.reskontro}
                </RouterLink>
              </Link>
            </li>
          )}
          {canOpenSanctions(user) && (
            <li>
              <PersonCaseLink personId={agreement.person.id} name={agreement.person.name} tab="reaksjoner">
                {tekster.side.reaksjoner}
              </PersonCaseLink>
            </li>
          )}
          <li>
            <PersonCaseLink personId={agreement.person.id} name={agreement.person.name}>
              {tekster.person.personside}
            </PersonCaseLink>
          </li>
          {canOpenAssessments(user) && (
            <li>
              <Link asChild>
                <RouterLink
                  to={`/beboere/${encodeURIComponent(agreement.person.id)}/kartlegging`}
                  state={{ name: agreement.person.name, agreementId: agreement.id }}
                >
                  {tekster.side.kartlegging}
                </RouterLink>
              </Link>
            </li>
          )}
        </ul>
        <InnsynLink
          personId={agreement.person.id}
          name={agreement.person.name}
          back={{ to: `/avtaler/${encodeURIComponent(agreement.id)}`, text: t.tilbakeTilAvtalen }}
        />
      </Section>
      <Section id="historikk-seksjon" heading={t.historikk}>
        <Timeline entries={agreement.timeline} />
      </Section>
    </>
  );
}
