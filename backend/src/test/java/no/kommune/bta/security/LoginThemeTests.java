package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 9: both realms show Keycloak's pages in bokmål through BTA's login theme ({@code keycloak/themes/bta}).
 * Keycloak 26.4 ships no {@code nb}; a realm locale without a messages file of the theme shows English pages and the
 * raw locale code, so every locale a realm offers must have its messages here, with the texts Keycloak's own
 * Norwegian file lacks. The pages themselves are read in e2e/innlogging.spec.ts.
 */
class LoginThemeTests {
    private static final Path THEME = Path.of("../keycloak/themes/bta/login");
    private static final List<Path> REALMS = List.of(Path.of("../keycloak/realm-bta.json"), Path.of("../keycloak/realm-bta-prod.json"));
    /** Texts of the login, logout and expired pages that Keycloak 26.4.7's messages_no lacks. */
    private static final List<String> MISSING_IN_KEYCLOAKS_NORWEGIAN = List.of("loginAccountTitle", "logoutConfirmTitle",
            "logoutConfirmHeader", "doLogout", "successLogout", "pageExpiredTitle", "showPassword", "hidePassword",
            "restartLoginTooltip", "internalServerError", "loginTotpDeviceName", "invalidPasswordMaxLengthMessage");

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void both_realms_use_the_bta_theme_with_one_locale_it_has_texts_for() throws IOException {
        List<String> themeLocales = List.of(properties(THEME.resolve("theme.properties")).getProperty("locales").split(","));
        for (Path file : REALMS) {
            JsonNode realm = new ObjectMapper().readTree(file.toFile());
            assertEquals("bta", realm.path("loginTheme").asText(), file + ": loginTheme");
            List<String> locales = new ArrayList<>();
            realm.path("supportedLocales").forEach(l -> locales.add(l.asText()));
            // One locale: Keycloak shows no language picker, so no locale code can appear on a page
            assertEquals(List.of("no"), locales, file + ": supportedLocales");
            assertEquals("no", realm.path("defaultLocale").asText(), file + ": defaultLocale");
            assertTrue(themeLocales.containsAll(locales), file + ": the theme's locales " + themeLocales + " lack some of " + locales);
        }
    }

    @Test
    void the_theme_has_the_texts_keycloaks_norwegian_lacks_and_names_its_language() throws IOException {
        Properties no = properties(THEME.resolve("messages/messages_no.properties"));
        List<String> missing = MISSING_IN_KEYCLOAKS_NORWEGIAN.stream().filter(k -> no.getProperty(k, "").isBlank()).toList();
        assertEquals(List.of(), missing, "messages_no.properties lacks");
        assertEquals("Logg inn", no.getProperty("loginAccountTitle"));
        assertEquals("Norsk bokmål", no.getProperty("locale_no"));
    }
}
