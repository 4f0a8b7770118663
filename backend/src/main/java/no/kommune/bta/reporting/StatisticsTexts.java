package no.kommune.bta.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.kommune.bta.agreement.Destination;
import no.kommune.bta.common.Csv;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.common.Enums;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import no.kommune.bta.sanction.SanctionType;

/** Every Norwegian text of the statistics: the summary in the style of the report's chapter 11, and the CSV. */
final class StatisticsTexts {

    static final String WHOLE_MUNICIPALITY_NAME = "Hele kommunen";
    static final String WHOLE_MUNICIPALITY_REFUSAL = "Tall for hele kommunen er for ESIKT og internkontrollen";

    /** Why residents moved out, as the statistics screen says it (the keys of moveOutsByReason). */
    private static final Map<String, String> REASONS = Map.of("OWN_WISH", "Eget ønske", "BREACHES", "Oppsigelse for brudd",
            "ARREARS", "Oppsigelse for restanse", "CONVERTED", "Omlagt avtaleform");

    /** How the summary tells where those who left of their own accord went, in this order. */
    private static final Map<String, String> DESTINATIONS = orderedDestinations();

    private StatisticsTexts() {
    }

    private static Map<String, String> orderedDestinations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MUNICIPAL_RENTAL", "til kommunal utleiebolig");
        m.put("PRIVATE_RENTAL", "til privat leid bolig");
        m.put("OWN_HOME", "til egen eid bolig");
        m.put("TREATMENT", "til behandling");
        m.put("OTHER_FACILITY", "til et annet botiltak");
        m.put("PRISON", "til fengsel");
        m.put("HOSPITAL", "til sykehus");
        m.put("DECEASED", "er døde");
        return Collections.unmodifiableMap(m);
    }

    /**
     * The figures as a short text. Breaches and arrears are told once, by reason; {@code ownDestinations} are the
     * destinations of those who left without a termination.
     */
    static String summary(Statistics s, boolean everywhere, Map<String, Long> ownDestinations, long afterBreachOrArrears) {
        List<String> parts = new ArrayList<>();
        if (afterBreachOrArrears > 0) parts.add(afterBreachOrArrears + " flyttet etter oppsigelse for brudd eller restanse");
        DESTINATIONS.forEach((key, text) -> {
            long n = ownDestinations.getOrDefault(key, 0L);
            if (n > 0) parts.add(n + " " + text);
        });
        String who = everywhere ? "botiltakene i kommunen" : s.facilityName();
        return "Fra " + month(s.from()) + " til " + month(s.to()) + " har " + who + " hatt i alt " + s.residentsServed()
                + " beboere."
                + (parts.isEmpty() ? "" : " Av dem har " + join(parts) + ".")
                + " " + s.stillLiving() + " bor der fortsatt.";
    }

    /**
     * The summary where small counts are hidden (R-STA-2): the residents and those still living there, a hidden figure
     * as "&lt;5". Where the residents who left went is told by the tables only, where it is protected; told again here
     * by reason it would be a table of its own.
     */
    static String hiddenSummary(Statistics s, boolean everywhere) {
        String who = everywhere ? "botiltakene i kommunen" : s.facilityName();
        return "Fra " + month(s.from()) + " til " + month(s.to()) + " har " + who + " hatt i alt "
                + shown(s.residentsServed()) + " beboere. " + shown(s.stillLiving()) + " bor der fortsatt.";
    }

    private static String shown(Long figure) {
        return figure == null ? SmallCountSuppression.MARK : figure.toString();
    }

    private static String month(LocalDate d) {
        return DocumentFormat.month(YearMonth.from(d));
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }

    /**
     * The figures as CSV (table;key;value), for a spreadsheet. A hidden figure reads "&lt;5" (R-STA-2), and a last line
     * says what that means; a figure there is nothing to compute from is empty.
     */
    static String csv(Statistics s) {
        Csv csv = Csv.withHeader("tabell", "nøkkel", "verdi");
        figure(csv, s, "nøkkeltall", "beboere", "residentsServed", s.residentsServed());
        figure(csv, s, "nøkkeltall", "innflyttinger", "moveIns", s.moveIns());
        figure(csv, s, "nøkkeltall", "utflyttinger", "moveOuts", s.moveOuts());
        figure(csv, s, "nøkkeltall", "bor der fortsatt", "stillLiving", s.stillLiving());
        figure(csv, s, "nøkkeltall", "gjennomsnittlig botid (dager)", "meanStayDays", s.meanStayDays());
        figure(csv, s, "nøkkeltall", "median botid (dager)", "medianStayDays", s.medianStayDays());
        figure(csv, s, "nøkkeltall", "andel til varig bolig", "permanentHousingShare", DocumentFormat.percent(s.permanentHousingShare()));
        figure(csv, s, "nøkkeltall", "belegg", "occupancy", DocumentFormat.percent(s.occupancy()));
        figure(csv, s, "nøkkeltall", "median ventetid (dager)", "medianWaitingDays", s.medianWaitingDays());
        figure(csv, s, "nøkkeltall", "venteliste ved periodens slutt", "waitingListAtEnd", s.waitingListAtEnd());
        figure(csv, s, "nøkkeltall", "restanse ved periodens slutt", "arrearsAtEndOre",
                s.arrearsAtEndOre() == null ? null : DocumentFormat.kroner(s.arrearsAtEndOre()));
        rows(csv, s, "utflytting etter bosted", "moveOutsByDestination", s.moveOutsByDestination(),
                key -> Enums.find(Destination.class, key).map(Destination::label).orElse(key));
        rows(csv, s, "utflytting etter grunn", "moveOutsByReason", s.moveOutsByReason(), key -> REASONS.getOrDefault(key, key));
        rows(csv, s, "botid (dager)", "stayBuckets", s.stayBuckets(), key -> key);
        rows(csv, s, "reaksjoner", "sanctionsByType", s.sanctionsByType(),
                key -> Enums.find(SanctionType.class, key).map(SanctionType::label).orElse(key));
        figure(csv, s, "kontroll", "innlåsinger uten samtykke", "entriesWithoutConsent", s.entriesWithoutConsent());
        if (!s.suppressed().isEmpty()) csv.row("merknad", SmallCountSuppression.MARK, HIDDEN_NOTE);
        return csv.toString();
    }

    /** What "&lt;5" means, where figures are hidden. */
    static final String HIDDEN_NOTE = "skjult av personvernhensyn: antall fra én til fire, tall som bygger på færre enn "
            + "fem personer eller avtaler, og tall som ellers kunne avsløre dem";

    private static void figure(Csv csv, Statistics s, String table, String label, String field, Object value) {
        csv.row(table, label, s.hidden(field, null) ? SmallCountSuppression.MARK : value);
    }

    /** A table's rows, each key in the screens' words ({@code label}). */
    private static void rows(Csv csv, Statistics s, String table, String field, List<Count> counts, UnaryOperator<String> label) {
        counts.forEach(c -> csv.row(table, label.apply(c.key()), s.hidden(field, c.key()) ? SmallCountSuppression.MARK : c.count()));
    }
}
