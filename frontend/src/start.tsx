// The styles come with the app, not with the entry: the login redirect need not wait for them, and the app's
// chunk is not run before they have loaded (Vite's preload of a dynamic import waits for its CSS).
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import type { Auth } from './auth/AuthContext';
import { startPathFor } from './features/reporting/startPage';
import { preloadRoute } from './routes';

let root: Root | undefined;
const appRoot = () => (root ??= createRoot(document.getElementById('root')!));

/**
 * Shows the app for a logged-in user, with the page to be shown already loaded (the one asked for, or the start
 * page the index route sends the user on to), so the first paint is that page rather than a loading text.
 */
export async function renderApp(auth: Auth) {
  const { pathname } = window.location;
  // A chunk that fails to load here is asked for again, and its failure shown, when the page is rendered.
  await preloadRoute(pathname === '/' ? startPathFor(auth.user.roles) : pathname).catch(() => undefined);
  appRoot().render(
    <StrictMode>
      <App auth={auth} />
    </StrictMode>,
  );
}

function LoginFailed() {
  return (
    <main className="bta-main" id="hovedinnhold">
      <h1>Innloggingen feilet</h1>
      <p>Klarte ikke å kontakte innloggingstjenesten. Prøv å laste siden på nytt om litt.</p>
    </main>
  );
}

/** Says that the login service could not be reached. */
export function renderLoginFailed() {
  appRoot().render(<LoginFailed />);
}
