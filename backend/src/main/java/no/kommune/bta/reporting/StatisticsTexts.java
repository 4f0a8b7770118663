package no.kommune.bta.reporting;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;

/** Every Norwegian text of the statistics: the summary in the style of the report's chapter 11, and the CSV. */
final class StatisticsTexts {
    private static final Locale NB = Locale.forLanguageTag("nb");

    static final String WHOLE_MUNICIPALITY_NAME = "Hele kommunen";
    static final String WHOLE_MUNICIPALITY_REFUSAL = "Tall for hele kommunen er for ESIKT og internkontrollen";

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

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, NB) + " " + d.getYear();
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }

    /** The figures as CSV (table;key;value), for a spreadsheet. */
    static String csv(Statistics s) {
        StringBuilder sb = new StringBuilder("tabell;nøkkel;verdi\n");
        line(sb, "nøkkeltall", "beboere", s.residentsServed());
        line(sb, "nøkkeltall", "innflyttinger", s.moveIns());
        line(sb, "nøkkeltall", "utflyttinger", s.moveOuts());
        line(sb, "nøkkeltall", "bor der fortsatt", s.stillLiving());
        line(sb, "nøkkeltall", "gjennomsnittlig botid (dager)", s.meanStayDays());
        line(sb, "nøkkeltall", "median botid (dager)", s.medianStayDays());
        line(sb, "nøkkeltall", "andel til varig bolig", s.permanentHousingShare());
        line(sb, "nøkkeltall", "belegg", s.occupancy());
        line(sb, "nøkkeltall", "median ventetid (dager)", s.medianWaitingDays());
        line(sb, "nøkkeltall", "venteliste ved periodens slutt", s.waitingListAtEnd());
        line(sb, "nøkkeltall", "restanse ved periodens slutt (øre)", s.arrearsAtEndOre());
        s.moveOutsByDestination().forEach(c -> line(sb, "utflytting etter bosted", c.key(), c.count()));
        s.moveOutsByReason().forEach(c -> line(sb, "utflytting etter grunn", c.key(), c.count()));
        s.stayBuckets().forEach(c -> line(sb, "botid (dager)", c.key(), c.count()));
        s.sanctionsByType().forEach(c -> line(sb, "reaksjoner", c.key(), c.count()));
        line(sb, "kontroll", "innlåsinger uten samtykke", s.entriesWithoutConsent());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String table, String key, Object value) {
        sb.append(table).append(';').append(key).append(';').append(value == null ? "" : value).append('\n');
    }
}
