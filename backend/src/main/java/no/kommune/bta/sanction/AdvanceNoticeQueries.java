package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.sanction.SanctionDtos.AdvanceNoticeView;
import no.kommune.bta.sanction.SanctionDtos.Statement;

/** Forhåndsvarsler as views (status from {@link DueProcess#status} on the given day), with the decisions citing them. */
@ApplicationScoped
public class AdvanceNoticeQueries {
    private static final String VIEW = """
            SELECT n.id AS notice_id, n.agreement_id, n.facility_id, n.person_id, n.type, n.description, n.sent_on,
                   n.delivered_how, n.statement_deadline, n.statement_received_on, n.statement_text, n.statement_none,
                   n.statement_recorded_at, n.statement_recorded_by, n.created_at, n.created_by,
                   ARRAY(SELECT x.incident_id FROM advance_notice_incident x WHERE x.advance_notice_id = n.id
                         ORDER BY x.incident_id) AS incident_ids,
                   ARRAY(SELECT s.id FROM sanction s WHERE s.advance_notice_id = n.id ORDER BY s.proposed_at, s.id) AS sanction_ids
            FROM advance_notice n
            """;

    @Inject
    EntityManager em;

    public Optional<AdvanceNoticeView> byId(UUID id, LocalDate today) {
        return Sql.of(em, VIEW + " WHERE n.id = :id").bind("id", id).first(r -> view(r, today));
    }

    /** The most forhåndsvarsler one agreement's list shows (the contract's bound). */
    static final int LIMIT = 1000;

    /** The agreement's forhåndsvarsler, newest first. */
    public List<AdvanceNoticeView> forAgreement(UUID agreementId, LocalDate today) {
        return Sql.of(em, VIEW + " WHERE n.agreement_id = :a ORDER BY n.sent_on DESC, n.created_at DESC LIMIT " + LIMIT)
                .bind("a", agreementId).list(r -> view(r, today));
    }

    private static AdvanceNoticeView view(Row r, LocalDate today) {
        boolean received = !r.isNull("statement_received_on");
        boolean none = r.isTrue("statement_none");
        LocalDate deadline = r.date("statement_deadline");
        Statement statement = r.isNull("statement_recorded_at") ? null
                : new Statement(r.date("statement_received_on"), r.str("statement_text"), none ? Boolean.TRUE : null,
                r.instant("statement_recorded_at"), r.str("statement_recorded_by"));
        return new AdvanceNoticeView(r.uuid("notice_id"), r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"),
                r.enumOf("type", SanctionType.class), DueProcess.status(received, none, deadline, today), r.uuids("incident_ids"),
                r.str("description"), r.date("sent_on"), r.str("delivered_how"), deadline, statement, r.uuids("sanction_ids"),
                r.instant("created_at"), r.str("created_by"));
    }
}
