package no.kommune.bta.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * R-FAC-3: a facility has changed kind on its conversion's effective date (its terms already changed with it).
 * Fired synchronously inside the transaction that performs the conversion, at its approval when the date is today
 * or by the scheduled run on the day; the agreement feature observes it, ends every open agreement there and drafts
 * a successor of the new kind for each, and tells which through {@link #replaced}.
 *
 * @param noticeDays the facility's notice days under its new kind, which the successors carry
 * @param reason     why the facility converts, as the fagleder gave it
 * @param by         who performs it: the approving fagleder, or the scheduled run
 */
public record FacilityConverted(String facilityId, String facilityName, AgreementKind fromKind, AgreementKind toKind,
                                LocalDate effectiveOn, String reason, int noticeDays, String by,
                                List<Replacement> replacements) {

    /** An agreement ended by the conversion and the draft that succeeds it. */
    public record Replacement(UUID ended, UUID successor) {
    }

    public FacilityConverted(String facilityId, String facilityName, AgreementKind fromKind, AgreementKind toKind,
                             LocalDate effectiveOn, String reason, int noticeDays, String by) {
        this(facilityId, facilityName, fromKind, toKind, effectiveOn, reason, noticeDays, by, new ArrayList<>());
    }

    /** Called by the observer for each agreement it ended, in order. */
    public void replaced(UUID ended, UUID successor) {
        replacements.add(new Replacement(ended, successor));
    }
}
