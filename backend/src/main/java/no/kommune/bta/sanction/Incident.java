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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recorded incident or breach (R-SAN-1, R-SAN-9) and the residents involved. Written once; read
 * through {@link IncidentQueries}. {@code created_at} is the database's.
 */
@Entity
@Table(name = "incident")
public class Incident {
    @Id
    public UUID id;
    @Column(name = "facility_id")
    public String facilityId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** The categories by name (a text[] column); set through {@link #categories(Collection)}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "categories")
    public String[] categories;
    public boolean serious;
    @Column(name = "rules_version_id")
    public UUID rulesVersionId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "rule_numbers")
    public Integer[] ruleNumbers;
    public String description;
    @Column(name = "police_contacted")
    public boolean policeContacted;
    @Enumerated(EnumType.STRING)
    @Column(name = "police_reason")
    public PoliceReason policeReason;
    @Column(name = "created_by")
    public String createdBy;
    @ElementCollection
    @CollectionTable(name = "incident_person", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "person_id")
    public Set<UUID> personIds = new LinkedHashSet<>();

    public void categories(Collection<IncidentCategory> values) {
        categories = values.stream().map(Enum::name).toArray(String[]::new);
    }

    public void ruleNumbers(List<Integer> values) {
        ruleNumbers = values.toArray(Integer[]::new);
    }

    /** R-SAN-9: a police contact is recorded with its reason. */
    public void policeReason(PoliceReason reason) {
        policeReason = reason;
        policeContacted = reason != null;
    }
}
