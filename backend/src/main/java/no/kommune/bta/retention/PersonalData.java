package no.kommune.bta.retention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * R-ACC-5 (M30): the one list of what the database holds about people, column by column, and what retention does
 * with it. Every text, json and text-array column of every table is here, either with the rule that forgets it or
 * marked as not personal with the reason ({@code RetentionRegistryTests} fails the build for a column that is
 * not). The README's "Sletting og anonymisering" table is {@link #markdown()} (checked by the same test), the
 * preview's categories come from {@link #forgotten()}, and the scan test checks each feature's anonymise
 * statements against it.
 */
public final class PersonalData {
    /** What a free text that must stay non-empty reads once forgotten (SQL {@code forgotten(text)}, V22). */
    public static final String REPLACEMENT = "Anonymisert";

    private PersonalData() {
    }

    /** What kind of data a column holds; the personal kinds are what the preview names per person. */
    public enum Category {
        IDENTITY(true, "Navn og fødselsnummer"),
        CONTACT(true, "Kontaktopplysninger (telefon, e-post, adresse, NAV-kontakt)"),
        APPLICATION(true, "Søknader: vurdering, behov, ønsker, begrunnelser og vedtakets innhold"),
        AGREEMENT(true, "Avtaler: samarbeidsavtale, evalueringer, oppsigelse, depositum, annullering og henvisningssaker"),
        FOLLOW_UP(true, "Oppfølging: møtereferater og ansvarsgruppens medlemmer"),
        HEALTH(true, "Helseopplysninger: kartlegginger (svar og skårer) og samtykke til deling"),
        SANCTIONS(true, "Hendelser, forhåndsvarsler og vedtak: beskrivelser, begrunnelser, forholdsmessighet og uttalelser"),
        ENTRIES(true, "Innganger i boenheten: hvem som var til stede og hva som ble funnet"),
        TIMELINE(true, "Tidslinjene for søknad og avtale"),
        MONEY_TEXT(true, "Tilbakebetalinger: fritekstreferansen"),
        VISITOR(true, "Besøksforbud: den besøkendes navn og begrunnelsen"),
        STAFF(false, "Ansattes brukernavn og navn (hvem gjorde hva), beholdes for etterprøving"),
        CODE(false, "Koder og faste verdier (status, type, grunnlag, kategori, botiltak), beholdes for statistikken"),
        FACILITY(false, "Botiltakets egne opplysninger (beskrivelse, husordensregler, omlegging, konteringsdimensjoner)"),
        ACCOUNTING(false, "Regnskapsreferanser uten navn (KID, bankreferanse, innlesingsfiler, kvitteringer, jobbfeil)"),
        ACCESS_LOG(false, "Tilgangsloggen: id-er, roller, brukernavn og adresse uten spørring; endres aldri (R-ACC-4)"),
        CHANGE_FEED(false, "Endringsstrømmen: hendelsestype og id-er"),
        STAFF_SETTINGS(false, "Ansattes eget valg av e-postvarsel (innlogging, e-postadresse, botiltak); slettes når de slår det av");

        public final boolean personal;
        public final String label;

        Category(boolean personal, String label) {
            this.personal = personal;
            this.label = label;
        }
    }

    /** What happens to the columns. */
    public enum Treatment {
        REPLACED("erstattes med «" + REPLACEMENT + "»"),
        RENAMED("navnet blir «" + REPLACEMENT + " person»"),
        CLEARED("tømmes"),
        DELETED("raden slettes"),
        BIRTH_YEAR("settes til 1. januar samme år"),
        KEPT("beholdes");

        public final String text;

        Treatment(String text) {
            this.text = text;
        }
    }

    /** From when the period runs. */
    public enum When {
        PERSON("når personen er forfalt"),
        BAN_ENDED(RetentionConfig.DEFAULT_DAYS + " dager etter at forbudet sluttet (uten sluttdato: beholdes)"),
        NEVER("–");

        public final String text;

        When(String text) {
            this.text = text;
        }
    }

    /**
     * How a row of a table belongs to a person, as SQL over the table aliased {@code t}: a join (may be empty) and
     * the expression that gives the person's id. An incident belongs to every person involved; an entry belongs to
     * whoever lived in the unit that day.
     */
    public record Owner(String join, String personId) {
    }

