import { useEffect } from 'react';

export const APP_TITLE = 'BTA – bo- og tjenesteavtaler';

/** Sets `<title>` to "Page – BTA – bo- og tjenesteavtaler" (WCAG 2.4.2). */
export function useDocumentTitle(pageTitle?: string) {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${APP_TITLE}` : APP_TITLE;
  }, [pageTitle]);
}
