import type { components } from '../../api/schema.gen';
import { formatDate } from '../../components/format';
import { tekster } from './tekster';

type AccessGrant = components['schemas']['AccessGrant'];
type PersonSummary = components['schemas']['PersonSummary'];

/** A grant that ends: it has a last day. */
export type EndingGrant = AccessGrant & { until: string };

/**
 * R-ACC-3: when the user's access to a person ends, from the person's `access`. Null while any grant
 * lasts (allocated, living at one of the user's facilities, an open application) or when there is
 * none; otherwise the grant that lasts longest, since access holds until its last day.
 */
export function accessEnd(grants: readonly AccessGrant[] | undefined): EndingGrant | null {
  if (!grants || grants.length === 0) return null;
  const ending = grants.filter((g): g is EndingGrant => Boolean(g.until));
  if (ending.length < grants.length) return null;
  return ending.reduce((latest, g) => (g.until > latest.until ? g : latest));
}

/** "Flyttet ut dd.mm.åååå — tilgang til dd.mm.åååå" (or the application's end) for an ending grant. */
export function accessEndText(grant: EndingGrant): string {
  const t = tekster.tilgang;
  const until = formatDate(grant.until);
  if (!grant.endedOn) return t.tilgangTil(until);
  const endedOn = formatDate(grant.endedOn);
  return grant.reason === 'APPLICATION' ? t.soknadAvsluttet(endedOn, until) : t.flyttetUt(endedOn, until);
}

/**
 * An ended agreement in the follow-up window, as the agreement list gives it (`endedOn`, `accessUntil`):
 * "Flyttet ut …" once the resident had moved in, else "Avsluttet …". Null for an agreement not ended.
 */
export function endedAgreementText(agreement: { endedOn?: string | null; accessUntil?: string | null; movedInOn?: string | null }) {
  if (!agreement.endedOn || !agreement.accessUntil) return null;
  const [endedOn, until] = [formatDate(agreement.endedOn), formatDate(agreement.accessUntil)];
  return agreement.movedInOn ? tekster.tilgang.flyttetUt(endedOn, until) : tekster.tilgang.avsluttet(endedOn, until);
}

/** The birth date as dd.mm.åååå, or the birth year when that is all the reader gets (ESIKT, R-ACC-3). */
export function formatBirth(person: Pick<PersonSummary, 'birthDate' | 'birthYear'>): string {
  return person.birthDate ? formatDate(person.birthDate) : String(person.birthYear);
}
