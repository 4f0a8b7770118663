package no.kommune.bta.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;

/**
 * Issue 18: when HVK may correct an application and its person, and the texts of the correction. Allowed while the
 * application is open and not yet decided (R-INT-4: the decision is made on these details, so once it is made they
 * stand), and never with an agreement open. Pure: no database.
 */
final class IntakeCorrections {

    /** The statuses an application can be corrected in: before the decision, and not closed. */
    static final Set<IntakeStatus> CORRECTABLE = EnumSet.of(IntakeStatus.SUBMITTED, IntakeStatus.WAITING,
            IntakeStatus.ALLOCATED, IntakeStatus.INFORMED, IntakeStatus.ORIENTED);

    private IntakeCorrections() {
    }

    /** The correction may be made now, or the 409 that names the rule. */
    static void require(IntakeStatus status, boolean openAgreement) {
        if (!CORRECTABLE.contains(status) || openAgreement) {
            throw ProblemException.of(ProblemType.INTAKE_STEP_NOT_ALLOWED,
                    "Opplysningene kan bare rettes før vedtaket er fattet og mens søknaden er åpen (R-INT-4: vedtaket "
                            + "bygger på dem); søknaden har status " + status);
        }
    }

    static String notCaseworker() {
        return "Bare saksbehandleren for søknaden kan rette opplysningene (R-ACC-3)";
    }

    /** The timeline line: which fields changed, never their values (health data, R-ACC-3). */
    static String corrected(List<String> fields) {
        return "Opplysninger rettet: " + String.join(", ", fields);
    }
}
