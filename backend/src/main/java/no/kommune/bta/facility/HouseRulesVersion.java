package no.kommune.bta.facility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One version of a facility's house rules and HMS rules (R-FAC-2). Versions are never changed. */
@Entity
@Table(name = "house_rules_version")
public class HouseRulesVersion {
    @Id
    public UUID id;
    public String facilityId;
    public int version;
    public LocalDate validFrom;
    public Instant createdAt;
    public String createdBy;
    public String changeNote;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "house_rule", joinColumns = @JoinColumn(name = "rules_version_id"))
    @OrderBy("category, number")
    public List<RuleText> rules = new ArrayList<>();

    @Embeddable
    public static class RuleText {
        @Enumerated(EnumType.STRING)
        public HouseRuleCategory category;
        public int number;
        public String text;

        public RuleText() {
        }

        public RuleText(HouseRuleCategory category, int number, String text) {
            this.category = category;
            this.number = number;
            this.text = text;
        }
    }
}
