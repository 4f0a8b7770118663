package no.kommune.bta.common;

/**
 * Every problem type the API answers with, in one catalogue: the type URI's last segment, the HTTP
 * status, the title and the domain rule (R-…) it enforces. Integrators and the SPA react to the type;
 * it never changes once published. Throw with {@link ProblemException#of(ProblemType, String)}.
 */
public enum ProblemType {
    // --- generic ---
    BAD_REQUEST("bad-request", 400, "Ugyldig forespørsel", null),
    VALIDATION("validation", 422, "Ugyldige felt", null),
    UNAUTHORIZED("unauthorized", 401, "Ikke innlogget", null),
    FORBIDDEN("forbidden", 403, "Ingen tilgang", null),
    NOT_FOUND("not-found", 404, "Finnes ikke", null),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Metoden er ikke tillatt", null),
    NOT_ACCEPTABLE("not-acceptable", 406, "Kan ikke levere i ønsket format", null),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Ukjent innholdstype", null),
    STALE_VERSION("stale-version", 409, "Noen andre har endret dette i mellomtiden", null),
    INTERNAL("internal", 500, "Noe gikk galt hos oss", null),
    // issue 17: the database cannot be reached, or a statement or the wait for a connection ran out of time
    UNAVAILABLE("unavailable", 503, "Tjenesten er midlertidig utilgjengelig", null),
    // R-ACC-2: data is sent only when its access-log rows were written
    ACCESS_LOG_UNAVAILABLE("access-log-unavailable", 503, "Tilgangsloggen kan ikke skrives nå", "R-ACC-2"),

    // --- persons ---
    INVALID_NATIONAL_ID("invalid-national-id", 422, "Ugyldig fødselsnummer eller D-nummer", "R-ACC-2"),
    PERSON_EXISTS("person-exists", 409, "Personen er allerede registrert", null),

    // --- facilities ---
    HOUSE_RULES_INVALID("validation", 422, "Ugyldige felt", "R-FAC-2"),
    FACILITY_ALREADY_OF_KIND("facility-already-of-kind", 409, "Botiltaket har allerede denne avtaleformen", "R-FAC-3"),
    // R-FAC-3: a conversion proposed by one fagleder and approved by another, on a date today or later
    CONVERSION_FOUR_EYES("r-fac-3-four-eyes", 403, "Forslagsstilleren kan ikke godkjenne omleggingen selv", "R-FAC-3"),
    CONVERSION_DATE_PASSED("r-fac-3-effective-date-passed", 422, "Omleggingen kan ikke gjelde fra en dato som er passert", "R-FAC-3"),
    RULE_NOT_LAWFUL_IN_TENANCY("r-fac-3-rule-not-lawful-in-tenancy", 422, "Regelen er ikke lovlig i et leieforhold", "R-FAC-3"),
    CONVERSION_UNDER_WAY("r-fac-3-conversion-under-way", 409, "En omlegging av botiltaket er allerede under arbeid", "R-FAC-3"),
    CONVERSION_STEP_NOT_ALLOWED("conversion-step-not-allowed", 409, "Steget kan ikke gjøres nå", "R-FAC-3"),

    // --- intake ---
    INTAKE_STEP_NOT_ALLOWED("intake-step-not-allowed", 409, "Steget kan ikke gjøres nå", null),
    INTAKE_ALREADY_ALLOCATED("intake-already-allocated", 409, "Søknaden har allerede en tildeling", "R-INT-2"),
    INTAKE_HAS_AGREEMENT("intake-has-agreement", 409, "Søknaden har en åpen avtale", null),
    UNIT_NOT_AVAILABLE("r-int-2-unit-not-available", 409, "Boenheten er ikke ledig", "R-INT-2"),
    APPLICANT_NOT_INFORMED("r-int-3-applicant-not-informed", 422, "Søkeren er ikke informert", "R-INT-3"),
    ORIENTATION_MEETING_INCOMPLETE("r-int-3-orientation-meeting", 422, "Orienteringssamtalen er ikke fullstendig", "R-INT-3"),
    ORIENTATION_BEFORE_DECISION("r-int-4-orientation-before-decision", 422, "Orienteringssamtalen må holdes først", "R-INT-4"),
    DECISION_BEFORE_AGREEMENT("r-int-4-decision-before-agreement", 422, "Vedtaket må være fattet først", "R-INT-4"),
    MOVE_IN_REQUIREMENTS("r-int-5-move-in-requirements", 422, "Innflytting kan ikke registreres ennå", "R-INT-5"),
    OUTSIDE_TARGET_GROUP("r-int-7-outside-target-group", 422, "Søkeren er utenfor målgruppen", "R-INT-7"),
    /** ALLOCATE outside the waiting list: the same type as any step not allowed, with the rule it breaks. */
    INTAKE_NOT_ON_WAITING_LIST("intake-step-not-allowed", 409, "Steget kan ikke gjøres nå", "R-INT-1"),

