import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { Auth } from './AuthContext';
import { shouldWarn, trackUnsavedWork } from './unsavedWork';

/** How often the session's end and the forms are looked at. */
const CHECK_EVERY_MS = 15_000;

export const sesjonTekst = {
  advarsel: 'Du blir snart logget ut – lagre det du skriver.',
  forklaring: 'Økten din slutter snart fordi du ikke har lagret noe på en stund. Lagre skjemaet, eller bli innlogget.',
  forleng: 'Forbli innlogget',
};

/**
 * Warns a user with unsaved form text before the login session ends (issue 18), with a button that renews the session,
 * and makes the browser ask before the page is left while a form holds unsaved text (see unsavedWork.ts).
 */
export function SessionWarning({ auth }: { auth: Pick<Auth, 'sessionExpiresAt' | 'renewSession'> }) {
  const [warn, setWarn] = useState(false);
  const check = useRef<() => void>(() => undefined);
  // The forms are followed from the first render on, whatever the caller passes later.
  const current = useRef(auth);
  useEffect(() => {
    current.current = auth;
  });
  useEffect(() => {
    const tracker = trackUnsavedWork(document);
    const update = () =>
      setWarn(shouldWarn({ now: Date.now(), expiresAt: current.current.sessionExpiresAt?.(), dirty: tracker.hasUnsavedWork() }));
    check.current = update;
    const timer = window.setInterval(update, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      tracker.dispose();
    };
  }, []);
  if (!warn) return null;
  return (
    <div style={{ position: 'fixed', insetInline: '1rem', bottom: '1rem', zIndex: 10, maxWidth: '40rem', marginInline: 'auto' }}>
      <Alert data-color="warning" role="alert">
        <Paragraph>
          <strong>{sesjonTekst.advarsel}</strong> {sesjonTekst.forklaring}
        </Paragraph>
        {auth.renewSession && (
          <div className="bta-buttons">
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                void auth
                  .renewSession?.()
                  .catch(() => undefined)
                  .finally(() => check.current())
              }
            >
              {sesjonTekst.forleng}
            </Button>
          </div>
        )}
      </Alert>
    </div>
  );
}
