package no.kommune.bta.sanction;

import static no.kommune.bta.sanction.SanctionGround.VIOLENCE_OR_THREATS;
import static no.kommune.bta.sanction.SanctionGround.WEAPONS_OR_THREATENING_OBJECTS;
import static no.kommune.bta.sanction.SanctionType.EXCLUSION;
import static no.kommune.bta.sanction.SanctionType.TERMINATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.sanction.SanctionPolicy.Refusal;

/**
 * Due process before a hard measure, pure (R-SAN-11, forvaltningsloven § 16; R-SAN-7 for the exclusion's start).
 * Before an exclusion and before a termination on a BTA the resident gets a forhåndsvarsel with a deadline for a
 * statement; the decision may be proposed once the statement is recorded (received, or none by the deadline) or
 * the deadline has passed, and it cites the forhåndsvarsel. Only an exclusion for violence or threats may be
 * proposed as urgent without one (fvl § 16 third paragraph a). An exclusion starts no earlier than its approval.
 */
public final class DueProcess {

    /** The measures that need a forhåndsvarsel (fvl § 16): the BTA's individual decisions. */
    public static final Set<SanctionType> NOTICE_TYPES = Collections.unmodifiableSet(EnumSet.of(EXCLUSION, TERMINATION));

    /** The grounds that let an exclusion be urgent: violence or threats, also with weapons or objects. */
    public static final Set<SanctionGround> URGENT_GROUNDS =
            Collections.unmodifiableSet(EnumSet.of(VIOLENCE_OR_THREATS, WEAPONS_OR_THREATENING_OBJECTS));

    /** What a proposal reads of the forhåndsvarsel it cites. */
    public record Notice(SanctionType type, LocalDate statementDeadline, boolean statementRecorded, Set<UUID> incidentIds) {
    }

    /** An exclusion's first and last day. */
    public record Period(LocalDate from, LocalDate to) {
    }

    private DueProcess() {
    }

    /** Whether the measure needs a forhåndsvarsel before it is proposed. */
    public static boolean needsAdvanceNotice(SanctionType type, boolean urgent) {
        return type == TERMINATION || type == EXCLUSION && !urgent;
    }

    /** Whether the proposal may wait no longer for the resident: the statement is recorded, or its deadline has passed. */
    public static boolean ready(Notice notice, LocalDate today) {
        return notice.statementRecorded() || today.isAfter(notice.statementDeadline());
    }

    /** Where a forhåndsvarsel stands on {@code today}. */
    public static AdvanceNoticeStatus status(boolean received, boolean noneReceived, LocalDate deadline, LocalDate today) {
        if (received) return AdvanceNoticeStatus.STATEMENT_RECEIVED;
        if (noneReceived) return AdvanceNoticeStatus.NO_STATEMENT;
        return today.isAfter(deadline) ? AdvanceNoticeStatus.DEADLINE_PASSED : AdvanceNoticeStatus.AWAITING_STATEMENT;
    }

    /** "None came by the deadline" can be said only once the deadline has passed. */
    public static boolean mayRecordNoneReceived(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }

    /**
     * Empty when the proposal may be made as far as due process goes; otherwise the first reason it may not.
     * {@code notice} is the forhåndsvarsel the proposal cites on the same agreement, or null when it cites none.
     */
    public static Optional<Refusal> check(SanctionType type, SanctionGround ground, boolean urgent, Notice notice,
                                          List<UUID> incidentIds, LocalDate today) {
        if (urgent && (type != EXCLUSION || !URGENT_GROUNDS.contains(ground))) {
            return refuse(ProblemType.URGENT_ONLY_FOR_VIOLENCE_OR_THREATS, "urgent", SanctionTexts.URGENT_ONLY_FOR_VIOLENCE_OR_THREATS);
        }
        if (!needsAdvanceNotice(type, urgent)) return Optional.empty();
        if (notice == null) return refuse(ProblemType.ADVANCE_NOTICE_MISSING, "advanceNoticeId", SanctionTexts.advanceNoticeMissing(type));
        if (notice.type() != type) {
            return refuse(ProblemType.ADVANCE_NOTICE_MISSING, "advanceNoticeId", SanctionTexts.advanceNoticeOfOtherType(notice.type(), type));
        }
        if (!ready(notice, today)) {
            return refuse(ProblemType.STATEMENT_PENDING, "advanceNoticeId", SanctionTexts.statementPending(notice.statementDeadline()));
        }
        for (int i = 0; i < incidentIds.size(); i++) {
            if (!notice.incidentIds().contains(incidentIds.get(i))) {
                return refuse(ProblemType.INCIDENT_NOT_IN_ADVANCE_NOTICE, "incidentIds[" + i + "]", SanctionTexts.INCIDENT_NOT_IN_ADVANCE_NOTICE);
            }
        }
        return Optional.empty();
    }

    /**
     * R-SAN-7: an exclusion takes effect only when approved, so it starts no earlier than the approval day. One
     * proposed to start earlier moves to the approval day and keeps its length, if the alternative accommodation
     * covers the moved period; empty when it does not (the exclusion must then be proposed again).
     */
    public static Optional<Period> startOnApproval(Period proposed, LocalDate approvedOn, Period alternative) {
        if (!proposed.from().isBefore(approvedOn)) return Optional.of(proposed);
        Period moved = startingOn(proposed, approvedOn);
        boolean covered = alternative != null && !alternative.from().isAfter(moved.from()) && !alternative.to().isBefore(moved.to());
        return covered ? Optional.of(moved) : Optional.empty();
    }

    /** The period moved to start on {@code day}, as long as it was. */
    public static Period startingOn(Period period, LocalDate day) {
        return new Period(day, day.plusDays(ChronoUnit.DAYS.between(period.from(), period.to())));
    }

    private static Optional<Refusal> refuse(ProblemType type, String field, String message) {
        return Optional.of(new Refusal(type, field, message));
    }
}
