import type { components } from '../../../api/schema.gen';
import { ageAt } from '../../../components/dates';
import { sexTekst } from '../../../shared/facility/tekster';
import { tekster } from '../tekster';

type TargetGroup = components['schemas']['TargetGroup'];
type PersonSummary = components['schemas']['PersonSummary'];

/**
 * R-INT-7: why the person is outside the facility's target group on the date (`åååå-mm-dd`),
 * or an empty list when the person fits. The server makes the same check when allocating.
 */
export function outsideTargetGroup(person: Pick<PersonSummary, 'sex' | 'birthDate'>, group: TargetGroup, at: string): string[] {
  const reasons: string[] = [];
  if (group.sexes.length > 0 && !group.sexes.includes(person.sex)) {
    reasons.push(tekster.malgruppe.kjonn(group.sexes.map((s) => sexTekst[s]).join(' og ')));
  }
  const age = ageAt(person.birthDate, at);
  if (group.minAge != null && age < group.minAge) {
    reasons.push(tekster.malgruppe.forUng(age, group.minAge));
  }
  if (group.maxAge != null && age > group.maxAge) {
    reasons.push(tekster.malgruppe.forGammel(age, group.maxAge));
  }
  return reasons;
}
