import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { App } from './App';
import { loginWithKeycloak } from './auth/keycloak';

const root = createRoot(document.getElementById('root')!);

function LoginFailed() {
  return (
    <main className="bta-main" id="hovedinnhold">
      <h1>Innloggingen feilet</h1>
      <p>Klarte ikke å kontakte innloggingstjenesten. Prøv å laste siden på nytt om litt.</p>
    </main>
  );
}

loginWithKeycloak()
  .then((auth) => {
    root.render(
      <StrictMode>
        <App auth={auth} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Innlogging feilet', error);
    root.render(<LoginFailed />);
  });
