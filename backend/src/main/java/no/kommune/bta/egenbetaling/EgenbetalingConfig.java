package no.kommune.bta.egenbetaling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Egenbetaling's settings, with their defaults in this one place. The keys are those of
 * application.properties ({@code bta.charges.*}, {@code bta.payments.import.*}, {@code bta.arrears.*}; the jobs'
 * {@code bta.jobs.*} are common.jobs.JobConfig); a profile there may override any of them. One mapping per key prefix, as a
 * mapping checks that every key under its prefix is known, and {@code bta.*} holds other features' keys.
 */
public interface EgenbetalingConfig {

    /** The monthly charge run (R-PAY-1). */
    @ConfigMapping(prefix = "bta.charges")
    interface Charges {
        /**
         * When the month's run starts by itself ({@code off} in tests). Set in application.properties, where the
         * scheduler reads it by name.
         */
        String cron();

        /** Agreements charged per transaction. */
        @WithDefault("2000")
        int batchSize();

        /** The day of the month a charge falls due (the month's last day in a shorter month). */
        @WithDefault("20")
        int dueDay();

    }

    /** Payments (R-PAY-3). */
    @ConfigMapping(prefix = "bta.payments")
    interface Payments {
        @WithName("import")
        BankImport bankImport();

        Idempotency idempotency();

        /** Bank files. */
        interface BankImport {
            /** A file with more payments than this runs as a job with progress; a smaller one at once. */
            @WithDefault("500")
            int syncLimit();

            /** Payments stored per transaction in a job (one statement each: the batch is set-based). */
            @WithDefault("2000")
            int batchSize();
        }

        /** Idempotency-Key of payment registrations, per caller. */
        interface Idempotency {
            /** How long a key answers with its stored response; after that it is new again and removed. */
            @WithDefault("PT24H")
            Duration keep();

            /**
             * A key still IN_PROGRESS after this long was left by a request that died (a crash, a restart); the next
             * request with it runs instead of answering 409. Longer than any registration takes.
             */
            @WithDefault("PT2M")
            Duration inProgressTimeout();

            /** How often expired keys are removed ({@code off} in tests); set in application.properties (scheduler). */
            String cleanupEvery();
        }
    }

    /** Arrears (R-PAY-4). */
    @ConfigMapping(prefix = "bta.arrears")
    interface Arrears {
        /** Overdue arrears from this amount flag the agreement (kr 5 000). */
        @WithDefault("500000")
        long flagThresholdOre();
    }

    /** The municipality's accounts (R-PAY-6): the dimensions of a facility that has none of its own. */
    @ConfigMapping(prefix = "bta.accounting")
    interface Accounting {
        /** Kontoart: sales income, egenbetaling. */
        @WithDefault("16200")
        String art();

        /** Ansvar: the unit responsible for the housing. */
        @WithDefault("4100")
        String ansvar();

        /** Funksjon (KOSTRA): health and care services to those living at home. */
        @WithDefault("254")
        String funksjon();
    }
}
