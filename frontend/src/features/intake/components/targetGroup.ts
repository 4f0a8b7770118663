import type { components } from '../../../api/schema.gen';
import { ageAt } from '../../../components/dates';
import { sexTekst } from '../../../shared/facility/tekster';
import { tekster } from '../tekster';

type TargetGroup = components['schemas']['TargetGroup'];
type PersonSummary = components['schemas']['PersonSummary'];

/**
 * R-INT-7: why the person is outside the facility's target group on the date (`åååå-mm-dd`),
 * or an empty list when the person fits. The server makes the same check when allocating.
 * ESIKT gets the birth year only (R-ACC-3): the age is then one of two, and only an age limit
 * both miss is named here; the server's answer covers the rest.
 */
export function outsideTargetGroup(
  person: Pick<PersonSummary, 'sex' | 'birthDate' | 'birthYear'>,
  group: TargetGroup,
  at: string,
): string[] {
  const reasons: string[] = [];
  if (group.sexes.length > 0 && !group.sexes.includes(person.sex)) {
    reasons.push(tekster.malgruppe.kjonn(group.sexes.map((s) => sexTekst[s]).join(' og ')));
  }
  if (person.birthDate) {
    const age = ageAt(person.birthDate, at);
    if (group.minAge != null && age < group.minAge) reasons.push(tekster.malgruppe.forUng(age, group.minAge));
    if (group.maxAge != null && age > group.maxAge) reasons.push(tekster.malgruppe.forGammel(age, group.maxAge));
    return reasons;
  }
  // Born in `birthYear`: this year's birthday has come (the older age) or not (one year younger).
  const older = Number(at.slice(0, 4)) - person.birthYear;
  if (group.minAge != null && older < group.minAge) reasons.push(tekster.malgruppe.forUngAar(person.birthYear, group.minAge));
  if (group.maxAge != null && older - 1 > group.maxAge) reasons.push(tekster.malgruppe.forGammelAar(person.birthYear, group.maxAge));
  return reasons;
}
