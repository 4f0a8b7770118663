package no.kommune.bta.retention;

import java.time.LocalDate;
import no.kommune.bta.agreement.AgreementTexts;

/** The Norwegian wording of retention: why a person is due. */
final class RetentionTexts {
    private RetentionTexts() {
    }

    static String reason(LastActivity kind, LocalDate on, int days) {
        String since = switch (kind) {
            case STAY -> "Siste opphold sluttet " + AgreementTexts.fmt(on);
            case APPLICATION -> "Siste søknad ble avsluttet " + AgreementTexts.fmt(on) + " (trukket, avslått eller takket nei)";
            case SANCTION -> "Klagefristen eller klagevedtaket for siste vedtak var " + AgreementTexts.fmt(on);
            case REGISTERED -> "Registrert " + AgreementTexts.fmt(on) + " uten søknad eller opphold";
        };
        return since + ", for mer enn " + days + " dager siden; ingen løpende avtale, åpen søknad, utestående beløp "
                + "eller ubehandlet klage";
    }
}
