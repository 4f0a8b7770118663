package no.kommune.bta.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** The person registered with this fødselsnummer or D-nummer, if any. */
    public Optional<Person> findByNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }
}
