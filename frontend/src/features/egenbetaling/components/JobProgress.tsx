import { useState } from 'react';
import { Label } from '@digdir/designsystemet-react';

interface Props {
  /** id of the `<progress>`, which the label names. */
  id: string;
  /** The visible label, e.g. "Behandlet 10 av 40 betalinger". */
  label: string;
  done: number;
  total: number;
  /** While the job runs, its progress is announced politely at each quarter. */
  running: boolean;
}

/** Which quarter of the job is done (0–4); the announcement changes only when this does. */
function quarter(done: number, total: number): number {
  return total > 0 ? Math.min(4, Math.floor((done * 4) / total)) : 0;
}

/**
 * A background job's progress (done of total) as a labelled `<progress>`. The label updates on
 * every poll; screen readers are told politely only when another quarter is done, not every second.
 * A finished job with nothing to do shows a full bar.
 */
export function JobProgress({ id, label, done, total, running }: Props) {
  const step = quarter(done, total);
  const [announced, setAnnounced] = useState({ step, text: '' });
  if (announced.step !== step) {
    setAnnounced({ step, text: label });
  }
  return (
    <div className="bta-stack">
      <Label htmlFor={id}>{label}</Label>
      <progress
        id={id}
        max={Math.max(total, 1)}
        value={total === 0 && !running ? 1 : done}
        style={{ width: '100%', maxWidth: '32rem', height: '1.25rem' }}
      >
        {done} av {total}
      </progress>
      {running && (
        <span role="status" className="bta-visually-hidden">
          {announced.text}
        </span>
      )}
    </div>
  );
}
