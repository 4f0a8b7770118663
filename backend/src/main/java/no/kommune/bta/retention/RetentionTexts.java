package no.kommune.bta.retention;

import java.time.LocalDate;
import no.kommune.bta.common.DocumentFormat;

/** The Norwegian wording of retention: why a person is due. */
final class RetentionTexts {
    private RetentionTexts() {
    }

    static String reason(LastActivity kind, LocalDate on, int days) {
        String since = switch (kind) {
            case STAY -> "Siste opphold sluttet " + DocumentFormat.date(on);
            case APPLICATION -> "Siste søknad ble avsluttet " + DocumentFormat.date(on) + " (trukket, avslått eller takket nei)";
            case SANCTION -> "Klagefristen eller klagevedtaket for siste vedtak var " + DocumentFormat.date(on);
            case REGISTERED -> "Registrert " + DocumentFormat.date(on) + " uten søknad eller opphold";
        };
        return since + ", for mer enn " + days + " dager siden; ingen løpende avtale, åpen søknad, utestående beløp "
                + "eller ubehandlet klage";
    }
}
