package no.kommune.bta.security;

import java.util.Map;

/**
 * How answers and documents name the test realm's accounts (issue 18, item 1): written out by hand from the realm's
 * names and the role titles, so a test that compares with them fails when the naming changes.
 */
public final class StaffNames {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("hvk1", "Hanne Hvalstad, saksbehandler (HVK)"),
            Map.entry("hvk2", "Henrik Hovde, saksbehandler (HVK)"),
            Map.entry("esikt1", "Erik Sikt, tildeling (ESIKT)"),
            Map.entry("bakklandet1", "Berit Bakken, ansatt ved botiltak"),
            Map.entry("bakklandet-leder", "Lars Leder, fagleder"),
            Map.entry("bakklandet-leder2", "Lise Lien, fagleder"),
            Map.entry("goa93-leder", "Gunn Oslovei, fagleder"),
            Map.entry("goa93-leder2", "Gro Oslovei, fagleder"),
            Map.entry("heidrun1", "Heidi Rundberg, ansatt ved botiltak"),
            Map.entry("valoya1", "Vidar Øya, ansatt ved botiltak"),
            Map.entry("valoya-leder", "Vera Lund, fagleder"),
            Map.entry("osloveien155-leder", "Ola Østmo, fagleder"),
            Map.entry("osloveien155-leder2", "Oline Vik, fagleder"),
            Map.entry("okonomi1", "Oda Kronstad, økonomi"),
            Map.entry("kontroll1", "Kristin Tilsynsmo, internkontroll"),
            Map.entry("system", "BTA (automatisk)"),
            Map.entry("service-account-bta-integration", "Regnskapssystemet (integrasjon)"));

    private StaffNames() {
    }

    /** The label of a test realm account; fails for an account this table does not know. */
    public static String of(String account) {
        String label = LABELS.get(account);
        if (label == null) throw new IllegalArgumentException("no label for " + account);
        return label;
    }

    /** Every test realm account, for scans that must not find any of them. */
    public static java.util.Set<String> accounts() {
        return LABELS.keySet();
    }
}
