package no.kommune.bta.facility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<Facility, String> {
}
