package no.kommune.bta.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import no.kommune.bta.common.StaffDirectory;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the token describes them: subject, roles and the facilities they work at. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    StaffConfig staff;

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
        return authenticated() ? name(token()) : null;
    }

    /** The token's {@code name} claim, if it is a text. */
    public static String name(JsonWebToken token) {
        return text(TokenClaims.get(token, "name"));
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
        return authenticated() ? facilities(token()) : new TreeSet<>();
    }

    /** Facility ids from a token's claim {@code facilities} (a list, or one id). */
    public static Set<String> facilities(JsonWebToken token) {
        Set<String> out = new TreeSet<>();
        Object claim = TokenClaims.get(token, "facilities");
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

    /**
     * Who the caller is for the staff directory: a person by the token's name and the title of their roles (or a
     * {@code title} claim when the identity provider gives one); another system by its configured name.
     */
    public StaffDirectory.Member member() {
        if (!authenticated()) return null;
        String client = clientId();
        if (hasRole(Roles.INTEGRASJON) || (username() != null && username().startsWith("service-account-"))) {
            String name = client == null ? describe() : staff.systems().getOrDefault(client, client);
            return new StaffDirectory.Member(name, null, StaffDirectory.Kind.INTEGRATION);
        }
        return new StaffDirectory.Member(personName(), claim("title", roles()), StaffDirectory.Kind.PERSON);
    }

    private String personName() {
        String full = name();
        if (full != null && !full.isBlank()) return full.strip();
        String given = jwt.getClaim("given_name");
        String family = jwt.getClaim("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? describe() : joined;
    }

    private String claim(String name, Set<String> roles) {
        String text = text(TokenClaims.get(token(), name));
        return text != null && !text.isBlank() ? text.strip() : Roles.title(roles);
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : value instanceof String s ? s : null;
    }

    /** The verified token itself (its claims read without the request-scoped proxy), or the injected one. */
    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken t ? t : jwt;
    }

    /**
     * Whether the caller of the current request is this account (false outside a request): lets an answer say "you
     * proposed this" now that it names staff instead of accounts.
     */
    public static boolean callerIs(String account) {
        if (account == null || !Arc.container().requestContext().isActive()) return false;
        return account.equals(Arc.container().instance(CurrentUser.class).get().describe());
    }

    /** What the access log records as who. */
    public String describe() {
        return username() != null ? username() : subject();
    }
}
