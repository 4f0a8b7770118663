package no.kommune.bta.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the token describes them: subject, roles and the facilities they work at. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean authenticated() {
        return identity != null && !identity.isAnonymous();
    }

    public String subject() {
        return authenticated() ? jwt.getSubject() : null;
    }

    public String username() {
        return authenticated() ? jwt.getClaim("preferred_username") : null;
    }

    public String name() {
        return authenticated() ? jwt.getClaim("name") : null;
    }

    public String clientId() {
        return authenticated() ? jwt.getClaim("azp") : null;
    }

    /** The e-mail address on the token (claim {@code email}), if any. */
    public String email() {
        return authenticated() ? jwt.getClaim("email") : null;
    }

    /** The caller's realm roles that BTA knows. */
    public Set<String> roles() {
        Set<String> out = new TreeSet<>();
        if (authenticated()) {
            for (String r : identity.getRoles()) {
                if (Roles.ALL.contains(r)) out.add(r);
            }
        }
        return out;
    }

    public boolean hasRole(String role) {
        return authenticated() && identity.hasRole(role);
    }

    /** Facility ids from the token claim {@code facilities}. */
    public Set<String> facilities() {
        return authenticated() ? facilities(jwt) : new TreeSet<>();
    }

    /** Facility ids from a token's claim {@code facilities} (a list, or one id). */
    public static Set<String> facilities(JsonWebToken token) {
        Set<String> out = new TreeSet<>();
        Object claim = token.getClaim("facilities");
        if (claim instanceof JsonArray arr) {
            for (var v : arr) {
                if (v instanceof JsonString s) out.add(s.getString());
            }
        } else if (claim instanceof JsonString s) {
            out.add(s.getString());
        } else if (claim instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o)));
        } else if (claim instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** What the access log records as who. */
    public String describe() {
        return username() != null ? username() : subject();
    }
}
