import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { facilitySummaries } from '../../../test/fixtures/facility';
import { renderApp, TEST_TOKEN } from '../../../test/renderApp';
import { server } from '../../../test/server';

describe('FacilityListPage', () => {
  it('lists the facilities with kind, target group and unit counts', async () => {
    renderApp('/botiltak', { roles: ['hvk'] });
    const table = await screen.findByRole('table', { name: 'Botiltak med antall boenheter etter status' });
    const link = within(table).getByRole('link', { name: 'Bakklandet bo- og tjenestetilbud' });
    expect(link).toHaveAttribute('href', '/botiltak/bakklandet');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + facilitySummaries.length);
    const bakklandet = rows[1]!;
    expect(within(bakklandet).getByText('Bo- og tjenesteavtale')).toBeInTheDocument();
    expect(within(bakklandet).getByText('Unge voksne 18–25 år, inntil 30')).toBeInTheDocument();
    expect(
      within(bakklandet)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Bo- og tjenesteavtale', 'Unge voksne 18–25 år, inntil 30', '9', '6', '1', '2']);
    const valoy = within(table).getByRole('rowheader', { name: 'Valøyveien 9' }).closest('tr')!;
    expect(within(valoy).getByText('Husleiekontrakt')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sider i listen over botiltak' })).not.toBeInTheDocument();
  });

  it('sends the bearer token and a correlation id', async () => {
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(request.clone());
    });
    renderApp('/botiltak', { roles: ['hvk'] });
    await screen.findByRole('table');
    const request = seen.find((r) => new URL(r.url).pathname === '/api/facilities')!;
    expect(request.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(request.headers.get('X-Correlation-Id')).toMatch(/^[0-9a-f-]{36}$/);
    server.events.removeAllListeners();
  });

  it('shows pagination when there are more facilities than fit on a page', async () => {
    server.use(api.get('/api/facilities', () => json({ items: facilitySummaries, page: 0, size: 50, totalItems: 120 })));
    renderApp('/botiltak', { roles: ['hvk'] });
    const pager = await screen.findByRole('navigation', { name: 'Sider i listen over botiltak' });
    expect(within(pager).getByRole('button', { name: 'Side 3' })).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: 'Side 1' })).toHaveAttribute('aria-current', 'true');
  });

  it('shows the problem when the API fails', async () => {
    server.use(
      api.get('/api/facilities', () => problem({ type: 'https://bta.kommune.no/problems/forbidden', title: 'Ingen tilgang', status: 403 })),
    );
    renderApp('/botiltak', { roles: ['hvk'] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Klarte ikke å hente botiltakene');
    expect(alert).toHaveTextContent('Ingen tilgang');
  });
});
