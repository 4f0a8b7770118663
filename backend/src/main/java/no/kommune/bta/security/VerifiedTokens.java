package no.kommune.bta.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, with the identity the OIDC extension made of each, until the token expires (issue
 * 16: verifying the signature and reading the claims anew on every request was a quarter of a cheap request's CPU in
 * the profile of the person search). The key is the whole token text, so only the very token that passed verification
 * finds its identity: a changed claim or signature is another text and is verified (and refused) as before. An entry
 * is never served at or after the token's {@code exp}, and at most {@code bta.security.verified-tokens.lifetime} after
 * it was verified. What the token does not say (facility access, care relationships, the staff directory) is read per
 * request as before; only the token's own verification is remembered. {@code bta.security.verified-tokens.size=0}
 * turns it off.
 * <p>
 * {@link Provider} answers from here before the OIDC extension's provider (which runs when it answers nothing), and
 * {@link Remember}, the first augmentor, keeps what that provider made. Both are {@code @Unremovable}: nothing injects
 * them, and without it the build drops the provider silently. The provider's priority is above the default that the
 * OIDC extension's provider has; on a tie their order is not fixed.
 */
@Singleton
public class VerifiedTokens {
    /** The identity without the request it was made in, and the moment it stops being served. */
    record Entry(SecurityIdentity identity, List<String> requestKeys, List<String> perRequestKeys, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();

    @ConfigProperty(name = "bta.security.verified-tokens.size", defaultValue = "1000")
    int size;

    @ConfigProperty(name = "bta.security.verified-tokens.lifetime", defaultValue = "PT5M")
    Duration lifetime;

    Clock clock = Clock.systemUTC();

    /** The identity verified for exactly this token, bound to the request at hand; null when there is none. */
    SecurityIdentity find(String token, RoutingContext request) {
        if (size <= 0 || token == null) return null;
        Entry e = entries.get(token);
        if (e == null) return null;
        if (!clock.instant().isBefore(e.until())) {
            entries.remove(token, e);
            return null;
        }
        hits.incrementAndGet();
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(e.identity());
        if (request != null) {
            e.requestKeys().forEach(k -> b.addAttribute(k, request));
            for (String k : e.perRequestKeys()) {
                Object v = request.get(k);
                if (v != null) b.addAttribute(k, v);
            }
        }
        return b.build();
    }

    /** Keeps a freshly verified identity for its token, without the request it was made in. */
    void remember(String token, SecurityIdentity identity) {
        if (size <= 0 || token == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) return;
        Instant now = clock.instant();
        Instant until = now.plus(lifetime);
        long exp = jwt.getExpirationTime();
        if (exp <= 0) return; // a token without an expiry is verified every time
        if (Instant.ofEpochSecond(exp).isBefore(until)) until = Instant.ofEpochSecond(exp);
        if (!now.isBefore(until)) return;
        if (entries.size() >= size) {
            entries.values().removeIf(x -> !now.isBefore(x.until()));
            if (entries.size() >= size) entries.clear(); // many users within a lifetime: start over rather than grow
        }
        Map<String, Object> attributes = new HashMap<>();
        List<String> requestKeys = new ArrayList<>();
        List<String> perRequestKeys = new ArrayList<>();
        RoutingContext made = null;
        for (Object v : identity.getAttributes().values()) {
            if (v instanceof RoutingContext rc) made = rc;
        }
        RoutingContext madeIn = made;
        identity.getAttributes().forEach((k, v) -> {
            if (v instanceof RoutingContext) requestKeys.add(k);
            // taken from the request it was made in (the OIDC extension's blocking context, say): the next request's own
            else if (madeIn != null && madeIn.get(k) == v) perRequestKeys.add(k);
            else attributes.put(k, v);
        });
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
        entries.put(token, new Entry(kept, List.copyOf(requestKeys), List.copyOf(perRequestKeys), until));
        stored.incrementAndGet();
    }

    /** Requests answered from here, and identities kept, since start (for tests and the operations page). */
    public long hits() {
        return hits.get();
    }

    public long stored() {
        return stored.get();
    }

    private static String bearer(SecurityIdentity identity) {
        AccessTokenCredential c = identity.getCredential(AccessTokenCredential.class);
        return c == null || c.isOpaque() ? null : c.getToken();
    }

    /** Answers a bearer token from {@link VerifiedTokens} before the OIDC extension verifies it. */
    @ApplicationScoped
    @Unremovable
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        VerifiedTokens tokens;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        /**
         * Above the 1001 ({@code SYSTEM_FIRST + 1}) that every provider has by default, the OIDC extension's included:
         * providers of equal priority run in no fixed order, and with 1001 here the OIDC provider came first on some
         * builds, so nothing was ever served from here.
         */
        @Override
        public int priority() {
            return SYSTEM_FIRST + 1000;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            TokenCredential credential = request.getToken();
            if (!(credential instanceof AccessTokenCredential access) || access.isOpaque()) return Uni.createFrom().nullItem();
            return Uni.createFrom().item(tokens.find(access.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
    }

    /** The first augmentor: keeps the identity the OIDC extension made of a token it has just verified. */
    @ApplicationScoped
    @Unremovable
    public static class Remember implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            String token = identity.isAnonymous() ? null : bearer(identity);
            if (token != null && !tokens.entries.containsKey(token)) tokens.remember(token, identity);
            return Uni.createFrom().item(identity);
        }
    }
}
