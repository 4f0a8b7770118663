import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatDays, formatKroner } from '../../../components/format';
import { Section } from '../../../components/Section';
import { Terms } from '../../../components/Terms';
import {
  betalingTekst,
  destinasjonTekst,
  ipTekst,
  moteTekst,
  oppsigelsesgrunnlagTekst,
  partTekst,
  sluttgrunnTekst,
  tekster,
} from '../tekster';
import { formatPeriod } from './AgreementTable';

type Agreement = components['schemas']['Agreement'];

const t = tekster.side;

/** The period chain (first period, renewals) with evaluations, fee history, notice and rule version. */
export function PeriodsSection({ agreement }: { agreement: Agreement }) {
  const periods = [...agreement.periods].sort((a, b) => a.seq - b.seq);
  const fees = [...agreement.fees].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const betaling = betalingTekst(agreement.kind);
  return (
    <Section id="perioder-seksjon" heading={t.perioder}>
      <ol className="bta-timeline" aria-label={t.periodeliste}>
        {periods.map((p) => (
          <li key={p.seq}>
            {p.seq === 1 ? t.forstePeriode : t.fornyelse(p.seq - 1)}: {formatPeriod(p.fromDate, p.toDate)}
          </li>
        ))}
      </ol>
      {/* R-AGR-1: evaluation meetings belong to a BTA; a tenancy has none. */}
      {agreement.kind === 'BTA' && (
        <>
          <Heading level={3} data-size="xs">
            {t.evalueringer}
          </Heading>
          {agreement.evaluations.length === 0 ? (
            <Paragraph>{t.ingenEvalueringer}</Paragraph>
          ) : (
            <ul>
              {agreement.evaluations.map((e, i) => (
                <li key={`${e.heldOn}-${i}`}>
                  {formatDate(e.heldOn)} ({e.createdBy}): <span className="bta-pre">{e.summary}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <Heading level={3} data-size="xs">
        {betaling.historikk}
      </Heading>
      <ul>
        {fees.map((f) => (
          <li key={f.effectiveFrom}>
            {t.egenbetalingFra(formatDate(f.effectiveFrom), formatKroner(f.monthlyFeeOre), f.notifiedOn ? formatDate(f.notifiedOn) : null)}
          </li>
        ))}
      </ul>
      <Terms
        rows={[
          [betaling.dekker, agreement.feeIncludes.join(', ')],
          [t.oppsigelsestid, formatDays(agreement.noticeDays)],
          [t.regelversjon, agreement.rulesVersion ? t.regelversjonTekst(agreement.rulesVersion) : t.regelversjonUtkast],
          [t.opphold, agreement.continuousStayDays != null ? formatDays(agreement.continuousStayDays) : null],
        ]}
      />
    </Section>
  );
}

export function FollowUpSection({ agreement }: { agreement: Agreement }) {
  const f = agreement.followUp;
  const group = f.responsibilityGroup ?? [];
  const meetings = f.meetings ?? [];
  return (
    <Section id="oppfolging-seksjon" heading={t.oppfolging}>
      <Terms
        rows={[
          [
            t.primaerkontakt,
            f.primaryContact
              ? `${f.primaryContact}${f.primaryContactAppointedBy ? t.oppnevntAv(f.primaryContactAppointedBy) : ''}`
              : t.ikkeOppnevnt,
          ],
          [t.ip, f.individualPlan ? ipTekst[f.individualPlan] : t.ikkeSvart],
        ]}
      />
      {f.individualPlan === 'DECLINED' && (
        <>
          <Heading level={3} data-size="xs">
            {t.samarbeid}
          </Heading>
          <Terms
            rows={[
              [t.mal, f.cooperationGoals],
              [t.behov, f.cooperationNeeds],
              [t.personalet, f.cooperationStaffProvide],
            ]}
          />
        </>
      )}
      <Heading level={3} data-size="xs">
        {t.ansvarsgruppe}
      </Heading>
      {group.length === 0 ? (
        <Paragraph>{t.ingenAnsvarsgruppe}</Paragraph>
      ) : (
        <ul>
          {group.map((m, i) => (
            <li key={`${m.name}-${i}`}>
              {m.name} – {m.represents}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} data-size="xs">
        {t.moter}
      </Heading>
      {meetings.length === 0 ? (
        <Paragraph>{t.ingenMoter}</Paragraph>
      ) : (
        <ul>
          {meetings.map((m, i) => (
            <li key={`${m.heldOn}-${i}`}>
              {formatDate(m.heldOn)}: {moteTekst[m.kind]} ({m.createdBy}){m.note ? ` – ${m.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function DepositSection({ agreement }: { agreement: Agreement }) {
  const d = agreement.deposit;
  const kr = (ore: number | null | undefined) => (ore != null ? formatKroner(ore) : null);
  return (
    <Section id="depositum-seksjon" heading={t.depositum}>
      <Terms
        rows={[
          [t.belop, kr(d.amountOre) ?? t.ikkeRegistrert],
          [t.betalt, formatDate(d.paidOn)],
          [t.tilbakebetalt, formatDate(d.returnedOn)],
          [t.holdtTilbake, d.withheldOre ? `${kr(d.withheldOre)}${d.withheldReason ? ` – ${d.withheldReason}` : ''}` : null],
          [t.forsikring, formatDate(d.insuranceInformedOn)],
        ]}
      />
    </Section>
  );
}

/**
 * Notice, move-out and how the agreement ended, once any of it has happened; a notice by the municipality links
 * to the termination decision behind it (R-SAN-12), a voided agreement says why (R-AGR-9).
 */
export function EndSection({ agreement }: { agreement: Agreement }) {
  const { notice, moveOut } = agreement;
  const decision = notice?.decisionId ? (
    <Link asChild key="vedtak">
      <RouterLink to={`/avtaler/${encodeURIComponent(agreement.id)}/reaksjoner#reaksjon-${notice.decisionId}`}>{t.seVedtaket}</RouterLink>
    </Link>
  ) : null;
  if (!notice && !moveOut && !agreement.endedOn) return null;
  return (
    <Section id="slutt-seksjon" heading={t.slutt}>
      <Terms
        rows={[
          [
            t.oppsagt,
            notice
              ? t.oppsagtAv(partTekst[notice.givenBy], formatDate(notice.givenOn), formatDate(notice.effectiveOn), notice.reason)
              : null,
          ],
          ...(decision ? [[t.vedtak, decision] as [string, React.ReactNode]] : []),
          [
            t.utflyttet,
            moveOut
              ? t.flyttetTil(
                  formatDate(moveOut.movedOutOn),
                  destinasjonTekst[moveOut.destination],
                  oppsigelsesgrunnlagTekst[moveOut.terminationGround],
                )
              : null,
          ],
          [
            t.avsluttet,
            agreement.endedOn
              ? `${formatDate(agreement.endedOn)}${agreement.endReason ? ` – ${sluttgrunnTekst[agreement.endReason]}` : ''}`
              : null,
          ],
          ...(agreement.voidReason ? [[t.annullert, agreement.voidReason] as [string, React.ReactNode]] : []),
        ]}
      />
    </Section>
  );
}
