package no.kommune.bta.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * BTA's own claims of a token ({@code facilities}, {@code name}, {@code title}) as the identity provider sent them: a
 * string, or a list for an array. {@link JsonWebToken#getClaim(String)} first looks a name up among the standard
 * claims by {@code Claims.valueOf}, which throws and catches an exception for every other name: 108 000 of them in
 * one national benchmark run (JFR, bench/README.md). The verified token's claims are read directly instead.
 */
final class TokenClaims {
    private TokenClaims() {}

    static Object get(JsonWebToken token, String name) {
        return token instanceof OidcJwtCallerPrincipal p ? p.getClaims().getClaimValue(name) : token.getClaim(name);
    }
}
