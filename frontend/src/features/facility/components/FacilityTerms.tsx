import type { components } from '../../../api/schema.gen';
import { formatDays, formatKroner } from '../../../components/format';
import { entryGroundTekst, substancePolicyTekst, tekster } from '../tekster';
import { agreementKindTekst, sexTekst } from '../../../shared/facility/tekster';

type Facility = components['schemas']['Facility'];
type TargetGroup = components['schemas']['TargetGroup'];

function targetGroupDetails(group: TargetGroup): string {
  const sexes = group.sexes.map((s) => sexTekst[s]).join(' og ');
  const { minAge, maxAge } = group;
  const age =
    minAge != null && maxAge != null
      ? tekster.vilkar.aldersspenn(minAge, maxAge)
      : minAge != null
        ? tekster.vilkar.fraAlder(minAge)
        : maxAge != null
          ? tekster.vilkar.tilAlder(maxAge)
          : '';
  const details = [sexes && tekster.vilkar.kjonn(sexes), age && tekster.vilkar.alder(age)].filter(Boolean).join(', ');
  return details ? `${details}.` : '';
}

/** The facility's terms (R-FAC-1) as a description list. */
export function FacilityTerms({ facility }: { facility: Facility }) {
  const isLease = facility.agreementKind === 'LEASE';
  return (
    <dl className="bta-terms">
      <dt>{tekster.vilkar.avtaletype}</dt>
      <dd>{agreementKindTekst[facility.agreementKind]}</dd>

      <dt>{tekster.vilkar.malgruppe}</dt>
      <dd>
        {facility.targetGroup.description}
        {targetGroupDetails(facility.targetGroup) && (
          <>
            <br />
            <span className="bta-subtle">{targetGroupDetails(facility.targetGroup)}</span>
          </>
        )}
      </dd>

      <dt>{tekster.vilkar.rusmidler}</dt>
      <dd>
        {substancePolicyTekst[facility.substancePolicy]}
        {facility.substancePolicyNote && (
          <>
            <br />
            <span className="bta-subtle">{facility.substancePolicyNote}</span>
          </>
        )}
      </dd>

      <dt>{isLease ? tekster.vilkar.husleie : tekster.vilkar.egenbetaling}</dt>
      <dd>{formatKroner(facility.monthlyFeeOre)}</dd>

      <dt>{tekster.vilkar.inkludert(isLease)}</dt>
      <dd>
        {facility.feeIncludes.length > 0 ? (
          <ul>
            {facility.feeIncludes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          tekster.vilkar.ikkeOppgitt
        )}
      </dd>

      <dt>{tekster.vilkar.oppsigelsestid}</dt>
      <dd>
        {formatDays(facility.noticeDays)}
        {isLease && <span className="bta-subtle">{tekster.vilkar.husleieloven}</span>}
      </dd>

      <dt>{tekster.vilkar.bortvisning}</dt>
      <dd>{facility.exclusionDays != null ? formatDays(facility.exclusionDays) : tekster.vilkar.ikkeAktuelt}</dd>

      <dt>{tekster.vilkar.lengsteOpphold}</dt>
      <dd>{facility.maxContinuousStayDays != null ? formatDays(facility.maxContinuousStayDays) : tekster.vilkar.ingenGrense}</dd>

      <dt>{tekster.vilkar.innlasing}</dt>
      <dd>
        {facility.entryGrounds.length > 0 ? (
          <ul>
            {facility.entryGrounds.map((ground) => (
              <li key={ground}>{entryGroundTekst[ground]}</li>
            ))}
          </ul>
        ) : (
          tekster.vilkar.ingenGrunnlag
        )}
      </dd>
    </dl>
  );
}
