/*
 * Unsaved form text and the end of the login session (issue 18). The login lives as long as the SPA asks the API now
 * and then (each call refreshes the token and so the session, see keycloak.ts); someone who writes for a long time
 * without saving lets the session run out, and the next call sends the browser to the login page: what they wrote
 * would be lost. So, while a form holds text that was typed and not yet submitted, the app warns a few minutes before
 * the session ends, and the browser asks before leaving the page (which the redirect to the login page also does).
 */

/** How long before the session ends the warning is shown. */
export const WARN_BEFORE_MS = 5 * 60_000;

/** Whether to warn now: a form holds unsaved text and the session ends within `WARN_BEFORE_MS` (or has ended). */
export function shouldWarn({ now, expiresAt, dirty }: { now: number; expiresAt: number | undefined; dirty: boolean }): boolean {
  return dirty && expiresAt !== undefined && expiresAt - now <= WARN_BEFORE_MS;
}

/** A field whose typing counts as form text: text inputs and text areas, not choices (those are quickly made again). */
function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'file', 'hidden', 'button', 'submit', 'reset', 'search'].includes(target.type);
}

/**
 * Follows the forms in `doc` that hold typed text: a form counts from the first text typed in it until it is submitted
 * or leaves the page (a dialog closed, another page opened). Search forms (`role="search"`) do not count.
 */
export function trackUnsavedWork(doc: Document) {
  const typedIn = new Set<HTMLFormElement>();
  const onInput = (event: Event) => {
    if (!isTextField(event.target)) return;
    const form = event.target.form;
    if (form && form.getAttribute('role') !== 'search') typedIn.add(form);
  };
  const onSubmit = (event: Event) => {
    if (event.target instanceof HTMLFormElement) typedIn.delete(event.target);
  };
  const hasUnsavedWork = () => {
    for (const form of typedIn) {
      if (form.isConnected) return true;
      typedIn.delete(form);
    }
    return false;
  };
  // The browser's own question before a page with unsaved text is left (a reload, a link out, the login redirect).
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('submit', onSubmit, true);
  doc.defaultView?.addEventListener('beforeunload', onBeforeUnload);
  return {
    hasUnsavedWork,
    dispose: () => {
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('submit', onSubmit, true);
      doc.defaultView?.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
