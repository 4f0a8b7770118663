package no.kommune.bta.facility;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.Paging;

/** The conversions of facilities (R-FAC-3), by name. */
@ApplicationScoped
public class ConversionRepository implements PanacheRepositoryBase<Conversion, UUID> {

    /** The conversion, locked for one step at a time. */
    public Optional<Conversion> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The facility's conversion under way (proposed or approved), if any. */
    public Optional<Conversion> openAt(String facilityId) {
        return find("facilityId = ?1 and status in ?2", facilityId,
                List.of(ConversionStatus.PROPOSED, ConversionStatus.APPROVED)).firstResultOptional();
    }

    /** A page of the facility's conversions, newest first. */
    public List<Conversion> pageAt(String facilityId, Paging paging) {
        return find("facilityId = ?1 order by proposedAt desc, id", facilityId)
                .page(Page.of(paging.page(), paging.size())).list();
    }

    public long countAt(String facilityId) {
        return count("facilityId", facilityId);
    }

    /** Approved conversions whose date has come: the scheduled run performs them. */
    public List<UUID> dueOn(LocalDate today) {
        return find("status = ?1 and effectiveOn <= ?2 order by effectiveOn, id", ConversionStatus.APPROVED, today)
                .list().stream().map(c -> c.id).toList();
    }
}
