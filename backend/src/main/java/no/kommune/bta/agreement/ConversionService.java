package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.facility.Facility;
import no.kommune.bta.facility.SubstancePolicy;
import no.kommune.bta.security.CurrentUser;

/**
 * R-FAC-3: a facility changes kind (Gamle Oslovei 93 → tenancies). Every open agreement ends with reason
 * CONVERTED and a successor draft of the new kind is made for the same resident and unit, linked to it.
 * The resident does not move: the occupancy carries over.
 */
@ApplicationScoped
public class ConversionService {

    public record ConversionRequest(
            @NotBlank(message = "må fylles ut") String toKind,
            @NotNull(message = "må fylles ut") LocalDate effectiveOn,
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") String reason) {
    }

    public record ConversionResult(String facilityId, String fromKind, String toKind, LocalDate effectiveOn,
                                   List<UUID> endedAgreements, List<UUID> successorDrafts) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    AgreementService agreements;

    @Transactional
    public ConversionResult convert(String facilityId, ConversionRequest body) {
        Facility f = em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) throw ProblemException.notFound("Botiltaket", facilityId);
        if (!List.of("BTA", "LEASE").contains(body.toKind())) throw ProblemException.invalid("toKind", "må være BTA eller LEASE");
        if (f.agreementKind.name().equals(body.toKind())) {
            throw ProblemException.rule(409, "facility-already-of-kind", "R-FAC-3", "Botiltaket har allerede denne avtaleformen",
                    f.name + " bruker allerede " + AgreementTexts.kindName(AgreementKind.valueOf(body.toKind())));
        }
        String from = f.agreementKind.name();
        f.agreementKind = AgreementKind.valueOf(body.toKind());
        if (body.toKind().equals("LEASE")) {
            // husleieloven: no exclusion, entry only on danger to life or health, no ban on legal substances
            f.exclusionDays = null;
            f.entryGrounds = new String[] {"DANGER_TO_LIFE_OR_HEALTH"};
            f.substancePolicy = SubstancePolicy.TENANCY;
            f.maxContinuousStayDays = null;
            f.noticeDays = 90;
        } else {
            f.exclusionDays = 5;
            f.entryGrounds = new String[] {"DANGER_TO_LIFE_OR_HEALTH", "NOISE_AND_DISTURBANCE", "POLICE_WARRANT",
                    "SUSPECTED_UNWANTED_PERSONS", "NO_ANSWER_AT_HMS_ROUND"};
            f.substancePolicy = SubstancePolicy.NO_ILLEGAL_SUBSTANCES;
            f.maxContinuousStayDays = 730;
            f.noticeDays = 14;
        }
        em.flush();
        List<Agreement> open = em.createQuery("from Agreement a where a.facilityId = :f and a.endedOn is null order by a.startDate",
                Agreement.class).setParameter("f", facilityId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<UUID> ended = new java.util.ArrayList<>();
        List<UUID> successors = new java.util.ArrayList<>();
        for (Agreement old : open) {
            old.endedOn = body.effectiveOn().minusDays(1).isBefore(old.startDate) ? old.startDate : body.effectiveOn().minusDays(1);
            old.endReason = EndReason.CONVERTED;
            Agreement n = new Agreement();
            n.id = UUID.randomUUID();
            n.kind = AgreementKind.valueOf(body.toKind());
            n.personId = old.personId;
            n.facilityId = facilityId;
            n.unitId = old.unitId;
            n.intakeId = old.intakeId;
            n.predecessorId = old.id;
            n.startDate = body.effectiveOn();
            n.endDate = body.toKind().equals("LEASE") ? body.effectiveOn().plusYears(3).minusDays(1)
                    : body.effectiveOn().plusMonths(2).minusDays(1);
            n.monthlyFeeOre = old.monthlyFeeOre;
            n.feeIncludes = old.feeIncludes;
            n.noticeDays = f.noticeDays;
            n.primaryContact = old.primaryContact;
            n.primaryContactAppointedBy = old.primaryContactAppointedBy;
            n.primaryContactAppointedAt = old.primaryContactAppointedAt;
            n.individualPlan = old.individualPlan;
            n.cooperationGoals = old.cooperationGoals;
            n.cooperationNeeds = old.cooperationNeeds;
            n.cooperationStaffProvide = old.cooperationStaffProvide;
            n.movedInOn = old.movedInOn;
            n.occupancyId = old.occupancyId;
            old.occupancyId = null;
            n.createdAt = clock.instant();
            n.createdBy = user.describe();
            em.flush();
            em.persist(n);
            em.flush();
            agreements.period(n, 1, n.startDate, n.endDate);
            agreements.fee(n, n.startDate, n.monthlyFeeOre, null);
            agreements.event(old, "CONVERTED", "Avsluttet fordi " + f.name + " går over til "
                    + AgreementTexts.kindName(n.kind) + ": " + body.reason().strip());
            agreements.event(n, "DRAFTED", "Utkast til " + AgreementTexts.kindName(n.kind) + " som erstatter avtalen fra "
                    + AgreementTexts.fmt(old.startDate) + " (omlegging av botiltaket)");
            ended.add(old.id);
            successors.add(n.id);
        }
        return new ConversionResult(facilityId, from, body.toKind(), body.effectiveOn(), ended, successors);
    }
}
