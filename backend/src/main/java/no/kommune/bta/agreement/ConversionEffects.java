package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.facility.FacilityConverted;

/**
 * R-FAC-3 on the agreement side: when a facility's conversion takes effect (on its date, never before), every open
 * agreement there ends with reason CONVERTED the day before, and a successor draft of the new kind, starting on the
 * date, is made for the same resident and unit, linked to it. The resident does not move: the occupancy carries over
 * to the successor, and so do the move-in date, the fee, the primary contact and the individual plan or cooperation
 * agreement; the statistics read the chain as one stay. The conversion may be performed by the scheduled run, with
 * no caller: everything is recorded as done by {@link FacilityConverted#by()}.
 */
@ApplicationScoped
public class ConversionEffects {

    @Inject
    AgreementRepository agreementRepository;

    @Inject
    AgreementHistoryQueries history;

    @Inject
    Clock clock;

    @Inject
    AgreementTerms terms;

    @Inject
    Event<AgreementBasisChanged> basisChanged;

    /** Runs in the conversion's transaction (the event is fired synchronously). */
    void on(@Observes FacilityConverted e) {
        for (Agreement old : agreementRepository.lockOpenAt(e.facilityId())) {
            LocalDate dayBefore = e.effectiveOn().minusDays(1);
            old.endedOn = dayBefore.isBefore(old.startDate) ? old.startDate : dayBefore;
            old.endReason = EndReason.CONVERTED;
            Agreement n = successor(old, e);
            old.occupancyId = null;
            // the old agreement lets go of the occupancy before the successor takes it
            agreementRepository.flush();
            agreementRepository.persist(n);
            agreementRepository.flush();
            history.addPeriod(n.id, 1, n.startDate, n.endDate, e.by());
            history.setFee(n.id, n.startDate, n.monthlyFeeOre, null, e.by());
            history.addEvent(old.id, "CONVERTED", AgreementTexts.endedByConversion(e.facilityName(), e.toKind(), e.reason()), e.by());
            history.addEvent(n.id, "DRAFTED", AgreementTexts.draftedByConversion(n.kind, old.startDate), e.by());
            e.replaced(old.id, n.id);
            basisChanged.fire(new AgreementBasisChanged(old.id, AgreementBasisChanged.Change.CONVERSION));
            basisChanged.fire(new AgreementBasisChanged(n.id, AgreementBasisChanged.Change.CONVERSION));
        }
    }

    private Agreement successor(Agreement old, FacilityConverted e) {
        Agreement n = new Agreement();
        n.id = UUID.randomUUID();
        n.kind = e.toKind();
        n.personId = old.personId;
        n.facilityId = e.facilityId();
        n.unitId = old.unitId;
        n.intakeId = old.intakeId;
        n.predecessorId = old.id;
        n.startDate = e.effectiveOn();
        n.endDate = terms.defaultEnd(e.toKind(), e.effectiveOn());
        n.monthlyFeeOre = old.monthlyFeeOre;
        n.feeIncludes = old.feeIncludes;
        n.noticeDays = e.noticeDays();
        n.primaryContact = old.primaryContact;
        n.primaryContactAppointedBy = old.primaryContactAppointedBy;
        n.primaryContactAppointedAt = old.primaryContactAppointedAt;
        n.individualPlan = old.individualPlan;
        n.cooperationGoals = old.cooperationGoals;
        n.cooperationNeeds = old.cooperationNeeds;
        n.cooperationStaffProvide = old.cooperationStaffProvide;
        n.movedInOn = old.movedInOn;
        n.occupancyId = old.occupancyId;
        n.createdAt = clock.instant();
        n.createdBy = e.by();
        return n;
    }
}