    /** One rule: these columns of the table are this kind of data, and this happens to them. */
    public record Rule(String table, List<String> columns, Category category, Treatment treatment, When when) {
        public boolean forgotten() {
            return treatment != Treatment.KEPT;
        }
    }

    private static final Owner OWN = new Owner("", "t.person_id");
    private static final Owner BY_INTAKE = new Owner("JOIN intake i ON i.id = t.intake_id", "i.person_id");
    private static final Owner BY_AGREEMENT = new Owner("JOIN agreement a ON a.id = t.agreement_id", "a.person_id");

    /** The tables whose rows belong to a person, and how. */
    public static final Map<String, Owner> OWNERS = ownersInOrder(
            "person", new Owner("", "t.id"),
            "intake", OWN,
            "allocation", BY_INTAKE,
            "service_decision", BY_INTAKE,
            "intake_event", BY_INTAKE,
            "agreement", OWN,
            "agreement_event", BY_AGREEMENT,
            "agreement_evaluation", BY_AGREEMENT,
            "agreement_referral", BY_AGREEMENT,
            "follow_up_meeting", BY_AGREEMENT,
            "responsibility_group_member", BY_AGREEMENT,
            "assessment", OWN,
            "assessment_share_consent", OWN,
            "incident", new Owner("JOIN incident_person ip ON ip.incident_id = t.id", "ip.person_id"),
            "sanction", OWN,
            "advance_notice", OWN,
            "entry_log", new Owner("""
                    JOIN agreement a ON a.unit_id = t.unit_id AND a.moved_in_on IS NOT NULL
                     AND (t.entered_at AT TIME ZONE 'Europe/Oslo')::date
                         BETWEEN a.moved_in_on AND coalesce(a.moved_out_on, a.ended_on, DATE 'infinity')""", "a.person_id"),
            "credit_refund", BY_AGREEMENT);

    private static final String[] STAFF_COLUMNS = {"created_by"};

