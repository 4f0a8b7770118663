package no.kommune.bta.agreement;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kommune.bta.common.PdfRenderer;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.person.Person;

/**
 * The agreement as a printable PDF in bokmål: parties, unit, period, fee, notice, the house rules and
 * HMS rules of the version it was signed under (R-FAC-2), the entry grounds, what happens on breaches,
 * deposit and insurance, move-out terms, signature lines, and a plain-language summary page.
 */
@ApplicationScoped
public class AgreementPdf {

    @Inject
    AgreementService agreements;

    @Inject
    EntityManager em;

    @Inject
    Template agreement;

    public record RuleLine(int number, String text) {
    }

    static final Map<String, String> ENTRY = Map.of(
            "DANGER_TO_LIFE_OR_HEALTH", "når det er fare for liv eller helse",
            "NOISE_AND_DISTURBANCE", "ved uro og bråk",
            "POLICE_WARRANT", "når politiet har ransakings- eller pågripelsesordre og beboeren ikke åpner",
            "SUSPECTED_UNWANTED_PERSONS", "ved mistanke om at uønskede personer oppholder seg i boenheten",
            "NO_ANSWER_AT_HMS_ROUND", "når beboeren ikke åpner ved de faste HMS-rundene");

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] render(UUID id) {
        Agreement a = agreements.load(id);
        Facility f = em.find(Facility.class, a.facilityId);
        Person p = em.find(Person.class, a.personId);
        String unit = (String) em.createNativeQuery("SELECT label FROM unit WHERE id = :u").setParameter("u", a.unitId).getSingleResult();
        // a signed agreement shows the version it was signed under; a draft the version in force now
        UUID rulesVersion = a.rulesVersionId != null ? a.rulesVersionId
                : em.createQuery("select v.id from HouseRulesVersion v where v.facilityId = :f order by v.version desc", UUID.class)
                .setParameter("f", a.facilityId).setMaxResults(1).getSingleResult();
        Object[] v = (Object[]) em.createNativeQuery("SELECT version, valid_from FROM house_rules_version WHERE id = :id")
                .setParameter("id", rulesVersion).getSingleResult();
        Map<String, Object> data = new HashMap<>();
        data.put("bta", a.kind.equals("BTA"));
        data.put("kindName", AgreementService.kindName(a.kind));
        data.put("facility", f);
        data.put("person", p);
        data.put("birth", AgreementService.fmt(p.birthDate));
        data.put("unit", unit);
        data.put("from", AgreementService.fmt(a.startDate));
        data.put("to", AgreementService.fmt(a.endDate));
        data.put("fee", AgreementService.kroner(agreements.view(id, List.of()).monthlyFeeOre()));
        data.put("includes", a.feeIncludes == null ? "" : String.join(", ", a.feeIncludes));
        data.put("noticeDays", a.noticeDays);
        data.put("exclusionDays", f.exclusionDays);
        data.put("rulesVersion", v[0]);
        data.put("signed", a.signedByBoth());
        data.put("houseRules", rules(rulesVersion, "HOUSE"));
        data.put("hmsRules", rules(rulesVersion, "HMS"));
        data.put("entry", java.util.Arrays.stream(f.entryGrounds).map(ENTRY::get).toList());
        data.put("deposit", a.depositOre == null ? null : AgreementService.kroner(a.depositOre));
        data.put("residentSigned", AgreementService.fmt(a.residentSignedOn));
        data.put("municipalitySigned", AgreementService.fmt(a.municipalitySignedOn));
        data.put("municipalitySignedBy", a.municipalitySignedBy == null ? "" : a.municipalitySignedBy);
        String html = agreement.data(data).render();
        return PdfRenderer.render(html);
    }

    private List<RuleLine> rules(UUID version, String category) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT number, text FROM house_rule WHERE rules_version_id = :v AND category = :c ORDER BY number")
                .setParameter("v", version).setParameter("c", category).getResultList();
        return rows.stream().map(r -> new RuleLine(((Number) r[0]).intValue(), (String) r[1])).toList();
    }
}
