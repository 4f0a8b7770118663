import { Paragraph, Spinner } from '@digdir/designsystemet-react';

export function Loading({ text = 'Henter data …' }: { text?: string }) {
  return (
    <Paragraph role="status" className="bta-loading">
      <Spinner aria-hidden="true" data-size="sm" /> {text}
    </Paragraph>
  );
}
