import { Button } from '@digdir/designsystemet-react';

/** A small button in a table row that opens a dialog for that row; `label` names the row for screen readers. */
export function RowDialogButton({ text, label, onClick }: { text: string; label: string; onClick: () => void }) {
  return (
    <Button type="button" variant="secondary" data-size="sm" aria-haspopup="dialog" aria-label={label} onClick={onClick}>
      {text}
    </Button>
  );
}
