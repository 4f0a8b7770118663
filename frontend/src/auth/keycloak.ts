import Keycloak from 'keycloak-js';
import type { Auth } from './AuthContext';
import { userFromToken } from './roles';

export const keycloakConfig = {
  url: import.meta.env.VITE_KEYCLOAK_URL || 'http://localhost:8180',
  realm: 'bta',
  clientId: 'bta-frontend',
};

const DEEP_LINK_KEY = 'bta.lenke-etter-innlogging';

/** Seconds of validity a token must have left before an API call; otherwise it is refreshed. */
const MIN_VALIDITY_SECONDS = 30;

/**
 * Whether this page load is Keycloak's answer to a login (the browser sent back with the code, or an error, in the
 * URL fragment: keycloak-js asks for response_mode=fragment), so the app will be shown next.
 */
export function isLoginResponse(): boolean {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  return fragment.has('state') && (fragment.has('code') || fragment.has('error'));
}

/**
 * Logs in with Keycloak (authorization code + PKCE S256). Redirects to the login page when
 * there is no session, so this resolves only for a logged-in user.
 */
export async function loginWithKeycloak(): Promise<Auth> {
  // Keycloak sends the browser back to the SPA's root only (the production realm allows no other redirect
  // URI): the page asked for is kept here and opened after the login.
  const asked = window.location.pathname + window.location.search;
  if (asked !== '/') sessionStorage.setItem(DEEP_LINK_KEY, asked);
  const keycloak = new Keycloak(keycloakConfig);
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: window.location.origin + '/',
  });
  if (!authenticated || !keycloak.tokenParsed) {
    await keycloak.login({ redirectUri: window.location.origin + '/' });
    throw new Error('Ikke innlogget');
  }
  const deepLink = sessionStorage.getItem(DEEP_LINK_KEY);
  sessionStorage.removeItem(DEEP_LINK_KEY);
  if (deepLink?.startsWith('/') && !deepLink.startsWith('//')) {
    window.history.replaceState(null, '', deepLink);
  }

  let refreshing: Promise<string> | null = null;
  const getToken = (): Promise<string> => {
    refreshing ??= keycloak
      .updateToken(MIN_VALIDITY_SECONDS)
      .then(() => keycloak.token as string)
      .catch(async (error: unknown) => {
        // The session is gone (expired or logged out elsewhere): log in again, back to this page.
        sessionStorage.setItem(DEEP_LINK_KEY, window.location.pathname + window.location.search);
        await keycloak.login({ redirectUri: window.location.origin + '/' });
        throw error;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  };

  return {
    user: userFromToken(keycloak.tokenParsed as Record<string, unknown>),
    getToken,
    sessionExpiresAt: () => (keycloak.refreshTokenParsed?.exp ? keycloak.refreshTokenParsed.exp * 1000 : undefined),
    renewSession: async () => {
      await keycloak.updateToken(-1);
    },
    logout: () => {
      void keycloak.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}
