package no.kommune.bta.agreement;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementQueries.DocumentParties;
import no.kommune.bta.common.PdfRenderer;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.person.Person;
import no.kommune.bta.common.DocumentFormat;

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
    AgreementQueries queries;

    @Inject
    Template agreement;

    /** The facility as the template names it. */
    @TemplateData
    public record FacilityLine(String name, String operator) {
    }

    /** The resident as the template names them. */
    @TemplateData
    public record PersonLine(String givenName, String familyName) {
    }

    /** The document and the name it is saved under: "Avtale Ida Solbakken 2026-10-27.pdf" (issue 18). */
    public record Rendered(String filename, byte[] pdf) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered render(UUID id) {
        Agreement a = agreements.load(id);
        DocumentParties parties = queries.documentParties(id);
        // a signed agreement shows the version it was signed under; a draft the version in force now
        UUID rulesVersion = a.rulesVersionId != null ? a.rulesVersionId : queries.rulesInForce(a.facilityId);
        Map<String, Object> data = new HashMap<>();
        data.put("bta", a.kind == AgreementKind.BTA);
        data.put("kindName", AgreementTexts.kindName(a.kind));
        data.put("facility", new FacilityLine(parties.facilityName(), parties.facilityOperator()));
        data.put("person", new PersonLine(parties.givenName(), parties.familyName()));
        data.put("birth", DocumentFormat.date(parties.birthDate()));
        data.put("unit", parties.unitLabel());
        data.put("from", DocumentFormat.date(a.startDate));
        data.put("to", DocumentFormat.date(a.endDate));
        data.put("fee", DocumentFormat.amount(agreements.feeInForce(a)));
        data.put("includes", a.feeIncludes == null ? "" : String.join(", ", a.feeIncludes));
        data.put("noticeDays", a.noticeDays);
        data.put("exclusionDays", parties.exclusionDays());
        data.put("rulesVersion", queries.rulesVersionNumber(rulesVersion));
        data.put("signed", a.signedByBoth());
        data.put("houseRules", queries.rules(rulesVersion, "HOUSE"));
        data.put("hmsRules", queries.rules(rulesVersion, "HMS"));
        data.put("entry", parties.entryGrounds().stream().map(AgreementTexts.ENTRY_GROUNDS::get).toList());
        data.put("deposit", a.depositOre == null ? null : DocumentFormat.amount(a.depositOre));
        data.put("residentSigned", DocumentFormat.date(a.residentSignedOn));
        data.put("municipalitySigned", DocumentFormat.date(a.municipalitySignedOn));
        data.put("municipalitySignedBy", DocumentFormat.staff(a.municipalitySignedBy));
        String html = agreement.data(data).render();
        return new Rendered("Avtale " + Person.fullName(parties.givenName(), parties.familyName()) + " " + a.startDate + ".pdf",
                PdfRenderer.render(html));
    }
}
