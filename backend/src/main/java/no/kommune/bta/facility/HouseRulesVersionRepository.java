package no.kommune.bta.facility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HouseRulesVersionRepository implements PanacheRepositoryBase<HouseRulesVersion, UUID> {

    /** Every version of a facility's rules with its rules, newest first (R-FAC-2). */
    public List<HouseRulesVersion> history(String facilityId) {
        return find("select distinct v from HouseRulesVersion v left join fetch v.rules where v.facilityId = ?1 "
                + "order by v.version desc", facilityId).list();
    }

    /** The version in force: the highest number. */
    public Optional<HouseRulesVersion> findCurrent(String facilityId) {
        return find("facilityId = ?1 order by version desc", facilityId).firstResultOptional();
    }

    /** The number of the version in force; 0 when the facility has none. */
    public int currentNumber(String facilityId) {
        return findCurrent(facilityId).map(v -> v.version).orElse(0);
    }
}
