import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api, json } from '../../../test/api';
import { intakeSummary, orientedIntake, queueView, submittedIntake, waitingIntake } from '../../../test/fixtures/intake';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

describe('IntakeListPage', () => {
  it('lists applications with masked numbers and statuses in Norwegian, and filters', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/intakes') seen.push(new URL(request.url).search);
    });
    const { router } = renderApp('/soknader', { roles: ['hvk'] });
    const table = await screen.findByRole('table', { name: 'Søknader (2)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('158990 *****');
    expect(within(table).getByText('Registrert')).toBeInTheDocument();
    expect(within(table).getByText('På venteliste')).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: 'Kari Nordmann' })[0]).toHaveAttribute(
      'href',
      '/soknader/7c9e6679-7425-40de-944b-e07fc1f90ae7',
    );
    expect(screen.getByRole('link', { name: 'Ny søknad' })).toHaveAttribute('href', '/soknader/ny');

    const filter = screen.getByRole('search', { name: 'Filtrer søknadene' });
    await userEvent.selectOptions(within(filter).getByLabelText('Status'), 'På venteliste');
    await userEvent.type(within(filter).getByLabelText('Søk etter navn'), 'kari');
    await userEvent.click(within(filter).getByRole('button', { name: 'Vis søknader' }));
    await screen.findByRole('table', { name: 'Søknader (1)' });
    expect(router.state.location.search).toBe('?status=WAITING&q=kari');
    expect(seen.at(-1)).toContain('status=WAITING');
    expect(seen.at(-1)).toContain('q=kari');
    server.events.removeAllListeners();
  });

  it('gives ESIKT the waiting list by priority and the new applications', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/intakes') seen.push(new URL(request.url).search);
    });
    // ESIKT's lists carry the birth year, not the number (R-ACC-3).
    server.use(
      api.get('/api/intakes', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        const items = [submittedIntake, waitingIntake]
          .filter((i) => i.status === status)
          .map(queueView)
          .map(intakeSummary);
        return json({ items, page: 0, size: 50, totalItems: items.length });
      }),
    );
    renderApp('/venteliste', { roles: ['esikt'] });
    const waiting = await screen.findByRole('table', { name: 'Ventelisten etter prioritet' });
    expect(within(waiting).getAllByRole('row')).toHaveLength(2);
    expect(
      within(waiting)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Prioritet', 'Søker', 'Født', 'Mottatt', 'Ønsket eller tildelt botiltak', 'Saksbehandler']);
    expect(within(waiting).getAllByRole('row')[1]).toHaveTextContent('1990');
    expect(waiting).not.toHaveTextContent('*****');
    expect(await screen.findByRole('table', { name: 'Nye søknader, nyeste først' })).toBeInTheDocument();
    expect(seen).toContain('?status=WAITING&order=priority&page=0&size=50');
    server.events.removeAllListeners();
  });

  it('shows facility staff their incoming allocations on Beboere', async () => {
    let status: string | null = null;
    server.use(
      api.get('/api/intakes', ({ request }) => {
        status = new URL(request.url).searchParams.get('status');
        return json({ items: [intakeSummary(orientedIntake)], page: 0, size: 50, totalItems: 1 });
      }),
    );
    renderApp('/beboere', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const table = await screen.findByRole('table', { name: 'Innkommende tildelinger' });
    expect(table).toHaveTextContent('Orienteringssamtale holdt');
    expect(table).toHaveTextContent('Tildelt: Bakklandet bo- og tjenestetilbud, H101');
    expect(status).toBe('ALLOCATED,INFORMED,ORIENTED,DECIDED');
  });

  it('shows ESIKT the vacant units grouped by facility', async () => {
    renderApp('/ledige-boenheter', { roles: ['esikt'] });
    const table = await screen.findByRole('table', { name: /^Ledige boenheter fra \d\d\.\d\d\.\d{4}$/ });
    expect(within(table).getByRole('rowheader', { name: /Bakklandet bo- og tjenestetilbud/ })).toHaveTextContent('2 ledige');
    expect(within(table).getAllByText('Hybel')).toHaveLength(2);
    expect(within(table).getByText('Menn og kvinner med rus- og atferdsvansker')).toBeInTheDocument();
    const from = screen.getByLabelText('Ledig fra');
    await userEvent.clear(from);
    await userEvent.type(from, '31.02.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Vis ledige boenheter' }));
    expect(from).toHaveAttribute('aria-invalid', 'true');
  });
});
