package no.kommune.bta.followup;

/** R-FOL-1: the meetings held with the resident (column {@code follow_up_meeting.kind}, CHECK). */
public enum MeetingKind {
    /** A meeting of the responsibility group (ansvarsgruppemøte). */
    RESPONSIBILITY_GROUP,
    /** A talk between the resident and the primary contact. */
    PRIMARY_CONTACT_TALK
}
