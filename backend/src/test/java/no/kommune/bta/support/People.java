package no.kommune.bta.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Synthetic persons for tests: numbers pass the check digits but belong to no one (month + 80). */
public final class People {
    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    private People() {
    }

    /**
     * A synthetic fødselsnummer (month + 80, as in the national test register) with valid check digits,
     * for the given birth date and sex; never the same twice in a run.
     */
    public static String syntheticNumber(LocalDate birth, String sex) {
        int yy = birth.getYear() % 100;
        int from = birth.getYear() >= 2000 ? 500 : 0;
        int to = birth.getYear() >= 2000 ? 999 : 499;
        for (int ind = from; ind <= to; ind++) {
            if ((ind % 10) % 2 == (sex.equals("MALE") ? 0 : 1)) continue;
            String base = String.format("%02d%02d%02d%03d", birth.getDayOfMonth(), birth.getMonthValue() + 80, yy, ind);
            int k1 = check(base, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10) continue;
            int k2 = check(base + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 == 10) continue;
            String n = base + k1 + k2;
            if (USED.add(n)) return n;
        }
        throw new IllegalStateException("no synthetic number left for " + birth);
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) sum += Character.getNumericValue(digits.charAt(i)) * weights[i];
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    /** Registers a person through the API as hvk1 and returns the id. */
    public static UUID create(String given, String family, LocalDate birth, String sex) {
        String id = Api.as("hvk1").body(Map.of("nationalId", syntheticNumber(birth, sex), "givenName", given,
                "familyName", family)).post("/api/persons").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID unit(String facility, String label) {
        return (UUID) Db.query("SELECT id FROM unit WHERE facility_id = ? AND label = ?", facility, label).get(0).get("id");
    }
}
