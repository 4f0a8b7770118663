import type { ReactNode } from 'react';
import { Dialog } from '@digdir/designsystemet-react';
import { felles } from './tekster';

interface Props {
  /** id of the form inside; the dialog is named by the form's heading `${formId}-tittel`. */
  formId: string | null;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog holding one step form; open while `formId` is set. */
export function ActionDialog({ formId, onClose, children }: Props) {
  return (
    <Dialog
      open={formId !== null}
      onClose={onClose}
      closeButton={felles.lukk}
      aria-labelledby={formId ? `${formId}-tittel` : undefined}
      className="bta-dialog"
    >
      {formId && <Dialog.Block>{children}</Dialog.Block>}
    </Dialog>
  );
}
