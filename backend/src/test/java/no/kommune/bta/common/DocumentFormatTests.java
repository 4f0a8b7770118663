package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Issue 18: one way for every document to write amounts, dates, Oslo times and file names. */
class DocumentFormatTests {

    @Test
    void amounts_are_kroner_with_ore_and_a_space_between_thousands() {
        assertEquals("kr 5 000,00", DocumentFormat.kroner(500_000));
        assertEquals("kr 0,00", DocumentFormat.kroner(0));
        assertEquals("kr 0,05", DocumentFormat.kroner(5));
        assertEquals("kr 3 096,77", DocumentFormat.kroner(309_677));
        assertEquals("kr 1 234 567,80", DocumentFormat.kroner(123_456_780));
        assertEquals("kr 999,99", DocumentFormat.kroner(99_999));
        assertEquals("kr -150,00", DocumentFormat.kroner(-15_000));
        assertEquals("12 000,00", DocumentFormat.amount(1_200_000));
    }

    @Test
    void instants_are_shown_in_oslo_time_winter_and_summer() {
        // 23:30 UTC in winter (UTC+1) is half past midnight the next day in Oslo, in summer (UTC+2) half past one
        assertEquals("16.01.2026 kl. 00:30", DocumentFormat.dateTime(Instant.parse("2026-01-15T23:30:00Z")));
        assertEquals("16.07.2026 kl. 01:30", DocumentFormat.dateTime(Instant.parse("2026-07-15T23:30:00Z")));
        assertEquals("", DocumentFormat.dateTime(null));
    }

    @Test
    void dates_and_months_are_norwegian() {
        assertEquals("27.10.2026", DocumentFormat.date(LocalDate.of(2026, 10, 27)));
        assertEquals("", DocumentFormat.date(null));
        assertEquals("november 2026", DocumentFormat.month(YearMonth.of(2026, 11)));
        assertEquals("brudd på HMS-reglene", DocumentFormat.inSentence("Brudd på HMS-reglene"));
        assertEquals("70,1 %", DocumentFormat.percent(0.701));
        assertEquals("100,0 %", DocumentFormat.percent(1.0));
        assertEquals("", DocumentFormat.percent(null));
    }

    @Test
    void a_file_name_is_given_in_utf8_and_in_ascii_as_rfc_6266_asks() {
        assertEquals("inline; filename=\"Avtale Ida Solbakken 2026-10-27.pdf\"; "
                        + "filename*=UTF-8''Avtale%20Ida%20Solbakken%202026-10-27.pdf",
                Download.header("inline", "Avtale Ida Solbakken 2026-10-27.pdf"));
        assertEquals("attachment; filename=\"Vedtak Ase Odegard-Laerum 2026-01-01-2026-02-01.pdf\"; "
                        + "filename*=UTF-8''Vedtak%20%C3%85se%20%C3%98deg%C3%A5rd-L%C3%A6rum%202026-01-01%E2%80%932026-02-01.pdf",
                Download.header("attachment", "Vedtak Åse Ødegård-Lærum 2026-01-01–2026-02-01.pdf"));
        // a quote, a path or a line break in a name cannot break the header or name a path
        assertEquals("inline; filename=\"_a_ b c.pdf\"; filename*=UTF-8''%22a%22%20b%20c.pdf",
                Download.header("inline", "\"a\"/b\r\nc.pdf"));
    }
}
