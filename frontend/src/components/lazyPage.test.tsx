import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage, preloadPages } from './lazyPage';

function Greeting({ name }: { name: string }) {
  return <p>Hei, {name}</p>;
}

/** A page module whose loads are counted. */
function page() {
  const loads = { count: 0 };
  const Page = lazyPage(async () => {
    loads.count += 1;
    return { Greeting };
  }, 'Greeting');
  return { Page, loads };
}

const inLayout = (children: React.ReactNode) => <Suspense fallback={<p>Laster siden …</p>}>{children}</Suspense>;

describe('lazyPage', () => {
  it('shows the loading text until a page not loaded before has loaded', async () => {
    const { Page, loads } = page();
    render(inLayout(<Page name="Kari" />));
    expect(screen.getByText('Laster siden …')).toBeInTheDocument();
    expect(await screen.findByText('Hei, Kari')).toBeInTheDocument();
    expect(loads.count).toBe(1);
  });

  it('renders a page preloaded from a route element at once, loaded once', async () => {
    const { Page, loads } = page();
    await preloadPages(
      <div>
        <Page name="Kari" />
      </div>,
    );
    render(inLayout(<Page name="Kari" />));
    expect(screen.getByText('Hei, Kari')).toBeInTheDocument();
    expect(screen.queryByText('Laster siden …')).not.toBeInTheDocument();
    expect(loads.count).toBe(1);
  });
});
