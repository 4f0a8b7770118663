package no.kommune.bta.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.security.AccessQueries.Grant;

public final class PersonDtos {
    private PersonDtos() {
    }

    public record NewPerson(
            @NotBlank(message = "må fylles ut") String nationalId,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String givenName,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String familyName,
            @Size(max = 40, message = "kan ha høyst 40 tegn") String phone,
            @Email(message = "må være en gyldig e-postadresse") @Size(max = 200, message = "kan ha høyst 200 tegn") String email,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String address,
            @Size(max = 500, message = "kan ha høyst 500 tegn") String navContact) {
    }

    /**
     * What HVK may correct of a person it registered (issue 18): names and contact details. Never the identity number,
     * nor the birth date and legal sex that come from it.
     */
    public record PersonDetails(String givenName, String familyName, String phone, String email, String address,
                                String navContact) {
    }

    /** A search by part of a name or the first 6 to 11 digits of the number, sent in the body (never in a URL). */
    public record PersonSearch(@Size(max = 100, message = "kan ha høyst 100 tegn") String query) {
    }

    /**
     * In lists: the number is masked. The one person summary read model: built from the entity here, or from
     * a row by {@link PersonQueries#summary}.
     */
    /**
     * A person in a list. {@code nationalIdMasked} and {@code birthDate} are left out for readers who may see only
     * the birth year (ESIKT, R-ACC-3): see {@link #forQueue()}.
     */
    public record PersonSummary(UUID id, String nationalIdMasked, String name, LocalDate birthDate, int birthYear, String sex) {
        public static PersonSummary of(Person p) {
            return of(p.id, p.nationalId, p.givenName, p.familyName, p.birthDate, p.sex);
        }

        public static PersonSummary of(UUID id, String nationalId, String givenName, String familyName,
                                       LocalDate birthDate, Sex sex) {
            return new PersonSummary(id, NationalId.mask(nationalId), Person.fullName(givenName, familyName), birthDate,
                    birthDate.getYear(), sex == null ? null : sex.name());
        }

        /** What the allocation queue needs: name, birth year and sex; no number and no birth date. */
        public PersonSummary forQueue() {
            return new PersonSummary(id, null, name, null, birthYear, sex);
        }
    }

    public record PersonView(UUID id, String nationalId, String givenName, String familyName, LocalDate birthDate,
                             Sex sex, String phone, String email, String address, String navContact,
                             Instant createdAt, Instant anonymisedAt, List<Grant> access) {
        /** The person with why the caller sees them (R-ACC-3; empty right after HVK registered them). */
        public static PersonView of(Person p, List<Grant> access) {
            return new PersonView(p.id, p.nationalId, p.givenName, p.familyName, p.birthDate, p.sex, p.phone, p.email,
                    p.address, p.navContact, p.createdAt, p.anonymisedAt, access);
        }
    }

    /**
     * The case view's header (issue 18): the person with contact details, and where they stand now as the caller sees
     * it. The agreement is the newest one kept by one of the caller's facilities (facility staff only); the application
     * is the newest one the caller may read. Either is null when there is none the caller sees.
     */
    public record PersonCase(UUID id, String name, String nationalIdMasked, LocalDate birthDate, int age, Sex sex,
                             String phone, String email, String navContact, Instant anonymisedAt,
                             CaseAgreement agreement, CaseApplication application, List<Grant> access) {
    }

    /** The agreement the case view shows: where the person lives or lived, and the named primary contact. */
    public record CaseAgreement(UUID id, String kind, String status, String facilityId, String facilityName,
                                String unitLabel, String primaryContact) {
    }

    /** The application the case view shows, with the facility it is allocated to, if any. */
    public record CaseApplication(UUID id, String status, LocalDate receivedOn, String allocatedFacilityId,
                                  String allocatedFacilityName, String allocatedUnitLabel) {
    }
}