    public static final List<Rule> RULES = List.of(
            // ---------------------------------------------------------------- forgotten with the person
            forget("person", Category.IDENTITY, Treatment.RENAMED, "given_name", "family_name"),
            forget("person", Category.IDENTITY, Treatment.CLEARED, "national_id"),
            forget("person", Category.IDENTITY, Treatment.BIRTH_YEAR, "birth_date"),
            forget("person", Category.CONTACT, Treatment.CLEARED, "phone", "email", "address", "nav_contact"),
            forget("intake", Category.APPLICATION, Treatment.REPLACED, "assessment", "priority_reason", "decline_reason"),
            forget("intake", Category.APPLICATION, Treatment.CLEARED, "needs", "wishes", "assessment_summary",
                    "withdrawal_reason", "rejection_reason"),
            forget("allocation", Category.APPLICATION, Treatment.CLEARED, "override_reason", "release_reason"),
            forget("service_decision", Category.APPLICATION, Treatment.REPLACED, "scope", "set_aside_reason"),
            forget("intake_event", Category.TIMELINE, Treatment.REPLACED, "summary"),
            forget("agreement", Category.AGREEMENT, Treatment.CLEARED, "cooperation_goals", "cooperation_needs",
                    "cooperation_staff_provide", "notice_reason"),
            forget("agreement", Category.AGREEMENT, Treatment.REPLACED, "deposit_withheld_reason", "void_reason"),
            forget("agreement_evaluation", Category.AGREEMENT, Treatment.REPLACED, "summary"),
            forget("agreement_referral", Category.AGREEMENT, Treatment.REPLACED, "outcome"),
            forget("agreement_event", Category.TIMELINE, Treatment.REPLACED, "summary"),
            forget("follow_up_meeting", Category.FOLLOW_UP, Treatment.CLEARED, "note"),
            forget("responsibility_group_member", Category.FOLLOW_UP, Treatment.DELETED, "name", "represents"),
            forget("assessment", Category.HEALTH, Treatment.DELETED, "answers", "instrument", "facility_id", "recorded_by"),
            forget("assessment_share_consent", Category.HEALTH, Treatment.DELETED, "facility_id", "recorded_by"),
            forget("incident", Category.SANCTIONS, Treatment.REPLACED, "description"),
            forget("sanction", Category.SANCTIONS, Treatment.REPLACED, "written_grounds", "proportionality",
                    "alternative_place", "notified_how", "return_reason"),
            forget("advance_notice", Category.SANCTIONS, Treatment.REPLACED, "description", "delivered_how", "statement_text"),
            forget("entry_log", Category.ENTRIES, Treatment.CLEARED, "present", "found"),
            forget("credit_refund", Category.MONEY_TEXT, Treatment.CLEARED, "reference"),
            // ---------------------------------------------------------------- a period of its own
            new Rule("visitor_ban", List.of("visitor", "reason", "lift_reason"), Category.VISITOR, Treatment.REPLACED, When.BAN_ENDED),
            // ---------------------------------------------------------------- kept: not personal, or needed as it is
            kept("person", Category.CODE, "sex"),
            kept("person", Category.STAFF, STAFF_COLUMNS),
            kept("intake", Category.STAFF, "created_by", "caseworker", "caseworker_subject", "prioritised_by", "informed_by"),
            kept("intake", Category.CODE, "facility_wishes", "orientation_participants", "applicant_answer", "status"),
            kept("allocation", Category.STAFF, "coordinator", "created_by"),
            kept("service_decision", Category.CODE, "legal_basis"),
            kept("service_decision", Category.STAFF, STAFF_COLUMNS),
            kept("intake_event", Category.CODE, "type", "by_role"),
            kept("intake_event", Category.STAFF, "by_user"),
            kept("agreement", Category.CODE, "kind", "facility_id", "fee_includes", "individual_plan", "notice_by",
                    "notice_ground", "destination", "termination_ground", "end_reason"),
            kept("agreement", Category.STAFF, "created_by", "resident_signature_by", "municipality_signed_by",
                    "primary_contact", "primary_contact_appointed_by"),
            kept("agreement_period", Category.STAFF, STAFF_COLUMNS),
            kept("agreement_fee", Category.STAFF, STAFF_COLUMNS),
            kept("agreement_evaluation", Category.STAFF, STAFF_COLUMNS),
            kept("agreement_event", Category.CODE, "type"),
            kept("agreement_event", Category.STAFF, "by_user"),
            kept("agreement_referral", Category.CODE, "status"),
            kept("agreement_referral", Category.STAFF, "referred_by", "response_recorded_by"),
            kept("follow_up_meeting", Category.CODE, "kind"),
            kept("follow_up_meeting", Category.STAFF, STAFF_COLUMNS),
            kept("incident", Category.CODE, "facility_id", "categories", "police_reason"),
            kept("incident", Category.STAFF, STAFF_COLUMNS),
            kept("sanction", Category.CODE, "facility_id", "kind", "type", "ground", "appeal_outcome", "arrears_months"),
            kept("sanction", Category.STAFF, "proposed_by", "approved_by", "returned_by"),
            kept("advance_notice", Category.CODE, "facility_id", "type"),
            kept("advance_notice", Category.STAFF, "created_by", "statement_recorded_by"),
            kept("entry_log", Category.CODE, "facility_id", "ground"),
            kept("entry_log", Category.STAFF, "staff", "created_by"),
            kept("visitor_ban", Category.CODE, "facility_id", "issued_by"),
            kept("visitor_ban", Category.STAFF, "created_by", "lifted_by"),
            kept("credit_refund", Category.STAFF, "registered_by"),
            kept("charge", Category.ACCOUNTING, "kid"),
            kept("charge", Category.CODE, "kind", "cause"),
            kept("charge_run", Category.ACCOUNTING, "error"),
            kept("charge_run", Category.CODE, "state", "claimed_by"),
            kept("charge_run", Category.STAFF, "started_by"),
            kept("payment", Category.ACCOUNTING, "source_reference", "kid"),
            kept("payment", Category.CODE, "channel"),
            kept("payment", Category.STAFF, "registered_by"),
            kept("bank_import", Category.ACCOUNTING, "filename", "error", "rejections", "content"),
            kept("bank_import", Category.CODE, "state", "claimed_by"),
            kept("bank_import", Category.STAFF, STAFF_COLUMNS),
            kept("idempotency_key", Category.ACCOUNTING, "key", "client_id", "request_hash", "state", "response_body"),
            kept("payment_setup", Category.CODE, "method"),
            kept("payment_setup", Category.STAFF, "updated_by"),
            kept("housing_benefit", Category.CODE, "status"),
            kept("housing_benefit", Category.STAFF, "updated_by"),
            kept("repayment_plan", Category.STAFF, STAFF_COLUMNS),
            kept("standing_order_letter", Category.ACCOUNTING, "kid"),
            kept("standing_order_letter", Category.STAFF, "first_produced_by"),
            kept("accounting_close", Category.STAFF, "closed_by"),
            kept("accounting_dimensions", Category.FACILITY, "facility_id", "art", "ansvar", "funksjon"),
            kept("accounting_dimensions", Category.STAFF, "updated_by"),
            kept("facility", Category.FACILITY, "id", "name", "agreement_kind", "address", "operator", "description",
                    "target_sexes", "target_description", "substance_policy", "substance_policy_note", "fee_includes",
                    "entry_grounds"),
            kept("unit", Category.FACILITY, "facility_id", "label", "unit_type"),
            kept("unit_reservation", Category.CODE, "kind"),
            kept("house_rules_version", Category.FACILITY, "facility_id", "change_note"),
            kept("house_rules_version", Category.STAFF, STAFF_COLUMNS),
            kept("house_rule", Category.FACILITY, "category", "text"),
            kept("facility_conversion", Category.FACILITY, "facility_id", "from_kind", "to_kind", "reason",
                    "rules_change_note", "status", "withdrawal_reason"),
            kept("facility_conversion", Category.STAFF, "proposed_by", "approved_by", "withdrawn_by", "done_by"),
            kept("facility_conversion_rule", Category.FACILITY, "category", "text"),
            kept("staff_member", Category.STAFF, "account", "name", "title", "kind"),
            kept("access_log", Category.ACCESS_LOG, "subject", "username", "actor_name", "roles", "actor_units",
                    "client_id", "http_method", "path", "operation", "resource_type", "resource_id", "correlation_id"),
            kept("change_event", Category.CHANGE_FEED, "type", "ids"),
            kept("digest_subscription", Category.STAFF_SETTINGS, "subject", "username", "email", "facilities"),
            kept("digest_sent", Category.STAFF_SETTINGS, "subject"));

