package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a stack trace, an exception's class or its message never reaches a client, in any profile. The answers
 * are built by ProblemMappers alone (the Vert.x failures by edge.RequestEdge, with the same text).
 */
class NoStackTraceTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "no.kommune.bta.person.PersonQueries: SELECT national_id FROM person";

    private static String body(Response r) throws Exception {
        String text = JSON.writeValueAsString(r.getEntity());
        for (String leak : List.of("Exception", "no.kommune", "java.", "SELECT", "\tat ", "`")) {
            assertFalse(text.contains(leak), leak + " in " + text);
        }
        return text;
    }

    @Test
    void an_unexpected_exception_is_a_500_problem_saying_only_that_it_is_logged() throws Exception {
        Response r = new ProblemMappers().unexpected(new IllegalStateException(SECRET, new NullPointerException(SECRET)), null);
        assertEquals(500, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals(ProblemMappers.INTERNAL_DETAIL, ((Problem) r.getEntity()).detail());
        body(r);
    }

    @Test
    void a_framework_error_gives_its_title_not_its_message() throws Exception {
        Response r = new ProblemMappers().web(new WebApplicationException(SECRET, new IllegalStateException(SECRET), 500), null);
        assertEquals(500, r.getStatus());
        body(r);
        Response bad = new ProblemMappers().web(new WebApplicationException(SECRET, 400), null);
        assertEquals("Ugyldig forespørsel", ((Problem) bad.getEntity()).detail());
        body(bad);
    }

    @Test
    void jacksons_own_messages_name_java_types_and_are_never_sent() throws Exception {
        MismatchedInputException e = MismatchedInputException.from((JsonParser) null, Problem.class,
                "Cannot deserialize value of type `" + SECRET + "` from Array value (token `JsonToken.START_ARRAY`)");
        Response r = new ProblemMappers().badJson(e, null);
        assertEquals(400, r.getStatus());
        body(r);
    }
}
