package no.kommune.bta.sanction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A visitor ban by staff or the police (R-SAN-9). {@code created_at} is the database's. */
@Entity
@Table(name = "visitor_ban")
public class VisitorBan {
    @Id
    public UUID id;
    @Column(name = "facility_id")
    public String facilityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "issued_by")
    public IssuedBy issuedBy;
    public String visitor;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    public String reason;
    @Column(name = "created_by")
    public String createdBy;
}
