import { Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime } from './format';
import { felles } from './tekster';

export interface TimelineItem {
  at: string;
  /** Who did it, as the API names staff: "Lars Leder, fagleder". */
  byUser: string;
  summary: string;
}

/** What happened to a case (application, agreement), oldest first: when, who, and what. */
export function Timeline({ entries }: { entries: TimelineItem[] }) {
  if (entries.length === 0) return <Paragraph>{felles.ingenHistorikk}</Paragraph>;
  const sorted = [...entries].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  return (
    <ol className="bta-timeline">
      {sorted.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          {' – '}
          {entry.byUser}
          <br />
          {entry.summary}
        </li>
      ))}
    </ol>
  );
}
