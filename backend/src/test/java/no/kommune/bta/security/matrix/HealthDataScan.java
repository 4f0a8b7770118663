package no.kommune.bta.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.kommune.bta.security.matrix.Residents.Person;

/**
 * What ESIKT must never receive (R-ACC-1, issue 12): an identity number, whole or masked, contact details, a
 * sanction, incident or assessment, or HVK's free-text assessment (a field named as a summary may carry it).
 * Looks at the body as text (the fixture persons' numbers, contact details and the records' ids) and, when it is
 * JSON, at its field names.
 */
public final class HealthDataScan {
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9A-Za-z-])\\d{11}(?![0-9A-Za-z-])");
    private static final Pattern MASKED = Pattern.compile("\\d{6} \\*{5}");
    private static final Set<String> CONTACT_FIELDS = Set.of("phone", "email", "navcontact", "nationalid", "nationalidmasked");
    private static final Set<String> ASSESSMENT_FIELDS = Set.of("instrument", "answers", "readings");
    private static final Pattern SANCTION_FIELD = Pattern.compile("^(sanction|incident)(s|id|ids)?$");

    private final List<Person> persons;
    private final Set<String> recordIds;

    /** {@code recordIds}: the sanctions, incidents and assessments of these persons, which must not appear either. */
    public HealthDataScan(List<Person> persons, Set<String> recordIds) {
        this.persons = persons;
        this.recordIds = recordIds;
    }

    public List<String> findings(String body) {
        List<String> out = new ArrayList<>();
        for (Person p : persons) {
            if (body.contains(p.nationalId())) out.add("the identity number of " + p.familyName());
            if (body.contains(Residents.email(p.givenName()))) out.add("the e-mail address of " + p.familyName());
        }
        for (String s : List.of(Residents.PHONE, Residents.ADDRESS, Residents.NAV_CONTACT)) {
            if (body.contains(s)) out.add("contact details: " + s);
        }
        if (ELEVEN_DIGITS.matcher(body).find()) out.add("an 11-digit number");
        if (MASKED.matcher(body).find()) out.add("a masked identity number");
        recordIds.stream().filter(body::contains).forEach(id -> out.add("the id of a sanction, incident or assessment: " + id));
        try {
            walk(Request.JSON.readTree(body), "", out);
        } catch (IOException e) {
            // not JSON (CSV): the text checks above are all there is
        }
        return out;
    }

    private void walk(JsonNode node, String key, List<String> out) {
        String k = key.toLowerCase(Locale.ROOT);
        if (CONTACT_FIELDS.contains(k)) out.add("field " + key);
        if (ASSESSMENT_FIELDS.contains(k)) out.add("field " + key + " (an assessment)");
        if (SANCTION_FIELD.matcher(k).find()) out.add("field " + key + " (sanctions and incidents)");
        if (k.equals("assessment")) out.add("field assessment (HVK's free text; only a summary may be shown)");
        if (node.isTextual() && !(k.startsWith("assessment") && k.endsWith("summary"))) {
            for (Person p : persons) {
                if (node.asText().contains(Residents.assessment(p))) out.add("HVK's assessment of " + p.familyName() + " in " + key);
            }
        }
        if (node.isObject()) node.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), out));
        if (node.isArray()) node.forEach(n -> walk(n, key, out));
    }
}
