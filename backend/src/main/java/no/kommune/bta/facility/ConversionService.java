package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;

/**
 * R-FAC-3: a facility changes kind (Gamle Oslovei 93 → tenancies) and takes on the terms of the new kind.
 * The agreements follow in the same transaction through {@link FacilityConverted}: every open agreement
 * ends with reason CONVERTED and a successor draft of the new kind is made for the same resident and unit.
 * The resident does not move: the occupancy carries over.
 */
@ApplicationScoped
public class ConversionService {

    public record ConversionRequest(
            @NotBlank(message = "må fylles ut") String toKind,
            @NotNull(message = "må fylles ut") LocalDate effectiveOn,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record ConversionResult(String facilityId, AgreementKind fromKind, AgreementKind toKind, LocalDate effectiveOn,
                                   List<UUID> endedAgreements, List<UUID> successorDrafts) {
    }

    @Inject
    ConversionQueries queries;

    @Inject
    Event<FacilityConverted> converted;

    @Transactional
    public ConversionResult convert(String facilityId, ConversionRequest body) {
        Facility f = queries.lockFacility(facilityId).orElseThrow(() -> ProblemException.notFound("Botiltaket", facilityId));
        AgreementKind to = Enums.parse(AgreementKind.class, "toKind", body.toKind(), "må være BTA eller LEASE");
        AgreementKind from = f.agreementKind;
        if (from == to) {
            throw ProblemException.of(ProblemType.FACILITY_ALREADY_OF_KIND, f.name + " bruker allerede " + to.label());
        }
        f.agreementKind = to;
        ConversionTerms.of(to).applyTo(f);
        queries.flush();
        FacilityConverted event = new FacilityConverted(facilityId, f.name, from, to, body.effectiveOn(),
                body.reason().strip(), f.noticeDays);
        converted.fire(event);
        return new ConversionResult(facilityId, from, to, body.effectiveOn(),
                event.replacements().stream().map(FacilityConverted.Replacement::ended).toList(),
                event.replacements().stream().map(FacilityConverted.Replacement::successor).toList());
    }

}
