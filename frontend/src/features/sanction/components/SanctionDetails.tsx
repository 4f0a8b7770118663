import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatDateTime, formatKroner } from '../../../components/format';
import { formatMonth, grunnlagTekst, klageutfallTekst, tekster } from '../tekster';
import { SanctionStatusTag } from './SanctionStatusTag';

type Sanction = components['schemas']['Sanction'];

/** The facts of one sanction as a description list; the appeal deadline stands out while it runs. */
export function SanctionDetails({ sanction }: { sanction: Sanction }) {
  const t = tekster.stige;
  const alt = sanction.alternativeAccommodation;
  return (
    <>
      {sanction.appealDeadline && !sanction.appealedOn && sanction.status !== 'REVERSED' && (
        <Alert data-color="warning">
          <Paragraph>
            <strong>
              {t.klagefrist}: {formatDate(sanction.appealDeadline)}
            </strong>
          </Paragraph>
        </Alert>
      )}
      <dl className="bta-terms">
        <dt>{t.status}</dt>
        <dd>
          <SanctionStatusTag status={sanction.status} />
        </dd>
        <dt>{t.grunnlag}</dt>
        <dd>{grunnlagTekst[sanction.ground]}</dd>
        {sanction.arrearsOre != null && (
          <>
            <dt>{tekster.detaljer.restanse}</dt>
            <dd>
              {tekster.detaljer.restanseTekst(
                formatKroner(sanction.arrearsOre),
                (sanction.arrearsMonths ?? []).map(formatMonth).join(', '),
              )}
            </dd>
          </>
        )}
        {sanction.urgent && (
          <>
            <dt>{tekster.detaljer.forhandsvarsel}</dt>
            <dd>{tekster.detaljer.hastesak}</dd>
          </>
        )}
        <dt>{t.foreslattAv}</dt>
        <dd>
          {formatDateTime(sanction.proposedAt)} av {sanction.proposedBy}
        </dd>
        {sanction.returnedAt && (
          <>
            <dt>{tekster.detaljer.sendtTilbakeAv}</dt>
            <dd>
              {formatDateTime(sanction.returnedAt)} av {sanction.returnedBy}
            </dd>
            <dt>{tekster.detaljer.tilbakeGrunn}</dt>
            <dd>{sanction.returnReason}</dd>
          </>
        )}
        {sanction.approvedAt && (
          <>
            <dt>{t.godkjentAv}</dt>
            <dd>
              {formatDateTime(sanction.approvedAt)} av {sanction.approvedBy}
            </dd>
          </>
        )}
        {sanction.exclusionFrom && (
          <>
            <dt>{t.perioden}</dt>
            <dd>
              {formatDate(sanction.exclusionFrom)}–{formatDate(sanction.exclusionTo)}
            </dd>
          </>
        )}
        {alt && (
          <>
            <dt>{t.annetBosted}</dt>
            <dd>
              {alt.place}, {formatDate(alt.from)}–{formatDate(alt.to)}
            </dd>
          </>
        )}
        {sanction.writtenGrounds && (
          <>
            <dt>{t.begrunnelse}</dt>
            <dd className="bta-pre">{sanction.writtenGrounds}</dd>
          </>
        )}
        {sanction.proportionality && (
          <>
            <dt>{t.forholdsmessighet}</dt>
            <dd className="bta-pre">{sanction.proportionality}</dd>
          </>
        )}
        {sanction.notifiedOn && (
          <>
            <dt>{t.varsletDato}</dt>
            <dd>
              {formatDate(sanction.notifiedOn)}
              {sanction.notifiedHow ? ` – ${sanction.notifiedHow}` : ''}
            </dd>
          </>
        )}
        {sanction.appealDeadline && (sanction.appealedOn || sanction.status === 'REVERSED') && (
          <>
            <dt>{t.klagefrist}</dt>
            <dd>{formatDate(sanction.appealDeadline)}</dd>
          </>
        )}
        {sanction.appealedOn && (
          <>
            <dt>{t.klagetDato}</dt>
            <dd>{formatDate(sanction.appealedOn)}</dd>
            <dt>{t.klageutfall}</dt>
            <dd>
              {sanction.appealOutcome
                ? `${klageutfallTekst[sanction.appealOutcome]}${sanction.appealOutcomeOn ? ` ${formatDate(sanction.appealOutcomeOn)}` : ''}`
                : tekster.detaljer.ikkeAvgjort}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
