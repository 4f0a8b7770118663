import { Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatDateTime } from '../../../components/format';
import { Section } from '../../../components/Section';
import { formatBirth } from '../../../shared/person/access';
import { kjonnTekst } from '../../../shared/person/tekster';
import { deltakerTekst, lovgrunnlagTekst, svarTekst, tekster } from '../tekster';

type Intake = components['schemas']['Intake'];

const orDash = (value: string | null | undefined) => (value && value.trim() ? value : '–');

interface Props {
  intake: Intake;
  facilityNames: Map<string, string>;
  /**
   * ESIKT's queue view (R-ACC-3): the API leaves out the number, the birth date, the assessment, the
   * needs and the decision; HVK's summary stands in for the assessment.
   */
  queueView?: boolean;
}

/** Everything recorded on the application that the reader gets, section by section. */
export function IntakeDetails({ intake, facilityNames, queueView = false }: Props) {
  const t = tekster.side;
  const { person, allocation, orientation, decision } = intake;
  const facilityName = (id: string) => facilityNames.get(id) ?? id;
  return (
    <>
      <Section id="soker-tittel" heading={t.soker}>
        <dl className="bta-terms">
          <dt>{tekster.detaljer.navn}</dt>
          <dd>{person.name}</dd>
          {person.nationalIdMasked && (
            <>
              <dt>{tekster.detaljer.fodselsnummer}</dt>
              <dd>{person.nationalIdMasked}</dd>
            </>
          )}
          <dt>{person.birthDate ? tekster.detaljer.fodselsdato : tekster.detaljer.fodselsar}</dt>
          <dd>{formatBirth(person)}</dd>
          <dt>{tekster.detaljer.kjonn}</dt>
          <dd>{kjonnTekst[person.sex]}</dd>
        </dl>
      </Section>

      <Section id="soknaden-tittel" heading={t.soknaden}>
        <dl className="bta-terms">
          <dt>{tekster.detaljer.mottatt}</dt>
          <dd>{formatDate(intake.receivedOn)}</dd>
          <dt>{tekster.detaljer.saksbehandler}</dt>
          <dd>{intake.caseworker}</dd>
          {queueView ? (
            <>
              <dt>{tekster.detaljer.sammendragFraHvk}</dt>
              <dd className="bta-pre">{intake.assessmentSummary?.trim() ? intake.assessmentSummary : tekster.detaljer.ingenSammendrag}</dd>
            </>
          ) : (
            <>
              <dt>{tekster.detaljer.vurdering}</dt>
              <dd className="bta-pre">{intake.assessment}</dd>
              {intake.assessmentSummary && (
                <>
                  <dt>{tekster.detaljer.sammendrag}</dt>
                  <dd className="bta-pre">{intake.assessmentSummary}</dd>
                </>
              )}
              <dt>{tekster.detaljer.behov}</dt>
              <dd className="bta-pre">{orDash(intake.needs)}</dd>
            </>
          )}
          <dt>{tekster.detaljer.onsker}</dt>
          <dd className="bta-pre">{orDash(intake.wishes)}</dd>
          <dt>{tekster.detaljer.onskedeBotiltak}</dt>
          <dd>{intake.facilityWishes.length > 0 ? intake.facilityWishes.map(facilityName).join(', ') : '–'}</dd>
          <dt>{tekster.detaljer.utleiebolig}</dt>
          <dd>{intake.hasRentalHousingDecision ? tekster.detaljer.utleieboligJa : tekster.detaljer.nei}</dd>
          <dt>{tekster.detaljer.prioritet}</dt>
          <dd>
            {intake.priority != null ? (
              <>
                {intake.priority}
                {intake.priority === 1 ? tekster.detaljer.hoyest : ''}
                {intake.priorityReason && (
                  <>
                    <br />
                    <span className="bta-subtle">{intake.priorityReason}</span>
                  </>
                )}
              </>
            ) : (
              tekster.detaljer.ikkePrioritert
            )}
          </dd>
          {intake.informedOn && (
            <>
              <dt>{tekster.detaljer.informert}</dt>
              <dd>{formatDate(intake.informedOn)}</dd>
            </>
          )}
          {intake.closedReason && (
            <>
              <dt>{tekster.detaljer.avslutning}</dt>
              <dd>{intake.closedReason}</dd>
            </>
          )}
          {intake.movedInOn && (
            <>
              <dt>{tekster.detaljer.flyttetInn}</dt>
              <dd>{formatDate(intake.movedInOn)}</dd>
            </>
          )}
        </dl>
      </Section>

      {allocation && (
        <Section id="tildeling-visning-tittel" heading={t.tildeling}>
          <dl className="bta-terms">
            <dt>{tekster.detaljer.botiltak}</dt>
            <dd>{allocation.facilityName}</dd>
            <dt>{tekster.detaljer.boenhet}</dt>
            <dd>{allocation.unitLabel}</dd>
            <dt>{tekster.detaljer.fraDato}</dt>
            <dd>{formatDate(allocation.fromDate)}</dd>
            <dt>{tekster.detaljer.avtaltMed}</dt>
            <dd>{allocation.coordinator}</dd>
            {allocation.overrideReason && (
              <>
                <dt>{tekster.detaljer.utenforMalgruppe}</dt>
                <dd>{allocation.overrideReason}</dd>
              </>
            )}
            <dt>{tekster.detaljer.tildelt}</dt>
            <dd>{tekster.detaljer.av(formatDateTime(allocation.createdAt), allocation.createdBy)}</dd>
          </dl>
        </Section>
      )}

      {orientation && (
        <Section id="orientering-visning-tittel" heading={t.orientering}>
          <dl className="bta-terms">
            {orientation.scheduledAt && (
              <>
                <dt>{tekster.detaljer.planlagt}</dt>
                <dd>{formatDateTime(orientation.scheduledAt)}</dd>
              </>
            )}
            {orientation.heldOn && (
              <>
                <dt>{tekster.detaljer.holdt}</dt>
                <dd>{formatDate(orientation.heldOn)}</dd>
                <dt>{tekster.detaljer.deltakere}</dt>
                <dd>{orientation.participants.map((p) => deltakerTekst[p]).join(', ') || '–'}</dd>
              </>
            )}
            {orientation.applicantAnswer && (
              <>
                <dt>{tekster.detaljer.svar}</dt>
                <dd>{svarTekst[orientation.applicantAnswer]}</dd>
              </>
            )}
            {orientation.declineReason && (
              <>
                <dt>{tekster.detaljer.hvorforNei}</dt>
                <dd>{orientation.declineReason}</dd>
              </>
            )}
          </dl>
        </Section>
      )}

      {decision && (
        <Section id="vedtak-visning-tittel" heading={t.vedtak}>
          <Paragraph>{t.vedtakVarighet}</Paragraph>
          <dl className="bta-terms">
            <dt>{tekster.detaljer.vedtaksdato}</dt>
            <dd>{formatDate(decision.decisionDate)}</dd>
            <dt>{tekster.detaljer.omfang}</dt>
            <dd className="bta-pre">{decision.scope}</dd>
            <dt>{tekster.detaljer.lovgrunnlag}</dt>
            <dd>
              <ul>
                {decision.legalBasis.map((basis) => (
                  <li key={basis}>{lovgrunnlagTekst[basis]}</li>
                ))}
              </ul>
            </dd>
            <dt>{tekster.detaljer.revurderes}</dt>
            <dd>{decision.reassessBy ? formatDate(decision.reassessBy) : tekster.detaljer.ikkeSatt}</dd>
            <dt>{tekster.detaljer.fattet}</dt>
            <dd>{tekster.detaljer.av(formatDateTime(decision.createdAt), decision.createdBy)}</dd>
          </dl>
        </Section>
      )}
    </>
  );
}