    /** The rules that forget something, with the person or after a period of their own. */
    public static List<Rule> forgotten() {
        return RULES.stream().filter(Rule::forgotten).toList();
    }

    /** The rules applied when a person is forgotten (each table among {@link #OWNERS}). */
    public static List<Rule> withThePerson() {
        return RULES.stream().filter(r -> r.forgotten() && r.when() == When.PERSON).toList();
    }

    /** The README's table: one line per rule that forgets, then what is kept and why, table by table. */
    public static String markdown() {
        StringBuilder md = new StringBuilder("| tabell | kolonner | opplysninger | hva skjer | når |\n|---|---|---|---|---|\n");
        for (Rule r : forgotten()) {
            md.append("| `").append(r.table()).append("` | ").append(columns(r.columns())).append(" | ").append(r.category().label)
                    .append(" | ").append(r.treatment().text).append(" | ").append(r.when().text).append(" |\n");
        }
        md.append("\nBeholdes (ikke personopplysninger om beboeren, eller nødvendige som de er):\n\n")
                .append("| opplysninger | tabell: kolonner |\n|---|---|\n");
        Map<Category, Map<String, List<String>>> kept = new java.util.EnumMap<>(Category.class);
        for (Rule r : RULES) {
            if (r.forgotten()) continue;
            kept.computeIfAbsent(r.category(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(r.table(), t -> new ArrayList<>()).addAll(r.columns());
        }
        kept.forEach((category, tables) -> md.append("| ").append(category.label).append(" | ")
                .append(tables.entrySet().stream().map(e -> "`" + e.getKey() + "`: " + String.join(", ", e.getValue()))
                        .collect(Collectors.joining("; ")))
                .append(" |\n"));
        return md.toString();
    }

    private static String columns(List<String> columns) {
        return columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }

    private static Rule forget(String table, Category category, Treatment treatment, String... columns) {
        if (!OWNERS.containsKey(table)) throw new IllegalStateException(table + " has no owner in PersonalData.OWNERS");
        return new Rule(table, List.of(columns), category, treatment, When.PERSON);
    }

    private static Rule kept(String table, Category category, String... columns) {
        return new Rule(table, List.of(columns), category, Treatment.KEPT, When.NEVER);
    }

    private static Map<String, Owner> ownersInOrder(Object... pairs) {
        Map<String, Owner> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Owner) pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
