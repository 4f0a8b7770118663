import type { components } from '../../../api/schema.gen';
import { formatDays, formatKroner } from '../../../components/format';
import { entryGroundTekst, substancePolicyTekst } from '../tekster';
import { agreementKindTekst, sexTekst } from '../../../shared/facility/tekster';

type Facility = components['schemas']['Facility'];
type TargetGroup = components['schemas']['TargetGroup'];

function targetGroupDetails(group: TargetGroup): string {
  const sexes = group.sexes.map((s) => sexTekst[s]).join(' og ');
  const { minAge, maxAge } = group;
  const age =
    minAge != null && maxAge != null
      ? `${minAge}–${maxAge} år`
      : minAge != null
        ? `fra ${minAge} år`
        : maxAge != null
          ? `til og med ${maxAge} år`
          : '';
  const details = [sexes && `Kjønn: ${sexes}`, age && `alder: ${age}`].filter(Boolean).join(', ');
  return details ? `${details}.` : '';
}

/** The facility's terms (R-FAC-1) as a description list. */
export function FacilityTerms({ facility }: { facility: Facility }) {
  const isLease = facility.agreementKind === 'LEASE';
  return (
    <dl className="bta-terms">
      <dt>Avtaletype</dt>
      <dd>{agreementKindTekst[facility.agreementKind]}</dd>

      <dt>Målgruppe</dt>
      <dd>
        {facility.targetGroup.description}
        {targetGroupDetails(facility.targetGroup) && (
          <>
            <br />
            <span className="bta-subtle">{targetGroupDetails(facility.targetGroup)}</span>
          </>
        )}
      </dd>

      <dt>Rusmidler</dt>
      <dd>
        {substancePolicyTekst[facility.substancePolicy]}
        {facility.substancePolicyNote && (
          <>
            <br />
            <span className="bta-subtle">{facility.substancePolicyNote}</span>
          </>
        )}
      </dd>

      <dt>{isLease ? 'Husleie per måned' : 'Egenbetaling per måned'}</dt>
      <dd>{formatKroner(facility.monthlyFeeOre)}</dd>

      <dt>Inkludert i {isLease ? 'husleien' : 'egenbetalingen'}</dt>
      <dd>
        {facility.feeIncludes.length > 0 ? (
          <ul>
            {facility.feeIncludes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          'Ikke oppgitt'
        )}
      </dd>

      <dt>Oppsigelsestid</dt>
      <dd>
        {formatDays(facility.noticeDays)}
        {isLease && <span className="bta-subtle"> (husleieloven gjelder)</span>}
      </dd>

      <dt>Bortvisning</dt>
      <dd>
        {facility.exclusionDays != null
          ? formatDays(facility.exclusionDays)
          : 'Ikke aktuelt – bortvisning er ikke lovlig i et husleieforhold'}
      </dd>

      <dt>Lengste sammenhengende opphold</dt>
      <dd>{facility.maxContinuousStayDays != null ? formatDays(facility.maxContinuousStayDays) : 'Ingen grense satt'}</dd>

      <dt>Når personalet kan gå inn i boenheten</dt>
      <dd>
        {facility.entryGrounds.length > 0 ? (
          <ul>
            {facility.entryGrounds.map((ground) => (
              <li key={ground}>{entryGroundTekst[ground]}</li>
            ))}
          </ul>
        ) : (
          'Ingen grunnlag registrert'
        )}
      </dd>
    </dl>
  );
}
