package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import no.kommune.bta.egenbetaling.PaymentAllocation.OpenCharge;
import no.kommune.bta.egenbetaling.PaymentAllocation.Part;
import org.junit.jupiter.api.Test;

class PaymentAllocationTests {
    static final UUID JUNE = UUID.randomUUID(), JULY = UUID.randomUUID(), AUGUST = UUID.randomUUID();

    @Test
    void R_PAY_3_a_payment_covers_the_oldest_open_charge_first() {
        var parts = PaymentAllocation.allocate(900_000, List.of(new OpenCharge(JUNE, 600_000), new OpenCharge(JULY, 600_000)));
        assertEquals(List.of(new Part(JUNE, 600_000), new Part(JULY, 300_000)), parts);
    }

    @Test
    void R_PAY_3_charges_already_paid_are_passed_over() {
        var parts = PaymentAllocation.allocate(100_000, List.of(new OpenCharge(JUNE, 0), new OpenCharge(JULY, 250_000),
                new OpenCharge(AUGUST, 600_000)));
        assertEquals(List.of(new Part(JULY, 100_000)), parts);
    }

    @Test
    void R_PAY_8_what_is_beyond_the_open_charges_is_left_as_credit() {
        var parts = PaymentAllocation.allocate(1_000_000, List.of(new OpenCharge(JUNE, 600_000)));
        assertEquals(List.of(new Part(JUNE, 600_000)), parts);
        assertEquals(List.of(), PaymentAllocation.allocate(500, List.of()));
    }
}
