package no.kommune.bta.sanction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A forhåndsvarsel (forvaltningsloven § 16, R-SAN-11): the resident is told that an exclusion or a termination is
 * being considered, on which incidents, and by when they may give a statement; then the statement, or that none
 * came. Written through {@link AdvanceNoticeRepository}, read through {@link AdvanceNoticeQueries}.
 */
@Entity
@Table(name = "advance_notice")
public class AdvanceNotice {
    @Id
    public UUID id;
    public UUID agreementId;
    public String facilityId;
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public SanctionType type;
    public String description;
    public LocalDate sentOn;
    public String deliveredHow;
    public LocalDate statementDeadline;
    public String createdBy;
    public LocalDate statementReceivedOn;
    public String statementText;
    public boolean statementNone;
    public Instant statementRecordedAt;
    public String statementRecordedBy;
    @ElementCollection
    @CollectionTable(name = "advance_notice_incident", joinColumns = @JoinColumn(name = "advance_notice_id"))
    @Column(name = "incident_id")
    public Set<UUID> incidentIds = new LinkedHashSet<>();

    public boolean statementRecorded() {
        return statementRecordedAt != null;
    }

    /** The resident's statement, received on {@code on}. */
    public void statementReceived(LocalDate on, String text, String by, Instant at) {
        statementReceivedOn = on;
        statementText = text;
        recorded(by, at);
    }

    /** No statement came by the deadline. */
    public void noStatement(String by, Instant at) {
        statementNone = true;
        recorded(by, at);
    }

    private void recorded(String by, Instant at) {
        statementRecordedBy = by;
        statementRecordedAt = at;
    }
}
