package no.kommune.bta.sanction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry into a unit without the resident's consent (R-SAN-8), as logged. {@code created_at} is the database's. */
@Entity
@Table(name = "entry_log")
public class Entry {
    @Id
    public UUID id;
    @Column(name = "facility_id")
    public String facilityId;
    @Column(name = "unit_id")
    public UUID unitId;
    @Enumerated(EnumType.STRING)
    public EntryGround ground;
    @Column(name = "entered_at")
    public Instant enteredAt;
    public String staff;
    public String present;
    public String found;
    @Column(name = "created_by")
    public String createdBy;
}
