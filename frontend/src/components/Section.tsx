import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';

interface Props {
  /** id of the h2, which names the section. */
  id: string;
  heading: ReactNode;
  /** Extra classes after `bta-section`. */
  className?: string;
  /** 3 for a section inside another section (an h3). */
  level?: 2 | 3;
  children: ReactNode;
}

/** A section of a page with an h2 (or an h3 inside another section), named by it. */
export function Section({ id, heading, className, level = 2, children }: Props) {
  return (
    <section aria-labelledby={id} className={className ? `bta-section ${className}` : 'bta-section'}>
      <Heading level={level} data-size={level === 2 ? 'sm' : 'xs'} id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
