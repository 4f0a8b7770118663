import { Fragment, type ReactNode } from 'react';

/** A description list of label/value pairs; empty values show `–`. */
export function Terms({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="bta-terms">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value === null || value === undefined || value === '' ? '–' : value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
