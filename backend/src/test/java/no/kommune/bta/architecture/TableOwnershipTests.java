package no.kommune.bta.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature, and only that feature's code writes it (INSERT, UPDATE, DELETE in
 * SQL text, keywords in capitals as everywhere in this code base). Another feature that needs a change there calls the owner's service. Reads across
 * tables are free. The map is the one place that says who owns what.
 */
class TableOwnershipTests {
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("person", "person"),
            Map.entry("facility", "facility"), Map.entry("unit", "facility"),
            Map.entry("house_rules_version", "facility"), Map.entry("house_rule", "facility"),
            Map.entry("intake", "intake"), Map.entry("intake_event", "intake"), Map.entry("allocation", "intake"),
            Map.entry("service_decision", "intake"), Map.entry("unit_reservation", "intake"),
            Map.entry("agreement", "agreement"), Map.entry("agreement_event", "agreement"),
            Map.entry("agreement_fee", "agreement"), Map.entry("agreement_period", "agreement"),
            Map.entry("agreement_evaluation", "agreement"),
            Map.entry("agreement_referral", "agreement"),
            Map.entry("follow_up_meeting", "followup"), Map.entry("responsibility_group_member", "followup"),
            Map.entry("assessment", "followup"),
            Map.entry("assessment_share_consent", "followup"),
            Map.entry("incident", "sanction"), Map.entry("incident_person", "sanction"), Map.entry("sanction", "sanction"),
            Map.entry("sanction_incident", "sanction"), Map.entry("advance_notice", "sanction"),
            Map.entry("advance_notice_incident", "sanction"), Map.entry("entry_log", "sanction"), Map.entry("visitor_ban", "sanction"),
            Map.entry("charge", "egenbetaling"), Map.entry("charge_run", "egenbetaling"), Map.entry("payment", "egenbetaling"),
            Map.entry("accounting_close", "egenbetaling"), Map.entry("credit_refund", "egenbetaling"),
            Map.entry("accounting_dimensions", "egenbetaling"), Map.entry("payment_setup", "egenbetaling"),
            Map.entry("repayment_plan", "egenbetaling"), Map.entry("housing_benefit", "egenbetaling"),
            Map.entry("idempotency_key", "egenbetaling"), Map.entry("bank_import", "egenbetaling"), Map.entry("bank_import_batch", "egenbetaling"),
            Map.entry("charge_run_batch", "egenbetaling"),
            Map.entry("standing_order_letter", "egenbetaling"),
            Map.entry("staff_member", "common"), Map.entry("access_log", "audit"), Map.entry("access_log_checkpoint", "audit"), Map.entry("change_event", "feed"),
            Map.entry("digest_subscription", "digest"), Map.entry("digest_sent", "digest"));

    static final Pattern WRITE = Pattern.compile(
            "\\b(?:INSERT\\s+INTO|DELETE\\s+FROM|UPDATE)\\s+(?:public\\.)?([a-z_][a-z0-9_]*)\\b(?!\\s*=)");
    static final Path MAIN = Path.of("src/main/java/no/kommune/bta");

    @Test
    void no_feature_writes_another_features_tables() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles()) {
            String feature = MAIN.relativize(file).getName(0).toString();
            for (String table : writtenTables(Files.readString(file))) {
                String owner = OWNER.get(table);
                if (owner == null) wrong.add(file + " writes " + table + ", which has no owner in TableOwnershipTests.OWNER");
                else if (!owner.equals(feature)) wrong.add(file + " (" + feature + ") writes " + table + ", owned by " + owner);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void the_check_sees_writes() {
        assertEquals(List.of("agreement", "charge", "sanction", "access_log_checkpoint"), writtenTables("""
                UPDATE agreement SET notice_given_on = :d WHERE id = :id;
                INSERT INTO charge (id) VALUES (:id) ON CONFLICT (id) DO UPDATE SET x = 1;
                DELETE FROM sanction WHERE id = :id;
                INSERT INTO public.access_log_checkpoint (seq, hash) VALUES (:s, :h);
                SELECT * FROM unit FOR UPDATE SKIP LOCKED"""));
        assertTrue(writtenTables("SELECT 1 FROM agreement a WHERE a.updated_at > now()").isEmpty());
    }

    static List<String> writtenTables(String source) {
        List<String> tables = new ArrayList<>();
        Matcher m = WRITE.matcher(source);
        while (m.find()) {
            String t = m.group(1).toLowerCase();
            if (t.equals("set") || t.equals("skip") || t.equals("nowait") || t.equals("of")) continue;
            tables.add(t);
        }
        return tables;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
