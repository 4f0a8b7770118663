package no.kommune.bta.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * R-SAN-6: in a tenancy the municipality's hardest step is a referral for termination to the property owner. The
 * referral is a case of its own on the agreement: referred when the decision is approved, then the owner's answer
 * with its dates and outcome ({@link ReferralStatus}).
 */
@Entity
@Table(name = "agreement_referral")
public class Referral {
    @Id
    public UUID id;
    public UUID agreementId;
    /** The approved referral decision, when the sanction feature names it. */
    public UUID sanctionId;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public LocalDate referredOn;
    public String referredBy;
    public LocalDate respondedOn;
    public LocalDate effectiveOn;
    public String outcome;
    public Instant responseRecordedAt;
    public String responseRecordedBy;
    public Instant createdAt;
    @Version
    public long version;
}