    // --- agreements ---
    AGREEMENT_EXISTS("agreement-exists", 409, "Søknaden har allerede en avtale", null),
    AGREEMENT_STEP_NOT_ALLOWED("agreement-step-not-allowed", 409, "Steget kan ikke gjøres nå", null),
    AGREEMENT_ENDED("agreement-ended", 409, "Avtalen er avsluttet", null),
    EVALUATION_BEFORE_RENEWAL("r-agr-1-evaluation-before-renewal", 422, "Evalueringsmøte mangler", "R-AGR-1"),
    LEASE_TERMINATION_BY_OWNER("r-agr-2-lease-termination-by-owner", 422, "Husleiekontrakten sies opp av utleier", "R-AGR-2"),
    FEE_CHANGE_NOTICE("r-agr-3-fee-change-notice", 422, "For kort varsel om ny egenbetaling", "R-AGR-3"),
    FAGLEDER_SIGNS("r-agr-4-fagleder-signs", 403, "Bare fagleder eller bokoordinator signerer for kommunen", "R-AGR-4"),
    FAGLEDER_APPOINTS("r-fol-1-fagleder-appoints", 403, "Bare fagleder oppnevner primærkontakt", "R-FOL-1"),
    ASSESSMENT_INVALID("validation", 422, "Ugyldige svar", "R-FOL-2"),
    NO_SHARING_CONSENT("r-acc-3-no-sharing-consent", 409, "Ingen samtykke å trekke tilbake", "R-ACC-3"),
    // issue 13, deliverables 7 and 8: void before move-in, and the referral case in a tenancy
    VOID_ONLY_BEFORE_MOVE_IN("r-agr-9-void-only-before-move-in", 409, "Avtalen kan bare annulleres før innflytting", "R-AGR-9"),
    REFERRAL_ALREADY_ANSWERED("r-san-6-referral-already-answered", 409, "Eieren har allerede svart på henvisningen", "R-SAN-6"),

