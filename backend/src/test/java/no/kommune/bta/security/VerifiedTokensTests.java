package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A bearer token is verified once and its identity served from memory after that (issue 16), but only for that very
 * token text and only while it lives; a changed token is verified and refused as before (R-ACC-1). Expiry with a real
 * short-lived token: {@code SecurityTests.R_ACC_1_an_expired_token_gives_401}, whose token is remembered at its 403.
 */
@QuarkusTest
class VerifiedTokensTests {

    @Inject
    VerifiedTokens tokens;

    @Test
    void R_ACC_1_a_token_is_verified_once_and_a_changed_token_never_matches() {
        String token = Tokens.user("hvk1");
        Api.withToken(token).get("/api/facilities").then().statusCode(200);
        long hits = tokens.hits();
        Api.withToken(token).get("/api/facilities").then().statusCode(200);
        assertEquals(hits + 1, tokens.hits(), "the second request with the same token is answered from memory");

        // the same claims with one role changed, and the same token with its signature garbled: verified, refused
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"hvk\"", "\"okonomi\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        Api.withToken(forged).get("/api/facilities").then().statusCode(401);
        Api.withToken(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse()).get("/api/facilities").then().statusCode(401);
        Api.withToken(token + " ").get("/api/facilities").then().statusCode(200);
        assertEquals(hits + 2, tokens.hits(), "a trailing space is not part of the token; nothing else matched");
    }

    @Test
    void R_ACC_1_a_remembered_token_is_verified_again_after_its_lifetime() {
        Clock real = tokens.clock;
        Duration lifetime = tokens.lifetime;
        try {
            tokens.lifetime = Duration.ofSeconds(30);
            String token = Tokens.client("bta-integration", "bta-integration-dev-secret"); // fresh: never seen before
            long stored = tokens.stored();
            Api.withToken(token).get("/api/facilities").then().statusCode(200);
            assertEquals(stored + 1, tokens.stored(), "verified and kept");
            long hits = tokens.hits();

            tokens.clock = Clock.offset(real, Duration.ofSeconds(31));
            Api.withToken(token).get("/api/facilities").then().statusCode(200);
            assertEquals(hits, tokens.hits(), "past its lifetime the entry is not served");
            assertEquals(stored + 2, tokens.stored(), "the token was verified again and kept anew");
            Api.withToken(token).get("/api/facilities").then().statusCode(200);
            assertEquals(hits + 1, tokens.hits());
        } finally {
            tokens.clock = real;
            tokens.lifetime = lifetime;
        }
    }
}
