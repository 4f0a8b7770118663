import { isLoginResponse, loginWithKeycloak } from './auth/keycloak';

/*
 * The entry holds the login only. Without a session keycloak-js sends the browser to the login page at once,
 * before any of the app or its styles are loaded. Back from the login, the app (React, the router, the layout and
 * the styles: its own chunk, see start.tsx) is fetched while keycloak-js exchanges the code for the tokens.
 */
const loadApp = () => import('./start');
const app = isLoginResponse() ? loadApp() : undefined;

loginWithKeycloak()
  .then(async (auth) => (await (app ?? loadApp())).renderApp(auth))
  .catch(async (error: unknown) => {
    console.error('Innlogging feilet', error);
    (await loadApp()).renderLoginFailed();
  });
