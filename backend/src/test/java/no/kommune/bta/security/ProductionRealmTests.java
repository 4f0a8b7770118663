package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the production realm ({@code keycloak/realm-bta-prod.json}) is hardened, and gives the backend the tokens
 * it accepts (R-ACC-1). The development realm ({@code keycloak/realm-bta.json}, bin/dev and the tests) fails the same
 * checks, which shows that each check can fail. Proven once by hand: the file imports into Keycloak 26.4.7 (admin
 * REST API), a client-credentials token has audience bta-api and role integrasjon, and a login with a password is
 * sent on to set up a one-time code (README, "Realms").
 */
class ProductionRealmTests {
    private static final Path PROD = Path.of("../keycloak/realm-bta-prod.json");
    private static final Path DEV = Path.of("../keycloak/realm-bta.json");
    private static final String SPA = "bta-frontend";
    private static final Pattern MIN_LENGTH = Pattern.compile("(?:^|\\s)length\\((\\d+)\\)");

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void the_production_realm_passes_every_hardening_check() throws IOException {
        List<String> problems = problems(read(PROD));
        assertTrue(problems.isEmpty(), "realm-bta-prod.json:\n" + String.join("\n", problems));
    }

    @Test
    void the_checks_find_what_the_development_realm_lacks() throws IOException {
        String found = String.join("\n", problems(read(DEV)));
        for (String expected : List.of("users with credentials", "directAccessGrantsEnabled", "secret", "bruteForceProtected",
                "passwordPolicy", "one-time code", "sslRequired", "wildcard", "client only for development")) {
            assertTrue(found.contains(expected), "the check for '" + expected + "' finds nothing in the dev realm:\n" + found);
        }
    }

    @Test
    void R_ACC_1_the_production_realm_has_the_roles_scopes_and_mappers_the_backend_relies_on() throws IOException {
        JsonNode prod = read(PROD);
        JsonNode dev = read(DEV);
        assertEquals("bta", prod.path("realm").asText(), "the backend's issuer is …/realms/bta");
        assertEquals(names(dev.path("roles").path("realm"), "name"), names(prod.path("roles").path("realm"), "name"));
        Map<String, JsonNode> devClients = clients(dev);
        Map<String, JsonNode> prodClients = clients(prod);
        assertEquals(Set.of(SPA, "bta-integration"), prodClients.keySet());
        for (var e : prodClients.entrySet()) {
            JsonNode mine = e.getValue();
            JsonNode theirs = devClients.get(e.getKey());
            assertEquals(strings(theirs.path("defaultClientScopes")), strings(mine.path("defaultClientScopes")), e.getKey());
            assertEquals(mappers(theirs), mappers(mine), e.getKey() + ": protocol mappers (audience bta-api, facilities)");
            assertTrue(mappers(mine).containsKey("audience bta-api"), e.getKey() + " puts bta-api in the audience");
        }
        JsonNode account = StreamSupport.stream(prod.path("users").spliterator(), false)
                .filter(u -> "bta-integration".equals(u.path("serviceAccountClientId").asText())).findFirst().orElseThrow();
        assertEquals(Set.of("integrasjon"), strings(account.path("realmRoles")));
        assertEquals(read(DEV).path("components"), prod.path("components"), "the same user profile (the facilities attribute)");
    }

