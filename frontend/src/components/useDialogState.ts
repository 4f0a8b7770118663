import { useEffect, useRef, useState } from 'react';

interface Options<S> {
  /** The confirmation shown at first, e.g. one handed over by the page that led here. */
  initialSaved?: S | null;
  /** Keep the last confirmation while the next dialog opens (by default it goes when a dialog opens). */
  keepSavedOnOpen?: boolean;
}

/**
 * The state around the step dialogs of a page (`ActionDialog`): which dialog is open (`T`, e.g. the
 * step or the row it is for) and the confirmation of the last save (`S`, usually its message).
 * The confirmation takes focus whenever it changes: put `savedRef` on its alert (`SavedAlert`).
 */
export function useDialogState<T, S = string>({ initialSaved = null, keepSavedOnOpen = false }: Options<S> = {}) {
  const [open, setOpen] = useState<T | null>(null);
  const [saved, setSaved] = useState<S | null>(initialSaved);
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  return {
    /** What the open dialog is for; null while none is open. */
    open,
    /** The confirmation of the last save. */
    saved,
    savedRef,
    /** Opens the dialog for `next`. */
    start: (next: T) => {
      if (!keepSavedOnOpen) setSaved(null);
      setOpen(next);
    },
    /** Closes the dialog without saving (Avbryt, Esc, Lukk). */
    close: () => setOpen(null),
    /** Closes the dialog after a save and shows what was saved. */
    done: (result: S) => {
      setOpen(null);
      setSaved(result);
    },
  };
}