    // --- sanctions ---
    SANCTION_TYPE_NOT_FOR_KIND("sanction-type-not-for-kind", 422, "Tiltaket kan ikke registreres", "R-SAN-1"),
    GROUND_NOT_VALID("r-san-1-ground-not-valid", 422, "Tiltaket kan ikke registreres", "R-SAN-1"),
    GROUND_NOT_SUPPORTED("r-san-1-ground-not-supported", 422, "Tiltaket kan ikke registreres", "R-SAN-1"),
    NEEDS_EARLIER_WARNINGS("r-san-3-needs-earlier-warnings", 422, "Tiltaket kan ikke registreres", "R-SAN-3"),
    NEEDS_SERIOUS_BREACH("r-san-3-needs-serious-breach", 422, "Tiltaket kan ikke registreres", "R-SAN-3"),
    NEEDS_WARNINGS_AND_SERIOUS_BREACH("r-san-4-needs-warnings-and-serious-breach", 422, "Tiltaket kan ikke registreres", "R-SAN-4"),
    EXCLUSION_NEEDS_ALTERNATIVE_HOUSING("r-san-4-exclusion-needs-alternative-housing", 422, "Annet bosted mangler", "R-SAN-4"),
    NEEDS_SERIOUS_REPEATED_BREACHES("r-san-5-needs-serious-repeated-breaches", 422, "Tiltaket kan ikke registreres", "R-SAN-5"),
    NOT_LAWFUL_IN_TENANCY("r-san-6-not-lawful-in-tenancy", 422, "Ikke lovlig i et leieforhold", "R-SAN-6"),
    /** The same rule refusing a sanction type, under the title that answer has always had. */
    SANCTION_NOT_LAWFUL_IN_TENANCY("r-san-6-not-lawful-in-tenancy", 422, "Ikke lovlig etter husleieloven", "R-SAN-6"),
    DECISION_NEEDS_GROUNDS("r-san-7-decision-needs-grounds", 422, "Enkeltvedtaket mangler begrunnelse", "R-SAN-7"),
    FOUR_EYES("r-san-7-four-eyes", 403, "Forslagsstilleren kan ikke godkjenne selv", "R-SAN-7"),
    NOT_APPROVED("r-san-7-not-approved", 409, "Vedtaket er ikke godkjent", "R-SAN-7"),
    SANCTION_NEEDS_NO_APPROVAL("sanction-needs-no-approval", 409, "Tiltaket trenger ikke godkjenning", null),
    SANCTION_ALREADY_APPROVED("sanction-already-approved", 409, "Allerede godkjent", null),
    APPEAL_OUTCOME_BY_ANOTHER_FAGLEDER("r-san-7-appeal-outcome-by-another-fagleder", 403,
            "Utfallet av klagen registreres av en annen fagleder", "R-SAN-7"),
    SANCTION_NOT_APPEALABLE("sanction-not-appealable", 409, "Ikke et enkeltvedtak med klagefrist", "R-SAN-7"),
    ENTRY_GROUND_NOT_ALLOWED("r-san-8-entry-ground-not-allowed", 422, "Ikke en lovlig grunn til å låse seg inn", "R-SAN-8"),
    /** The same refusal in a tenancy, where husleieloven (R-SAN-6) is what forbids it. */
    ENTRY_GROUND_NOT_ALLOWED_IN_TENANCY("r-san-8-entry-ground-not-allowed", 422, "Ikke en lovlig grunn til å låse seg inn", "R-SAN-6"),
    // a termination only through a decision, on real arrears, citing the rules the resident signed (issue 13)
    TERMINATION_BY_DECISION_ONLY("r-san-12-termination-by-decision-only", 422,
            "Kommunen sier opp en bo- og tjenesteavtale bare gjennom et vedtak om oppsigelse", "R-SAN-12"),
    TERMINATION_GROUND_NEEDS_DECISION("r-san-12-termination-ground-needs-decision", 422,
            "Utflytting etter oppsigelse krever et vedtak om oppsigelse", "R-SAN-12"),
    TERMINATION_NEEDS_ARREARS("r-san-5-termination-needs-arrears", 422, "Restansen i reskontroen er under terskelen", "R-SAN-5"),
    NOTIFIED_BEFORE_APPROVAL("r-san-7-notified-before-approval", 422, "Underretningen kan ikke være før godkjenningen", "R-SAN-7"),
    DECISION_ALREADY_NOTIFIED("r-san-7-already-notified", 409, "Beboeren er allerede underrettet om vedtaket", "R-SAN-7"),
    APPEAL_ALREADY_DECIDED("r-san-7-appeal-already-decided", 409, "Klagen er allerede avgjort", "R-SAN-7"),
    RULE_NOT_IN_SIGNED_VERSION("r-fac-2-rule-not-in-signed-version", 422,
            "Regelen finnes ikke i husordensreglene beboeren har signert", "R-FAC-2"),
    // R-SAN-11 due process before a decision, its letters, and an exclusion's start (issue 13, deliverables 2 and 3)
    ADVANCE_NOTICE_MISSING("r-san-11-advance-notice-missing", 422, "Forhåndsvarsel mangler", "R-SAN-11"),
    STATEMENT_PENDING("r-san-11-statement-pending", 422, "Fristen for uttalelse løper ennå", "R-SAN-11"),
    INCIDENT_NOT_IN_ADVANCE_NOTICE("r-san-11-incident-not-in-advance-notice", 422, "Hendelsen sto ikke i forhåndsvarselet",
            "R-SAN-11"),
    URGENT_ONLY_FOR_VIOLENCE_OR_THREATS("r-san-11-urgent-only-for-violence-or-threats", 422,
            "Bare vold eller trusler gjør en bortvisning til en hastesak", "R-SAN-11"),
    STATEMENT_ALREADY_RECORDED("r-san-11-statement-already-recorded", 409, "Uttalelsen er allerede registrert", "R-SAN-11"),
    STATEMENT_DEADLINE_NOT_PASSED("r-san-11-deadline-not-passed", 422, "Fristen for uttalelse har ikke gått ut", "R-SAN-11"),
    NOT_A_DECISION("r-san-11-not-a-decision", 409, "Bare enkeltvedtak har vedtaksbrev", "R-SAN-11"),
    EXCLUSION_BEFORE_APPROVAL("r-san-7-exclusion-before-approval", 409, "Bortvisningen kan ikke begynne før godkjenningen",
            "R-SAN-7"),

