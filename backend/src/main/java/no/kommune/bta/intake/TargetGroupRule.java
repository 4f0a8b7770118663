package no.kommune.bta.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.person.Person;
import no.kommune.bta.person.Sex;

/** R-INT-7: whether an applicant fits a facility's target group (sexes, age range) at a date. Pure. */
public final class TargetGroupRule {
    private TargetGroupRule() {
    }

    /** Null when the person fits the facility's target group at the date, else why not. */
    public static String outside(Facility f, Person p, LocalDate at) {
        List<String> reasons = new ArrayList<>();
        if (!Arrays.asList(f.targetSexes).contains(p.sex)) {
            reasons.add(IntakeTexts.onlyFor(f.name, f.targetSexes.length == 1 && f.targetSexes[0] == Sex.FEMALE));
        }
        int age = Period.between(p.birthDate, at).getYears();
        if (f.targetMinAge != null && age < f.targetMinAge) reasons.add(IntakeTexts.belowMinAge(age, f.targetMinAge));
        if (f.targetMaxAge != null && age > f.targetMaxAge) reasons.add(IntakeTexts.aboveMaxAge(age, f.targetMaxAge));
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
