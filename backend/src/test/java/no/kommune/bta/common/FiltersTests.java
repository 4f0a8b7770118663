package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kommune.bta.common.db.Filters;
import org.junit.jupiter.api.Test;

/**
 * Lists write only the filters asked for into their SQL (issue 16), so that PostgreSQL's cached generic plans can use
 * an index for each; the backend no longer forces a new plan on every call, which makes an optional filter in SQL a
 * full scan waiting to happen.
 */
class FiltersTests {

    /** A condition switched off by a parameter: {@code CAST(:f AS text) IS NULL OR …}, {@code :flag = false OR …}. */
    static final Pattern OPTIONAL_FILTER = Pattern.compile(
            "(CAST\\(:\\w+ AS [\\w ]+\\)|:\\w+) IS (NOT )?NULL\\s+OR|(CAST\\(:\\w+ AS boolean\\)|:\\w+) = (false|true) OR",
            Pattern.CASE_INSENSITIVE);

    @Test
    void only_the_conditions_asked_for_are_written_and_bound() {
        Filters none = new Filters().given(null, "a.facility_id = :facility", "facility").when(false, "a.x = :y", "y", 1);
        assertEquals("", none.and());

        Filters some = new Filters().given("bakklandet", "a.facility_id = :facility", "facility")
                .when(true, "s.status IN (:statuses) OR s.kind = :kind", "statuses", List.of("ACTIVE"), "kind", "BTA")
                .given(null, "a.end_date < :before", "before");
        assertEquals(" AND (a.facility_id = :facility) AND (s.status IN (:statuses) OR s.kind = :kind)", some.and());
    }

    @Test
    void no_statement_in_main_code_carries_an_optional_filter() throws IOException {
        assertTrue(OPTIONAL_FILTER.matcher("WHERE (CAST(:facility AS text) IS NULL OR a.facility_id = :facility)").find());
        assertTrue(OPTIONAL_FILTER.matcher("AND (CAST(:awaiting AS boolean) = false OR s.type IN (:d))").find());
        assertFalse(OPTIONAL_FILTER.matcher("AND (lease_until IS NULL OR lease_until < now())").find());

        Path main = Path.of("src/main/java/no/kommune/bta");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith("Queries.java") || p.toString().endsWith("Repository.java"))
                    .filter(p -> {
                        try {
                            return OPTIONAL_FILTER.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders, "statements with a filter switched off by a parameter; use common.db.Filters");
        }
    }
}
