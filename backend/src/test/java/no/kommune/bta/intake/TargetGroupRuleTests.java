package no.kommune.bta.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.person.Person;
import no.kommune.bta.person.Sex;
import org.junit.jupiter.api.Test;

class TargetGroupRuleTests {
    static final LocalDate AT = LocalDate.of(2026, 6, 1);

    static Facility facility(Integer min, Integer max, Sex... sexes) {
        Facility f = new Facility();
        f.name = "Heidrunsenteret";
        f.targetSexes = sexes;
        f.targetMinAge = min;
        f.targetMaxAge = max;
        return f;
    }

    static Person person(Sex sex, LocalDate birth) {
        Person p = new Person();
        p.sex = sex;
        p.birthDate = birth;
        return p;
    }

    @Test
    void R_INT_7_a_person_inside_the_target_group_fits() {
        assertNull(TargetGroupRule.outside(facility(18, 30, Sex.FEMALE, Sex.MALE), person(Sex.MALE, LocalDate.of(2000, 1, 1)), AT));
        assertNull(TargetGroupRule.outside(facility(null, null, Sex.FEMALE), person(Sex.FEMALE, LocalDate.of(1950, 1, 1)), AT));
    }

    @Test
    void R_INT_7_sex_and_age_limits_are_told_together() {
        assertEquals("Heidrunsenteret er for kvinner",
                TargetGroupRule.outside(facility(null, null, Sex.FEMALE), person(Sex.MALE, LocalDate.of(1990, 8, 8)), AT));
        assertEquals("Heidrunsenteret er for menn; søkeren er 17 år, nedre grense er 18",
                TargetGroupRule.outside(facility(18, 30, Sex.MALE), person(Sex.FEMALE, LocalDate.of(2008, 6, 2)), AT));
        assertEquals("søkeren er 66 år, øvre grense er 30",
                TargetGroupRule.outside(facility(18, 30, Sex.MALE), person(Sex.MALE, LocalDate.of(1960, 1, 1)), AT));
    }

    @Test
    void R_INT_7_the_age_is_the_age_on_the_allocation_date() {
        Facility f = facility(18, 30, Sex.MALE);
        assertNull(TargetGroupRule.outside(f, person(Sex.MALE, LocalDate.of(1995, 6, 2)), AT));
        assertEquals("søkeren er 31 år, øvre grense er 30",
                TargetGroupRule.outside(f, person(Sex.MALE, LocalDate.of(1995, 6, 1)), AT));
    }
}
