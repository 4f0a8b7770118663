package no.kommune.bta.sanction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kommune.bta.sanction.SanctionLetters.AppealRoute;
import no.kommune.bta.sanction.SanctionLetters.Arrears;
import no.kommune.bta.sanction.SanctionLetters.CitedRule;
import no.kommune.bta.sanction.SanctionLetters.Decision;
import no.kommune.bta.sanction.SanctionLetters.Letter;
import no.kommune.bta.sanction.SanctionLetters.NoticeFacts;
import no.kommune.bta.sanction.SanctionLetters.Occurrence;
import no.kommune.bta.sanction.SanctionLetters.Parties;
import org.junit.jupiter.api.Test;

/** The wording of the letters (R-SAN-11), without a database: the parts that depend on the facts. */
class SanctionLettersTests {
    static final LocalDate D = LocalDate.of(2026, 11, 20);
    static final Parties PARTIES = new Parties("Kari", "Nordmann", LocalDate.of(2001, 5, 6), "Osloveien 155", "EPHOR", null,
            "Rom 2", 1, 14, 5);
    static final AppealRoute ROUTE = new AppealRoute("fagleder ved Osloveien 155, EPHOR", null, "kommunens klagenemnd");

    static Decision termination(Arrears arrears, LocalDate approvedOn, NoticeFacts notice, boolean urgent) {
        return new Decision(UUID.randomUUID(), SanctionType.TERMINATION, SanctionGround.NON_PAYMENT, PARTIES,
                List.of(new CitedRule(7, "Egenbetalingen betales innen den 20. hver måned.")),
                List.of(new Occurrence(Instant.parse("2026-11-01T10:00:00Z"), List.of(IncidentCategory.NON_PAYMENT), "Ikke betalt")),
                "Egenbetalingen er ikke betalt.", "Nedbetalingsplan er forsøkt.", null, null, null, null, null, urgent, notice,
                D, "osloveien155-leder", approvedOn, approvedOn == null ? null : "osloveien155-leder2", null, null, null, arrears,
                ROUTE);
    }

    static String text(Letter l) {
        return Stream.concat(Stream.concat(l.plain().stream(), l.formal().stream())
                        .flatMap(s -> Stream.concat(Stream.of(s.heading()), Stream.concat(s.paragraphs().stream(), s.items().stream()))),
                Stream.concat(l.header().stream(), l.signatures().stream())).collect(Collectors.joining("\n"));
    }

    @Test
    void R_SAN_11_the_decision_states_the_arrears_and_their_months_when_it_rests_on_them() {
        Letter with = SanctionLetters.decision(termination(new Arrears(1_200_000, List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10))),
                D, null, false));
        String t = text(with);
        assertTrue(t.contains("Du skylder kr 12 000,00 i egenbetaling for september 2026, oktober 2026."), t);
        assertTrue(t.contains("restansen på egenbetalingen kr 12 000,00, for 2 måneder: september 2026, oktober 2026"), t);
        assertTrue(with.formal().stream().anyMatch(s -> s.heading().equals("Restanse")));
        Letter without = SanctionLetters.decision(termination(null, D, null, false));
        assertFalse(text(without).contains("Restanse"));
        assertFalse(text(without).contains("Du skylder"));
    }

    @Test
    void R_SAN_11_a_termination_not_yet_notified_counts_its_notice_and_appeal_from_the_day_the_resident_is_told() {
        String t = text(SanctionLetters.decision(termination(null, D, null, false)));
        assertTrue(t.contains("Du må flytte ut senest 14 dager etter den dagen du fikk melding om vedtaket."), t);
        assertTrue(t.contains("Klagefrist: tre uker etter den dagen du fikk melding om vedtaket"), t);
        assertTrue(t.contains("Regel 7: Egenbetalingen betales innen den 20. hver måned."), t);
        assertTrue(t.contains("Husordensreglene i versjon 1, den versjonen du skrev under på"), t);
        assertTrue(t.contains("Det er ikke registrert noe forhåndsvarsel i saken."), t);
    }

    @Test
    void R_SAN_11_the_statement_or_its_absence_and_an_urgent_case_are_stated() {
        NoticeFacts none = new NoticeFacts(D.minusDays(14), "Sendt i posten", D.minusDays(1), null, null, true);
        String t = text(SanctionLetters.decision(termination(null, D, none, false)));
        assertTrue(t.contains("Du fikk forhåndsvarsel 06.11.2026 (Sendt i posten), med frist til 19.11.2026"), t);
        assertTrue(t.contains("Vi mottok ingen uttalelse fra deg innen fristen."), t);
        NoticeFacts said = new NoticeFacts(D.minusDays(14), "Gitt personlig", D.minusDays(1), D.minusDays(3), "Jeg betaler neste uke.", false);
        assertTrue(text(SanctionLetters.decision(termination(null, D, said, false)))
                .contains("Din uttalelse, mottatt 17.11.2026: «Jeg betaler neste uke.»"));
        assertTrue(text(SanctionLetters.decision(termination(null, D, null, true))).contains("fordi saken hastet"));
    }

    @Test
    void R_SAN_11_the_appeal_goes_to_the_facilitys_fagleder_at_its_address_or_through_the_staff() {
        Decision d = termination(null, D, null, false);
        String through = text(SanctionLetters.decision(d));
        assertTrue(through.contains("Send klagen til: fagleder ved Osloveien 155, EPHOR. Du kan levere den til personalet"), through);
        Decision addressed = new Decision(d.reference(), d.type(), d.ground(), d.parties(), d.rules(), d.incidents(), d.writtenGrounds(),
                d.proportionality(), null, null, null, null, null, false, null, D, d.proposedBy(), D, d.approvedBy(), D,
                D.plusWeeks(3), D.plusDays(14), null, new AppealRoute(ROUTE.recipient(), "Postboks 1, 7000 Byen", "Statsforvalteren"));
        String t = text(SanctionLetters.decision(addressed));
        assertTrue(t.contains("Send klagen til: fagleder ved Osloveien 155, EPHOR, Postboks 1, 7000 Byen. Blir vedtaket ikke endret "
                + "der, sendes klagen til Statsforvalteren"), t);
        assertTrue(t.contains("fristen går ut 11.12.2026"), t);
        assertTrue(t.contains("Du må flytte ut senest 04.12.2026."), t);
    }

    @Test
    void R_SAN_7_a_decision_not_yet_approved_is_a_draft() {
        Letter draft = SanctionLetters.decision(termination(null, null, null, false));
        assertNotNull(draft.draftNote());
        assertTrue(text(draft).contains("Ikke godkjent ennå"));
        assertNull(SanctionLetters.decision(termination(null, D, null, false)).draftNote());
    }
}
