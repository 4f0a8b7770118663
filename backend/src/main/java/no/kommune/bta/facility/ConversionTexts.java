package no.kommune.bta.facility;

import java.time.LocalDate;
import no.kommune.bta.common.DocumentFormat;

/** The Norwegian wording of a facility's conversion (R-FAC-3): problem details and the rules version's note. */
public final class ConversionTexts {

    /** Who performs a conversion that takes effect on a later day than its approval. */
    static final String SCHEDULED_BY = "system";
    static final String CONVERSION = "Omleggingen";
    static final String FOUR_EYES = "En omlegging av botiltaket må godkjennes av en annen fagleder enn den som foreslo den";
    static final String WITHDRAWAL_REASON = "må fylles ut";

    private ConversionTexts() {
    }

    static String alreadyOfKind(String facilityName, AgreementKind kind) {
        return facilityName + " bruker allerede " + kind.label();
    }

    static String datePassed(LocalDate effectiveOn, LocalDate today) {
        return "Omleggingen kan gjelde fra i dag (" + fmt(today) + ") eller senere, ikke fra " + fmt(effectiveOn)
                + "; foreslå en ny dato";
    }

    static String effectiveOnPassed(LocalDate today) {
        return "kan ikke være før i dag (" + fmt(today) + ")";
    }

    static String underWay(String facilityName, ConversionStatus status, LocalDate effectiveOn) {
        return "En omlegging av " + facilityName + " fra " + fmt(effectiveOn) + " er "
                + (status == ConversionStatus.PROPOSED ? "foreslått" : "godkjent")
                + "; den må trekkes tilbake før en ny kan foreslås";
    }

    static String stepNotAllowed(String verb, ConversionStatus status) {
        return "Omleggingen kan ikke " + verb + " når den er " + switch (status) {
            case PROPOSED -> "foreslått";
            case APPROVED -> "godkjent";
            case DONE -> "gjennomført";
            case WITHDRAWN -> "trukket tilbake";
        };
    }

    static String notLawfulInTenancy(String listName, int number, TenancyHouseRules.Restriction restriction) {
        return listName + " " + number + ": " + restriction.label() + " er ikke lovlig i et leieforhold (husleieloven)";
    }

    static String rulesNote(AgreementKind toKind, LocalDate effectiveOn, String note) {
        String base = "Ny versjon ved omlegging til " + toKind.label() + " fra " + fmt(effectiveOn);
        return note == null || note.isBlank() ? base : base + ": " + note.strip();
    }

    private static String fmt(LocalDate d) {
        return DocumentFormat.date(d);
    }
}
