package no.kommune.bta.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.reporting.OverviewService.Item;

/**
 * The digest's text, a pure function of the day's overview items: per facility, each kind of item with its count and
 * the residents' initials, and a link to the Oversikt page. Nothing else about a person: no name, no identity number,
 * no amount, no date of theirs and no text of the item (the SPA shows those after login).
 */
public final class DigestMail {

    /** One mail: its subject and plain text. */
    public record Text(String subject, String body) {
    }

    /** The overview's kinds as the mail names them, in the order the Oversikt page shows its groups. */
    static final Map<String, String> KINDS = kinds();

    /** A kind the mail does not know yet still counts. */
    static final String OTHER = "Andre saker";

    private DigestMail() {
    }

    /**
     * The mail for the items, grouped under the facilities (id to name) in their order; {@code baseUrl} is the SPA's
     * address.
     */
    public static Text of(LocalDate day, Map<String, String> facilities, List<Item> items, String baseUrl) {
        String link = baseUrl.replaceAll("/+$", "") + "/oversikt";
        StringBuilder body = new StringBuilder("Hei!\n\nDette forfaller eller venter på behandling ved ")
                .append(facilities.size() == 1 ? "botiltaket ditt" : "botiltakene dine").append(" i dag, ")
                .append(DocumentFormat.date(day)).append(":\n");
        for (Map.Entry<String, String> facility : facilities.entrySet()) {
            List<Item> here = items.stream().filter(i -> facility.getKey().equals(i.facilityId())).toList();
            body.append('\n').append(facility.getValue()).append(": ").append(count(here.size())).append('\n');
            Map<String, List<String>> byKind = new LinkedHashMap<>();
            KINDS.values().forEach(label -> byKind.put(label, new ArrayList<>()));
            for (Item i : here) {
                byKind.computeIfAbsent(KINDS.getOrDefault(i.kind(), OTHER), k -> new ArrayList<>()).add(initials(i.personName()));
            }
            byKind.forEach((label, initials) -> {
                if (!initials.isEmpty()) {
                    body.append("- ").append(label).append(": ").append(initials.size())
                            .append(" (").append(String.join(", ", initials)).append(")\n");
                }
            });
        }
        body.append("\nSe sakene i Oversikt i BTA: ").append(link).append('\n')
                .append("\nDu får denne e-posten fordi du har slått på «Varsler på e-post» i BTA. ")
                .append("Du slår den av samme sted, på siden Oversikt.\n");
        return new Text("BTA: " + count(items.size()) + " forfaller i dag", body.toString());
    }

    /** "Kari Anne Nordmann" is K.A.N.; a name-less item (anonymised) is a dash. */
    static String initials(String name) {
        if (name == null || name.isBlank()) return "–";
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("[\\s-]+")) {
            if (!part.isEmpty()) out.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
        }
        return out.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 sak" : n + " saker";
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("UNSIGNED", "Ikke signerte avtaler");
        m.put("AGREEMENT_ENDING", "Avtaler som slutter innen 30 dager");
        m.put("FIRST_PERIOD_NOT_EVALUATED", "Første periode ikke evaluert");
        m.put("OVERSTAY", "Over grensen for sammenhengende opphold");
        m.put("DECISION_AWAITING_APPROVAL", "Vedtak som venter på godkjenning");
        m.put("APPEAL_DEADLINE_RUNNING", "Klagefrister som løper");
        m.put("ARREARS_PAST_THRESHOLD", "Restanse over terskel");
        m.put("ALLOCATION_AWAITING_MOVE_IN", "Tildelt, venter på innflytting");
        m.put("AGREEMENT_EXPIRED", "Utløpte avtaler som ikke er fornyet");
        m.put("NOTICE_PASSED_WITHOUT_MOVE_OUT", "Oppsigelsestiden er ute uten utflytting");
        return Collections.unmodifiableMap(m);
    }
}
