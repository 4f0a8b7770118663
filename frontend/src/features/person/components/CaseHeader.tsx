import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../../../components/format';
import { Terms } from '../../../components/Terms';
import { avtaleStatusTekst } from '../../../shared/agreement/tekster';
import { soknadStatusTekst } from '../../../shared/intake/tekster';
import type { PersonCase } from '../../../shared/person/api/usePersonSummary';
import { tekster } from '../tekster';

const t = tekster.hode;

/** Where the person lives or is allocated: the agreement's unit, else the application's allocation. */
export function placeOf(person: PersonCase): string | null {
  if (person.agreement) return `${person.agreement.facilityName}, ${person.agreement.unitLabel}`;
  const a = person.application;
  if (a?.allocatedFacilityName) return `${a.allocatedFacilityName}${a.allocatedUnitLabel ? `, ${a.allocatedUnitLabel}` : ''}`;
  return null;
}

/** The status shown at the top: the agreement's when the user sees one, else the application's. */
export function statusOf(person: PersonCase): string | null {
  if (person.agreement) return t.avtaleStatus(avtaleStatusTekst[person.agreement.status]);
  if (person.application) return t.soknadStatus(soknadStatusTekst[person.application.status]);
  return null;
}

/** The case view's header: who the person is, where they stand, and how to reach them. */
export function CaseHeader({ person }: { person: PersonCase }) {
  const notRegistered = t.ikkeRegistrert;
  return (
    <>
      {person.anonymisedAt && (
        <Alert data-color="info">
          <Paragraph>{t.anonymisert}</Paragraph>
        </Alert>
      )}
      <Terms
        rows={[
          [t.fodselsnummer, person.nationalIdMasked],
          [t.alder, t.alderTekst(person.age, formatDate(person.birthDate))],
          [t.botiltak, placeOf(person)],
          [t.status, statusOf(person)],
          [t.telefon, person.phone ?? notRegistered],
          [t.epost, person.email ?? notRegistered],
          [t.nav, person.navContact ?? notRegistered],
          [t.primarkontakt, person.agreement ? (person.agreement.primaryContact ?? t.ikkeOppnevnt) : null],
        ]}
      />
    </>
  );
}
