import { Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';
import { felles } from './tekster';

/** A work area that is not built yet. Says so plainly; shows no made-up data. */
export function PlaceholderPage({ title, purpose }: { title: string; purpose: string }) {
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>{purpose}</Paragraph>
      <Paragraph>{felles.side.kommerSnart}</Paragraph>
    </>
  );
}
