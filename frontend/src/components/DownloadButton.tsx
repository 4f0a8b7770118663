import { Button } from '@digdir/designsystemet-react';

interface Props {
  label: string;
  /** Shown instead of the label while the file is being fetched. */
  pendingLabel: string;
  pending: boolean;
  onClick: () => void;
}

/** A secondary button that fetches a file (CSV, PDF); busy and disabled while it downloads. */
export function DownloadButton({ label, pendingLabel, pending, onClick }: Props) {
  return (
    <Button type="button" variant="secondary" loading={pending} disabled={pending} onClick={onClick}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
