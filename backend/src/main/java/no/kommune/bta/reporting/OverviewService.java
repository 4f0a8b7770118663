package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.egenbetaling.ArrearsQueries;
import no.kommune.bta.egenbetaling.LedgerService;
import no.kommune.bta.agreement.AgreementFlag;
import no.kommune.bta.agreement.AgreementFlags;
import no.kommune.bta.agreement.AgreementQueries;
import no.kommune.bta.agreement.AgreementQueries.OpenAgreement;
import no.kommune.bta.agreement.AgreementTexts;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.sanction.SanctionPolicy;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;

/**
 * The daily overview for facility staff: what falls due, only at the caller's facilities (R-AGR-7, R-AGR-9, R-SAN-7,
 * R-PAY-4).
 * The agreement items are the agreement's own flags ({@link AgreementFlags}), the decisions those
 * {@link SanctionPolicy#DECISION_TYPES} names.
 */
@ApplicationScoped
public class OverviewService {

    public record Item(String kind, String facilityId, UUID agreementId, UUID intakeId, UUID sanctionId, UUID personId,
                       String personName,
                       LocalDate dueDate, String text, String link) {
    }

    @Inject
    Plans plans;

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementFlags flags;

    @Inject
    OverviewQueries queries;

    @Inject
    Clock clock;

    @Inject
    FacilityScope scope;

    @Inject
    LedgerService ledger;

    @Inject
    PersonAccess access;

    /**
     * The caller's overview: the facilities and grants of the caller's token. Its reads run in one transaction whose
     * statements are planned once per connection: they start from the caller's few facilities and grants, so one plan
     * serves every value, and by default three of its four were planned anew on every call (issue 16). Not for ESIKT,
     * whose queue grant is thousands of applications.
     */
    @Transactional
    public List<Item> overview() {
        AccessScope grants = access.scope();
        if (!grants.queue()) plans.keptFromHere();
        return overview(scope.facilityIds(), grants);
    }

    /**
     * The overview of the given facilities as staff with the given grants see it: the one definition of what is due,
     * for the caller's Oversikt and for the e-mail digest (the facilities stored at opt-in, no token).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> overview(Collection<String> facilityIds, AccessScope grants) {
        LocalDate today = Clocks.today(clock);
        List<Item> items = new ArrayList<>();
        for (OpenAgreement a : agreements.openAt(facilityIds)) {
            for (AgreementFlag flag : flags.of(a.facts(), today)) {
                String kind = switch (flag) {
                    case UNSIGNED -> "UNSIGNED";
                    case ENDING_SOON -> "AGREEMENT_ENDING";
                    case OVERSTAY -> "OVERSTAY";
                    case FIRST_PERIOD_NOT_EVALUATED -> "FIRST_PERIOD_NOT_EVALUATED";
                    case LONG_FIRST_PERIOD -> null; // shown on the agreement, not a daily task
                    // R-AGR-9: listed every day until the agreement is renewed or the resident moves out
                    case EXPIRED -> "AGREEMENT_EXPIRED";
                    case NOTICE_PASSED -> "NOTICE_PASSED_WITHOUT_MOVE_OUT";
                };
                if (kind == null) continue;
                LocalDate due = switch (flag) {
                    case ENDING_SOON, FIRST_PERIOD_NOT_EVALUATED, EXPIRED -> a.facts().endDate();
                    case NOTICE_PASSED -> a.facts().noticeEffectiveOn();
                    default -> null;
                };
                items.add(new Item(kind, a.facilityId(), a.id(), null, null, a.personId(), a.personName(), due,
                        AgreementTexts.flag(flag, a.facts()), "/avtaler/" + a.id()));
            }
        }
        for (OverviewQueries.OpenDecision d : queries.openDecisions(facilityIds, SanctionPolicy.DECISION_TYPES, today)) {
            if (!d.approved()) {
                items.add(new Item("DECISION_AWAITING_APPROVAL", d.facilityId(), d.agreementId(), null, d.sanctionId(),
                        d.personId(), d.personName(), null, "Vedtak om " + SanctionPolicy.name(d.type()) + " venter på godkjenning",
                        "/godkjenninger"));
            } else if (d.appealDeadline() != null) {
                items.add(new Item("APPEAL_DEADLINE_RUNNING", d.facilityId(), d.agreementId(), null, d.sanctionId(),
                        d.personId(), d.personName(), d.appealDeadline(), "Klagefristen løper", "/avtaler/" + d.agreementId() + "/reaksjoner"));
            }
        }
        for (ArrearsQueries.AgreementArrears r : ledger.flaggedArrears(grants)) {
            items.add(new Item("ARREARS_PAST_THRESHOLD", r.facilityId(), r.agreementId(), null, null, r.personId(), r.personName(), null,
                    "Restanse " + DocumentFormat.kroner(r.totalOre()), "/avtaler/" + r.agreementId() + "/reskontro"));
        }
        for (OverviewQueries.IncomingAllocation i : queries.incoming(facilityIds)) {
            items.add(new Item("ALLOCATION_AWAITING_MOVE_IN", i.facilityId(), null, i.intakeId(), null, i.personId(), i.personName(),
                    i.fromDate(), "Tildelt, venter på innflytting", "/soknader/" + i.intakeId()));
        }
        items.sort(Comparator.comparing(Item::kind).thenComparing(i -> i.dueDate() == null ? LocalDate.MAX : i.dueDate()));
        return items;
    }
}
