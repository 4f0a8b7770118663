package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementBasisChanged;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.egenbetaling.ChargeQueries.ChargeBasis;
import no.kommune.bta.egenbetaling.ChargeQueries.NewLine;

/**
 * R-PAY-7: when an agreement's basis changes (move-in, move-out, fee change, void, conversion), every month
 * already charged is brought to what it owes now, in the same transaction as the change. A month counts as
 * charged when a charge run has been started for it or the agreement has lines for it; a month no run has
 * reached yet is left to its run, which uses the same rule ({@link ChargeCorrections}).
 * <p>
 * Decision: every line of a month falls due on the month's due day, whoever wrote it and when. So not
 * only the amount but also what is overdue is the same whether the run came before or after the event; a
 * move-in recorded late shows the months it owes as overdue at once, which is what they are (a repayment
 * plan is the remedy, R-PAY-4).
 */
@ApplicationScoped
public class MonthCorrections {

    @Inject
    ChargeQueries charges;

    @Inject
    EgenbetalingConfig.Charges config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void on(@Observes AgreementBasisChanged e) {
        correct(e.agreementId(), ChargeCause.valueOf(e.change().name()));
    }

    /** Writes the lines the agreement's charged months need; returns how many. */
    public int correct(UUID agreementId, ChargeCause cause) {
        em.flush(); // the change that fired the event is read back by SQL below
        List<UUID> one = List.of(agreementId);
        charges.lock(one);
        Map<YearMonth, ChargeCorrections.Booked> booked = charges.bookedByMonth(agreementId);
        TreeSet<YearMonth> months = new TreeSet<>(booked.keySet());
        months.addAll(charges.runMonths());
        if (months.isEmpty()) return 0;
        ChargeBasis basis = charges.bases(one, months.last()).get(0);
        LocalDate today = Clocks.today(clock);
        List<NewLine> lines = new ArrayList<>();
        for (YearMonth month : months) {
            ChargeCorrections.line(month, basis.from(), basis.to(), basis.fees(),
                            booked.getOrDefault(month, ChargeCorrections.Booked.NOTHING), basis.collects())
                    .ifPresent(l -> lines.add(new NewLine(agreementId, month, l, ChargeCalculator.dueDate(month, config.dueDay()))));
        }
        return charges.insert(null, cause, today, lines);
    }
}
