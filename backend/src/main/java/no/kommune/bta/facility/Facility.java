package no.kommune.bta.facility;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.kommune.bta.person.Sex;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A botiltak with its terms (R-FAC-1). */
@Entity
@Table(name = "facility")
public class Facility {
    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public AgreementKind agreementKind;
    public String address;
    public String operator;
    public String description;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Sex[] targetSexes;
    public Integer targetMinAge;
    public Integer targetMaxAge;
    public String targetDescription;
    @Enumerated(EnumType.STRING)
    public SubstancePolicy substancePolicy;
    public String substancePolicyNote;
    public long monthlyFeeOre;
    /** R-PAY-8: whether the unit collects egenbetaling here (BTA by default; in a LEASE facility the owner collects rent). */
    public boolean collectsEgenbetaling;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] feeIncludes;
    public int noticeDays;
    public Integer exclusionDays;
    public Integer maxContinuousStayDays;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] entryGrounds;
    @Version
    public long version;
}
