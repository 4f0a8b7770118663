package no.kommune.bta.facility;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.kommune.bta.common.Paging;

@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<Facility, String> {

    /** A page of facilities by name, of one kind or (kind null) of every kind. */
    public List<Facility> pageByKind(AgreementKind kind, Paging paging) {
        PanacheQuery<Facility> q = kind == null ? findAll(Sort.by("name")) : find("agreementKind", Sort.by("name"), kind);
        return q.page(Page.of(paging.page(), paging.size())).list();
    }

    public long countByKind(AgreementKind kind) {
        return kind == null ? count() : count("agreementKind", kind);
    }
}