    /** What makes a realm unfit for production; empty when it is fit. */
    static List<String> problems(JsonNode realm) {
        List<String> out = new ArrayList<>();
        Set<String> clientIds = clients(realm).keySet();
        for (JsonNode u : realm.path("users")) {
            boolean account = clientIds.contains(u.path("serviceAccountClientId").asText(""));
            if (!account || u.has("credentials")) out.add("users with credentials or users who are people: " + u.path("username").asText());
        }
        walk(realm, "", (path, field, value) -> {
            String f = field.toLowerCase();
            if (f.equals("directaccessgrantsenabled") && value.asBoolean()) out.add(path + ": directAccessGrantsEnabled (password grant)");
            if (f.equals("implicitflowenabled") && value.asBoolean()) out.add(path + ": implicitFlowEnabled");
            if ((f.contains("secret") || f.contains("password") || f.equals("value")) && value.isTextual()
                    && !value.asText().isBlank() && !f.equals("passwordpolicy")) {
                out.add(path + ": a secret or password in the file");
            }
        });
        if (!realm.path("bruteForceProtected").asBoolean()) out.add("bruteForceProtected is not true");
        String policy = realm.path("passwordPolicy").asText("");
        Matcher length = MIN_LENGTH.matcher(policy);
        if (!length.find() || Integer.parseInt(length.group(1)) < 12 || !policy.contains("notUsername")
                || !policy.contains("passwordHistory")) {
            out.add("passwordPolicy lacks length(12 or more), notUsername or passwordHistory: '" + policy + "'");
        }
        out.addAll(otpProblems(realm));
        if (!Set.of("external", "all").contains(realm.path("sslRequired").asText())) out.add("sslRequired is not external");
        if (realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE) > 300) out.add("accessTokenLifespan over 5 minutes");
        if (realm.path("ssoSessionIdleTimeout").asInt(Integer.MAX_VALUE) > 1800) out.add("ssoSessionIdleTimeout over 30 minutes");
        if (realm.path("ssoSessionMaxLifespan").asInt(Integer.MAX_VALUE) > 36000) out.add("ssoSessionMaxLifespan over 10 hours");
        for (var e : clients(realm).entrySet()) {
            JsonNode c = e.getValue();
            List<String> uris = new ArrayList<>(strings(c.path("redirectUris")));
            uris.addAll(strings(c.path("webOrigins")));
            uris.addAll(List.of(c.path("attributes").path("post.logout.redirect.uris").asText("").split("##")));
            for (String uri : uris) {
                if (uri.contains("*")) out.add(e.getKey() + ": wildcard in " + uri);
                else if (!uri.isEmpty() && !uri.equals("+") && !uri.startsWith("https://")) out.add(e.getKey() + ": not https: " + uri);
            }
            if (!Set.of(SPA, "bta-integration").contains(e.getKey())) out.add(e.getKey() + ": a client only for development or tests");
        }
        JsonNode spa = clients(realm).get(SPA);
        if (spa == null || !spa.path("publicClient").asBoolean()
                || !"S256".equals(spa.path("attributes").path("pkce.code.challenge.method").asText())) {
            out.add(SPA + ": not a public client with PKCE S256 required");
        }
        return out;
    }

    /**
     * Every browser login ends with a one-time code: the realm's browser flow is the SSO cookie or a sub-flow in which
     * the password form and the OTP form are both REQUIRED (a user without an authenticator app sets one up at login).
     */
    private static List<String> otpProblems(JsonNode realm) {
        Map<String, JsonNode> flows = new TreeMap<>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        JsonNode browser = flows.get(realm.path("browserFlow").asText(""));
        if (browser == null) return List.of("browserFlow is not a flow in the file: no one-time code required");
        List<String> out = new ArrayList<>();
        boolean formsWithOtp = false;
        for (JsonNode step : browser.path("authenticationExecutions")) {
            if ("auth-cookie".equals(step.path("authenticator").asText())) continue;
            JsonNode sub = step.path("authenticatorFlow").asBoolean() ? flows.get(step.path("flowAlias").asText()) : null;
            Map<String, String> required = new TreeMap<>();
            if (sub != null) sub.path("authenticationExecutions").forEach(x -> required.put(x.path("authenticator").asText(), x.path("requirement").asText()));
            if ("REQUIRED".equals(required.get("auth-otp-form")) && "REQUIRED".equals(required.get("auth-username-password-form"))
                    && !required.containsValue("CONDITIONAL")) {
                formsWithOtp = true;
            } else {
                out.add("browser flow: a way to log in without a one-time code: " + step);
            }
        }
        if (!formsWithOtp) out.add("browser flow: no one-time code required");
        return out;
    }

    private interface Visitor {
        void visit(String path, String field, JsonNode value);
    }

    private static void walk(JsonNode node, String path, Visitor v) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                v.visit(path + "/" + e.getKey(), e.getKey(), e.getValue());
                walk(e.getValue(), path + "/" + e.getKey(), v);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "/" + i, v);
        }
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> out = new TreeMap<>();
        realm.path("clients").forEach(c -> out.put(c.path("clientId").asText(), c));
        return out;
    }

    private static Map<String, JsonNode> mappers(JsonNode client) {
        Map<String, JsonNode> out = new TreeMap<>();
        client.path("protocolMappers").forEach(m -> out.put(m.path("name").asText(), m));
        return out;
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
