package no.kommune.bta.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the realm: demo users through bta-cli, systems through client credentials. */
public final class Tokens {
    private static final String TOKEN_URL = KeycloakTestResource.URL + "/realms/bta/protocol/openid-connect/token";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long expiresAtMillis) {
    }

    private Tokens() {
    }

    /** The access token of a demo user (password = username in the development realm). */
    public static String user(String username) {
        return cached("user:" + username, () -> given().baseUri(KeycloakTestResource.URL)
                .formParam("grant_type", "password").formParam("client_id", "bta-cli")
                .formParam("client_secret", "bta-cli-dev-secret").formParam("username", username)
                .formParam("password", username).post(TOKEN_URL));
    }

    /** A client-credentials token for the integration client (role integrasjon). */
    public static String integration() {
        return cached("client:bta-integration", () -> given()
                .formParam("grant_type", "client_credentials").formParam("client_id", "bta-integration")
                .formParam("client_secret", "bta-integration-dev-secret").post(TOKEN_URL));
    }

    /** A fresh client-credentials token of a test client (not cached: the tests look at its lifetime and audience). */
    public static String client(String clientId, String secret) {
        var r = given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post(TOKEN_URL);
        if (r.statusCode() != 200) throw new IllegalStateException("Token request for " + clientId + " failed: " + r.asString());
        return r.jsonPath().getString("access_token");
    }

    private static String cached(String key, java.util.function.Supplier<io.restassured.response.Response> fetch) {
        Cached c = CACHE.get(key);
        if (c != null && c.expiresAtMillis > System.currentTimeMillis() + 30_000) return c.token;
        var r = fetch.get();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + key + " failed: " + r.statusCode() + " " + r.asString());
        }
        String token = r.jsonPath().getString("access_token");
        long expiresIn = r.jsonPath().getLong("expires_in");
        CACHE.put(key, new Cached(token, System.currentTimeMillis() + expiresIn * 1000));
        return token;
    }
}
