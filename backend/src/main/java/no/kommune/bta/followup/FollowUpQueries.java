package no.kommune.bta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.GroupMember;
import no.kommune.bta.common.db.Sql;

/** R-FOL-1: the tables the follow-up feature owns, the responsibility group and the meetings. */
@ApplicationScoped
public class FollowUpQueries {

    @Inject
    EntityManager em;

    /** The group is replaced as a whole; members keep the order they were given in. */
    public void replaceResponsibilityGroup(UUID agreementId, List<GroupMember> members) {
        Sql.of(em, "DELETE FROM responsibility_group_member WHERE agreement_id = :a").bind("a", agreementId).execute();
        int position = 1;
        for (GroupMember m : members) {
            Sql.of(em, """
                            INSERT INTO responsibility_group_member (agreement_id, position, name, represents)
                            VALUES (:a, :p, :n, :r)""")
                    .bind("a", agreementId).bind("p", position++).bind("n", m.name()).bind("r", m.represents())
                    .execute();
        }
    }

    public void insertMeeting(UUID agreementId, MeetingKind kind, LocalDate heldOn, String note, String createdBy) {
        Sql.of(em, """
                        INSERT INTO follow_up_meeting (id, agreement_id, kind, held_on, note, created_by)
                        VALUES (:id, :a, :k, :h, :n, :by)""")
                .bind("id", UUID.randomUUID()).bind("a", agreementId).bind("k", kind).bind("h", heldOn)
                .bind("n", note).bind("by", createdBy)
                .execute();
    }

    /**
     * R-ACC-5, called by retention: the notes of a person's meetings are cleared and the members of their
     * responsibility groups (other people: relatives, NAV, the doctor) are deleted; the meetings' dates stay.
     */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, """
                        UPDATE follow_up_meeting SET note = NULL
                        WHERE agreement_id IN (SELECT id FROM agreement WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
        Sql.of(em, """
                        DELETE FROM responsibility_group_member
                        WHERE agreement_id IN (SELECT id FROM agreement WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
    }
}
