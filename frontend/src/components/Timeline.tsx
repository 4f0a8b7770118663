import { Paragraph } from '@digdir/designsystemet-react';
import type { components } from '../../../api/schema.gen';
import { formatDateTime } from '../../../components/format';
import { tekster } from '../tekster';

type TimelineEntry = components['schemas']['TimelineEntry'];

/** What happened to the application, oldest first: when, who, and what. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <Paragraph>{tekster.side.ingenHistorikk}</Paragraph>;
  const sorted = [...entries].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  return (
    <ol className="bta-timeline">
      {sorted.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          {' – '}
          {entry.byUser}
          {entry.byRole ? ` (${entry.byRole})` : ''}
          <br />
          {entry.summary}
        </li>
      ))}
    </ol>
  );
}
