package no.kommune.bta.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "person")
public class Person {
    /** What an anonymised person is called (R-ACC-5, M30). */
    public static final String ANONYMISED_GIVEN_NAME = "Anonymisert";
    public static final String ANONYMISED_FAMILY_NAME = "person";

    @Id
    public UUID id;
    public String nationalId;
    public String givenName;
    public String familyName;
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public String phone;
    public String email;
    public String address;
    public String navContact;
    public Instant createdAt;
    public String createdBy;
    public Instant anonymisedAt;
    @Version
    public long version;

    public String fullName() {
        return fullName(givenName, familyName);
    }

    /** The one way a person's name is shown: given and family name. */
    public static String fullName(String givenName, String familyName) {
        return (givenName + " " + familyName).strip();
    }

    /**
     * How a report read outside the facility names a resident (the control report for internal control and the county
     * governor, R-SAN-10): initials and the masked number, {@code I.S. 120490 *****}. Enough to tell residents apart and
     * for the facility to find the case when asked, without the name or the whole number (R-ACC-2). An anonymised
     * person stays anonymised (R-ACC-5).
     */
    public static String initialsAndMaskedNumber(String givenName, String familyName, String nationalId) {
        if (ANONYMISED_GIVEN_NAME.equals(givenName) && ANONYMISED_FAMILY_NAME.equals(familyName) && nationalId == null) {
            return fullName(givenName, familyName);
        }
        StringBuilder initials = new StringBuilder();
        for (String part : fullName(givenName == null ? "" : givenName, familyName == null ? "" : familyName).split("\\s+")) {
            if (!part.isEmpty()) initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append('.');
        }
        return (initials + " " + NationalId.mask(nationalId)).strip();
    }
}
