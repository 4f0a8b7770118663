package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.ConversionDtos.ConversionView;
import no.kommune.bta.facility.ConversionDtos.NewConversion;
import no.kommune.bta.facility.ConversionDtos.Withdrawal;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

/**
 * R-FAC-3: a facility changes kind (Gamle Oslovei 93 → tenancies) by a conversion that one fagleder of the facility
 * proposes and another approves (four eyes). It takes effect on its date, today or later, never before: at the
 * approval when the date is today, else by {@link ConversionJob} on the day. Then the facility takes the new kind,
 * the terms of that kind ({@link ConversionTerms}) and a new house-rules version made of the rules the proposal
 * carries, valid from that date; and the agreements follow in the same transaction through {@link FacilityConverted}:
 * every open agreement ends with reason CONVERTED the day before, and a successor draft of the new kind is made for
 * the same resident and unit. The resident does not move: the occupancy carries over.
 */
@ApplicationScoped
public class ConversionService {

    @Inject
    ConversionRepository conversions;

    @Inject
    ConversionQueries queries;

    @Inject
    FacilityService facilities;

    @Inject
    HouseRulesVersionRepository rulesVersions;

    @Inject
    Event<FacilityConverted> converted;

    @Inject
    FacilityScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A fagleder of the facility proposes; the rules for a tenancy are reviewed here. */
    @Transactional
    public ConversionView propose(String facilityId, NewConversion body) {
        scope.requireRoleAt(Roles.FAGLEDER, facilityId);
        Facility f = lockFacility(facilityId);
        AgreementKind to = Enums.parse(AgreementKind.class, "toKind", body.toKind(), "må være BTA eller LEASE");
        if (f.agreementKind == to) {
            throw ProblemException.of(ProblemType.FACILITY_ALREADY_OF_KIND, ConversionTexts.alreadyOfKind(f.name, to));
        }
        LocalDate today = Clocks.today(clock);
        if (body.effectiveOn().isBefore(today)) throw datePassed(body.effectiveOn(), today);
        List<Problem.Violation> violations = new ArrayList<>();
        FacilityService.uniqueNumbers("houseRules", body.houseRules(), violations);
        FacilityService.uniqueNumbers("hmsRules", body.hmsRules(), violations);
        if (!violations.isEmpty()) throw ProblemException.invalid(ProblemType.HOUSE_RULES_INVALID, violations);
        if (to == AgreementKind.LEASE) FacilityService.reviewForTenancy(body.houseRules(), body.hmsRules());
        conversions.openAt(facilityId).ifPresent(open -> {
            throw ProblemException.of(ProblemType.CONVERSION_UNDER_WAY,
                    ConversionTexts.underWay(f.name, open.status, open.effectiveOn));
        });
        Conversion c = new Conversion();
        c.id = UUID.randomUUID();
        c.facilityId = facilityId;
        c.fromKind = f.agreementKind;
        c.toKind = to;
        c.effectiveOn = body.effectiveOn();
        c.reason = body.reason().strip();
        c.rulesChangeNote = body.rulesChangeNote() == null || body.rulesChangeNote().isBlank() ? null
                : body.rulesChangeNote().strip();
        c.collectsEgenbetaling = body.collectsEgenbetaling();
        c.status = ConversionStatus.PROPOSED;
        c.proposedAt = clock.instant();
        c.proposedBy = user.describe();
        c.rules.addAll(FacilityService.rulesText(body.houseRules(), body.hmsRules()));
        conversions.persist(c);
        try {
            conversions.flush();
        } catch (PersistenceException e) {
            // a second proposal that raced this one past the check above
            throw ProblemException.of(ProblemType.CONVERSION_UNDER_WAY, ConversionTexts.underWay(f.name,
                    ConversionStatus.PROPOSED, body.effectiveOn()));
        }
        return view(c);
    }

    /**
     * Another fagleder of the facility approves; when the date is today the conversion takes effect now, else the
     * scheduled run performs it on the day.
     */
    @Transactional
    public ConversionView approve(String facilityId, UUID id) {
        scope.requireRoleAt(Roles.FAGLEDER, facilityId);
        lockFacility(facilityId);
        Conversion c = lock(facilityId, id);
        if (c.status != ConversionStatus.PROPOSED) throw notNow(c, "godkjennes");
        if (c.proposedBy.equals(user.describe())) throw ProblemException.of(ProblemType.CONVERSION_FOUR_EYES, ConversionTexts.FOUR_EYES);
        LocalDate today = Clocks.today(clock);
        if (c.effectiveOn.isBefore(today)) throw datePassed(c.effectiveOn, today);
        c.approve(user.describe(), clock.instant());
        if (c.due(today)) perform(c, user.describe());
        return view(c);
    }

