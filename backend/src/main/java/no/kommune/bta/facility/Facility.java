package no.kommune.bta.facility;

import jakarta.persistence.Column;
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
    @Column(name = "agreement_kind")
    public AgreementKind agreementKind;
    public String address;
    public String operator;
    public String description;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_sexes")
    public Sex[] targetSexes;
    @Column(name = "target_min_age")
    public Integer targetMinAge;
    @Column(name = "target_max_age")
    public Integer targetMaxAge;
    @Column(name = "target_description")
    public String targetDescription;
    @Enumerated(EnumType.STRING)
    @Column(name = "substance_policy")
    public SubstancePolicy substancePolicy;
    @Column(name = "substance_policy_note")
    public String substancePolicyNote;
    @Column(name = "monthly_fee_ore")
    public long monthlyFeeOre;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fee_includes")
    public String[] feeIncludes;
    @Column(name = "notice_days")
    public int noticeDays;
    @Column(name = "exclusion_days")
    public Integer exclusionDays;
    @Column(name = "max_continuous_stay_days")
    public Integer maxContinuousStayDays;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "entry_grounds")
    public String[] entryGrounds;
    @Version
    public long version;
}
