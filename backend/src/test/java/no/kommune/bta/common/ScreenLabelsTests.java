package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.kommune.bta.agreement.Destination;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.agreement.ReferralStatus;
import no.kommune.bta.agreement.TerminationGround;
import no.kommune.bta.sanction.AppealOutcome;
import no.kommune.bta.sanction.ControlFlagKind;
import no.kommune.bta.sanction.EntryGround;
import no.kommune.bta.sanction.IncidentCategory;
import no.kommune.bta.sanction.IssuedBy;
import no.kommune.bta.sanction.SanctionGround;
import no.kommune.bta.sanction.SanctionStatus;
import no.kommune.bta.sanction.SanctionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the documents use the screens' words. Each code set's labels in the backend (the enum's {@code label()})
 * are the very table the SPA shows, read from its source, so neither can change alone.
 */
class ScreenLabelsTests {
    private static final Path SANCTION = Path.of("../frontend/src/features/sanction/tekster.ts");
    private static final Path SHARED = Path.of("../frontend/src/shared/sanction/tekster.ts");
    private static final Path AGREEMENT = Path.of("../frontend/src/features/agreement/tekster.ts");

    @Test
    void every_code_set_a_document_prints_has_the_screens_labels() throws IOException {
        same(SHARED, "reaksjonTekst", SanctionType.class, SanctionType::label);
        same(SHARED, "henvisningStatusTekst", ReferralStatus.class, ReferralStatus::label);
        same(SANCTION, "kategoriTekst", IncidentCategory.class, IncidentCategory::label);
        same(SANCTION, "innlasingTekst", EntryGround.class, EntryGround::label);
        same(SANCTION, "grunnlagTekst", SanctionGround.class, SanctionGround::label);
        same(SANCTION, "statusTekst", SanctionStatus.class, SanctionStatus::label);
        same(SANCTION, "klageutfallTekst", AppealOutcome.class, AppealOutcome::label);
        same(SANCTION, "flaggTekst", ControlFlagKind.class, ControlFlagKind::label);
        same(SANCTION, "avslutningAvTekst", Party.class, Party::label);
        same(SANCTION, "oppsigelsesgrunnTekst", TerminationGround.class, TerminationGround::label);
        same(SANCTION, "utstederTekst", IssuedBy.class, IssuedBy::label);
        same(AGREEMENT, "destinasjonTekst", Destination.class, Destination::label);
    }

    private static <E extends Enum<E>> void same(Path file, String table, Class<E> codes, Function<E, String> label)
            throws IOException {
        Map<String, String> backend = Arrays.stream(codes.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, label, (a, b) -> a, LinkedHashMap::new));
        assertEquals(backend, screen(file, table), table + " in " + file + " and " + codes.getSimpleName() + "::label");
    }

    /** {@code export const table: Record<…> = { CODE: 'label', … };} as code → label. */
    static Map<String, String> screen(Path file, String table) throws IOException {
        String source = Files.readString(file);
        Matcher block = Pattern.compile("export const " + table + ":[^=]*= \\{(.*?)\\n\\};", Pattern.DOTALL).matcher(source);
        assertTrue(block.find(), table + " not found in " + file.toAbsolutePath().normalize());
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("^\\s*([A-Z_]+): '([^']*)',?$", Pattern.MULTILINE).matcher(block.group(1));
        while (entry.find()) labels.put(entry.group(1), entry.group(2));
        return labels;
    }
}