    // --- egenbetaling ---
    DEDUCTION_NEEDS_SIGNED_AGREEMENT("r-pay-2-deduction-needs-signed-agreement", 422, "Trekkavtale mangler", "R-PAY-2"),
    NO_ARREARS("no-arrears", 422, "Ingen restanse", "R-PAY-4"),
    CHARGE_RUN_RUNNING("charge-run-running", 409, "En kjøring for måneden pågår", "R-PAY-1"),
    OCR_FILE_INVALID("ocr-file-invalid", 422, "Filen er ikke en gyldig OCR-fil", "R-PAY-3"),
    PAYMENT_ALREADY_MATCHED("payment-already-matched", 409, "Betalingen er allerede knyttet til en avtale", "R-PAY-3"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Nøkkelen er brukt for en annen forespørsel", null),
    IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", 409, "Forespørselen med denne nøkkelen pågår", null),
    // ledger, credit and the accounts (issue 14, lead)
    REFUND_ONLY_AFTER_END("r-pay-8-refund-only-after-end", 409, "Kreditt betales tilbake når avtalen er avsluttet", "R-PAY-8"),
    REFUND_MORE_THAN_CREDIT("r-pay-8-refund-more-than-credit", 422, "Mer enn kreditten på avtalen", "R-PAY-8"),
    PERIOD_NOT_OVER("r-pay-6-period-not-over", 422, "Måneden er ikke over", "R-PAY-6"),
    PERIOD_ALREADY_CLOSED("r-pay-6-period-already-closed", 409, "Måneden er allerede avsluttet", "R-PAY-6"),
    // the clerk's desk (issue 14): what the payment method brings about
    NOT_INVOICED("r-pay-2-not-invoiced", 409, "Beboeren betaler ikke med faktura", "R-PAY-2"),
    NOT_STANDING_ORDER("r-pay-2-not-standing-order", 409, "Beboeren betaler ikke med fast betalingsoppdrag", "R-PAY-2"),
    NOTHING_TO_INVOICE("r-pay-2-nothing-to-invoice", 409, "Ingen egenbetaling å fakturere for måneden", "R-PAY-2"),
    NO_KID_YET("r-pay-3-no-kid-yet", 409, "Avtalen har ingen KID ennå", "R-PAY-3"),

    // --- reporting ---
    /** Statistics without exact figures (esikt, kontroll) are given for whole calendar months only. */
    STATISTICS_WHOLE_MONTHS("r-sta-2-whole-months", 422, "Statistikken gis for hele kalendermåneder", "R-STA-2"),

    // --- the edge (issue 15, deliverable 8): a body over its limit (JSON 1 MB, the bank file 20 MB) ---
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Forespørselen er for stor", null);

    private final String slug;
    private final int status;
    private final String title;
    private final String rule;

    ProblemType(String slug, int status, String title, String rule) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.rule = rule;
    }

    /** The last segment of the type URI. Several catalogue entries may share a slug (e.g. validation). */
    public String slug() {
        return slug;
    }

    public String uri() {
        return Problem.BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The domain rule (R-…), or null. */
    public String rule() {
        return rule;
    }
}
