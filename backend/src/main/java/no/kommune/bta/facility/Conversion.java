package no.kommune.bta.facility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * R-FAC-3: a facility's change of kind, from proposal to the day it took effect. It carries the house rules the
 * facility takes on with the new kind; once done, the rules version made from them and the agreements it replaced.
 */
@Entity
@Table(name = "facility_conversion")
public class Conversion {
    @Id
    public UUID id;
    public String facilityId;
    @Enumerated(EnumType.STRING)
    public AgreementKind fromKind;
    @Enumerated(EnumType.STRING)
    public AgreementKind toKind;
    public LocalDate effectiveOn;
    public String reason;
    public String rulesChangeNote;
    /** R-PAY-8: whether the facility collects egenbetaling after the conversion; null: the new kind's default. */
    public Boolean collectsEgenbetaling;
    @Enumerated(EnumType.STRING)
    public ConversionStatus status;
    public Instant proposedAt;
    public String proposedBy;
    public Instant approvedAt;
    public String approvedBy;
    public Instant withdrawnAt;
    public String withdrawnBy;
    public String withdrawalReason;
    public Instant doneAt;
    public String doneBy;
    public UUID rulesVersionId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] endedAgreements = new UUID[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] successorDrafts = new UUID[0];
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "facility_conversion_rule", joinColumns = @JoinColumn(name = "conversion_id"))
    @OrderBy("category, number")
    public List<HouseRulesVersion.RuleText> rules = new ArrayList<>();

    /** Approved, and its date has come: it takes effect now, whether at the approval or by the run; never before. */
    boolean due(LocalDate today) {
        return status == ConversionStatus.APPROVED && !effectiveOn.isAfter(today);
    }

    void approve(String by, Instant at) {
        status = ConversionStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void withdraw(String by, Instant at, String why) {
        status = ConversionStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawalReason = why;
    }

    void done(String by, Instant at, UUID rulesVersion, FacilityConverted effects) {
        status = ConversionStatus.DONE;
        doneBy = by;
        doneAt = at;
        rulesVersionId = rulesVersion;
        endedAgreements = effects.replacements().stream().map(FacilityConverted.Replacement::ended).toArray(UUID[]::new);
        successorDrafts = effects.replacements().stream().map(FacilityConverted.Replacement::successor).toArray(UUID[]::new);
    }
}
