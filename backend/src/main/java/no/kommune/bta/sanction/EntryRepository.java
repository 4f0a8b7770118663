package no.kommune.bta.sanction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<Entry, UUID> {
}
