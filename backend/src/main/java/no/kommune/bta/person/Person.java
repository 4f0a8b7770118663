package no.kommune.bta.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "person")
public class Person {
    @Id
    public UUID id;
    @Column(name = "national_id")
    public String nationalId;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String sex;
    public String phone;
    public String email;
    public String address;
    @Column(name = "nav_contact")
    public String navContact;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;
    @Version
    public long version;

    public String fullName() {
        return (givenName + " " + familyName).strip();
    }
}
