import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatDateTime } from '../../../components/format';
import { kjonnTekst } from '../../../shared/person/tekster';
import { deltakerTekst, lovgrunnlagTekst, svarTekst, tekster } from '../tekster';

type Intake = components['schemas']['Intake'];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="bta-section">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

const orDash = (value: string | null | undefined) => (value && value.trim() ? value : '–');

/** Everything recorded on the application, section by section. */
export function IntakeDetails({ intake, facilityNames }: { intake: Intake; facilityNames: Map<string, string> }) {
  const t = tekster.side;
  const { person, allocation, orientation, decision } = intake;
  const facilityName = (id: string) => facilityNames.get(id) ?? id;
  return (
    <>
      <Section id="soker-tittel" title={t.soker}>
        <dl className="bta-terms">
          <dt>Navn</dt>
          <dd>{person.name}</dd>
          <dt>Fødselsnummer</dt>
          <dd>{person.nationalIdMasked}</dd>
          <dt>Fødselsdato</dt>
          <dd>{formatDate(person.birthDate)}</dd>
          <dt>Kjønn</dt>
          <dd>{kjonnTekst[person.sex]}</dd>
        </dl>
      </Section>

      <Section id="soknaden-tittel" title={t.soknaden}>
        <dl className="bta-terms">
          <dt>Mottatt</dt>
          <dd>{formatDate(intake.receivedOn)}</dd>
          <dt>Saksbehandler</dt>
          <dd>{intake.caseworker}</dd>
          <dt>Faglig vurdering</dt>
          <dd className="bta-pre">{intake.assessment}</dd>
          <dt>Behov</dt>
          <dd className="bta-pre">{orDash(intake.needs)}</dd>
          <dt>Ønsker</dt>
          <dd className="bta-pre">{orDash(intake.wishes)}</dd>
          <dt>Ønskede botiltak</dt>
          <dd>{intake.facilityWishes.length > 0 ? intake.facilityWishes.map(facilityName).join(', ') : '–'}</dd>
          <dt>Vedtak om kommunal utleiebolig</dt>
          <dd>{intake.hasRentalHousingDecision ? 'Ja – søkeren står fortsatt på listen for kommunal utleiebolig' : 'Nei'}</dd>
          <dt>Prioritet</dt>
          <dd>
            {intake.priority != null ? (
              <>
                {intake.priority}
                {intake.priority === 1 ? ' (høyest)' : ''}
                {intake.priorityReason && (
                  <>
                    <br />
                    <span className="bta-subtle">{intake.priorityReason}</span>
                  </>
                )}
              </>
            ) : (
              'Ikke prioritert ennå'
            )}
          </dd>
          {intake.informedOn && (
            <>
              <dt>Søkeren informert</dt>
              <dd>{formatDate(intake.informedOn)}</dd>
            </>
          )}
          {intake.closedReason && (
            <>
              <dt>Begrunnelse for avslutning</dt>
              <dd>{intake.closedReason}</dd>
            </>
          )}
          {intake.movedInOn && (
            <>
              <dt>Flyttet inn</dt>
              <dd>{formatDate(intake.movedInOn)}</dd>
            </>
          )}
        </dl>
      </Section>

      {allocation && (
        <Section id="tildeling-visning-tittel" title={t.tildeling}>
          <dl className="bta-terms">
            <dt>Botiltak</dt>
            <dd>{allocation.facilityName}</dd>
            <dt>Boenhet</dt>
            <dd>{allocation.unitLabel}</dd>
            <dt>Fra dato</dt>
            <dd>{formatDate(allocation.fromDate)}</dd>
            <dt>Avtalt med (bokoordinator)</dt>
            <dd>{allocation.coordinator}</dd>
            {allocation.overrideReason && (
              <>
                <dt>Begrunnelse for å tildele utenfor målgruppen</dt>
                <dd>{allocation.overrideReason}</dd>
              </>
            )}
            <dt>Tildelt</dt>
            <dd>
              {formatDateTime(allocation.createdAt)} av {allocation.createdBy}
            </dd>
          </dl>
        </Section>
      )}

      {orientation && (
        <Section id="orientering-visning-tittel" title={t.orientering}>
          <dl className="bta-terms">
            {orientation.scheduledAt && (
              <>
                <dt>Planlagt</dt>
                <dd>{formatDateTime(orientation.scheduledAt)}</dd>
              </>
            )}
            {orientation.heldOn && (
              <>
                <dt>Holdt</dt>
                <dd>{formatDate(orientation.heldOn)}</dd>
                <dt>Deltakere</dt>
                <dd>{orientation.participants.map((p) => deltakerTekst[p]).join(', ') || '–'}</dd>
              </>
            )}
            {orientation.applicantAnswer && (
              <>
                <dt>Søkerens svar</dt>
                <dd>{svarTekst[orientation.applicantAnswer]}</dd>
              </>
            )}
            {orientation.declineReason && (
              <>
                <dt>Hvorfor søkeren takket nei</dt>
                <dd>{orientation.declineReason}</dd>
              </>
            )}
          </dl>
        </Section>
      )}

      {decision && (
        <Section id="vedtak-visning-tittel" title={t.vedtak}>
          <Paragraph>{t.vedtakVarighet}</Paragraph>
          <dl className="bta-terms">
            <dt>Vedtaksdato</dt>
            <dd>{formatDate(decision.decisionDate)}</dd>
            <dt>Omfang</dt>
            <dd className="bta-pre">{decision.scope}</dd>
            <dt>Lovgrunnlag</dt>
            <dd>
              <ul>
                {decision.legalBasis.map((basis) => (
                  <li key={basis}>{lovgrunnlagTekst[basis]}</li>
                ))}
              </ul>
            </dd>
            <dt>Revurderes innen</dt>
            <dd>{decision.reassessBy ? formatDate(decision.reassessBy) : 'Ikke satt'}</dd>
            <dt>Fattet</dt>
            <dd>
              {formatDateTime(decision.createdAt)} av {decision.createdBy}
            </dd>
          </dl>
        </Section>
      )}
    </>
  );
}