    /** Any fagleder of the facility withdraws a conversion that has not taken effect. */
    @Transactional
    public ConversionView withdraw(String facilityId, UUID id, Withdrawal body) {
        scope.requireRoleAt(Roles.FAGLEDER, facilityId);
        lockFacility(facilityId);
        Conversion c = lock(facilityId, id);
        if (!c.status.open()) throw notNow(c, "trekkes tilbake");
        c.withdraw(user.describe(), clock.instant(), body.reason().strip());
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ConversionView> list(String facilityId, Paging paging) {
        scope.requireWorksAt(facilityId);
        facilities.find(facilityId);
        return new PageResult<>(conversions.pageAt(facilityId, paging).stream().map(this::view).toList(), paging.page(),
                paging.size(), conversions.countAt(facilityId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConversionView get(String facilityId, UUID id) {
        scope.requireWorksAt(facilityId);
        return view(conversions.findByIdOptional(id).filter(c -> c.facilityId.equals(facilityId))
                .orElseThrow(() -> ProblemException.notFound(ConversionTexts.CONVERSION, id)));
    }

    /** The approved conversions whose date has come, for the scheduled run. */
    @Transactional
    List<UUID> dueOn(LocalDate today) {
        return conversions.dueOn(today);
    }

    /**
     * Performs an approved conversion whose date has come, in the caller's new transaction; a conversion that is
     * done, withdrawn or not yet due is left alone, so running this again changes nothing.
     *
     * @return whether it was performed now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean performIfDue(UUID id, LocalDate today) {
        String facilityId = queries.facilityOf(id).orElse(null);
        if (facilityId == null) return false;
        lockFacility(facilityId);
        Conversion c = lock(facilityId, id);
        if (!c.due(today)) return false;
        perform(c, ConversionTexts.SCHEDULED_BY);
        return true;
    }

    /** The facility takes the new kind, terms and rules; the agreements follow (the facility is locked). */
    private void perform(Conversion c, String by) {
        Facility f = lockFacility(c.facilityId);
        if (f.agreementKind != c.fromKind) {
            throw new IllegalStateException("Conversion " + c.id + " expects " + c.fromKind + " but " + f.id + " is "
                    + f.agreementKind);
        }
        f.agreementKind = c.toKind;
        ConversionTerms.of(c.toKind).applyTo(f, c.collectsEgenbetaling);
        HouseRulesVersion rules = facilities.addVersion(f.id, c.effectiveOn, by,
                ConversionTexts.rulesNote(c.toKind, c.effectiveOn, c.rulesChangeNote), c.rules);
        queries.flush();
        FacilityConverted event = new FacilityConverted(f.id, f.name, c.fromKind, c.toKind, c.effectiveOn, c.reason,
                f.noticeDays, by);
        converted.fire(event);
        c.done(by, clock.instant(), rules.id, event);
    }

    private Facility lockFacility(String facilityId) {
        return queries.lockFacility(facilityId).orElseThrow(() -> ProblemException.notFound("Botiltaket", facilityId));
    }

    private Conversion lock(String facilityId, UUID id) {
        return conversions.findForUpdate(id).filter(c -> c.facilityId.equals(facilityId))
                .orElseThrow(() -> ProblemException.notFound(ConversionTexts.CONVERSION, id));
    }

    private static ProblemException datePassed(LocalDate effectiveOn, LocalDate today) {
        return ProblemException.of(ProblemType.CONVERSION_DATE_PASSED, ConversionTexts.datePassed(effectiveOn, today),
                List.of(new Problem.Violation("effectiveOn", ConversionTexts.effectiveOnPassed(today))));
    }

    private static ProblemException notNow(Conversion c, String verb) {
        return ProblemException.of(ProblemType.CONVERSION_STEP_NOT_ALLOWED, ConversionTexts.stepNotAllowed(verb, c.status));
    }

    private ConversionView view(Conversion c) {
        Integer rulesVersion = c.rulesVersionId == null ? null
                : rulesVersions.findByIdOptional(c.rulesVersionId).map(v -> v.version).orElse(null);
        return new ConversionView(c.id, c.facilityId, c.fromKind, c.toKind, c.effectiveOn, c.reason, c.status,
                c.proposedBy, c.proposedAt, c.approvedBy, c.approvedAt, c.withdrawnBy, c.withdrawnAt, c.withdrawalReason,
                c.doneBy, c.doneAt, c.rulesChangeNote, FacilityService.rules(c.rules, HouseRuleCategory.HOUSE),
                FacilityService.rules(c.rules, HouseRuleCategory.HMS), rulesVersion, Arrays.asList(c.endedAgreements),
                Arrays.asList(c.successorDrafts), c.collectsEgenbetaling != null ? c.collectsEgenbetaling
                : ConversionTerms.of(c.toKind).collectsEgenbetaling());
    }
}
