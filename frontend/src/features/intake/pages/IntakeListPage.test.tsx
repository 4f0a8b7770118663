import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api, json } from '../../../test/api';
import { intakeSummary, orientedIntake, queueView, submittedIntake, waitingIntake } from '../../../test/fixtures/intake';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

describe('IntakeListPage', () => {
  it('lists HVK their own open applications with masked numbers and statuses in Norwegian, and filters', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/intakes') seen.push(new URL(request.url).search);
    });
    const { router } = renderApp('/soknader', { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine søknader' })).toBeInTheDocument();
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
    // By default only the open applications: not withdrawn, rejected, declined or moved in.
    expect(new URLSearchParams(seen[0]).get('status')).toBe('SUBMITTED,WAITING,ALLOCATED,INFORMED,ORIENTED,DECIDED');
    expect(screen.getByLabelText('Status')).toHaveValue('apne');

    const filter = screen.getByRole('search', { name: 'Filtrer søknadene' });
    await userEvent.selectOptions(within(filter).getByLabelText('Status'), 'På venteliste');
    await userEvent.click(within(filter).getByRole('button', { name: 'Vis søknader' }));
    await screen.findByRole('table', { name: 'Søknader (1)' });
    expect(router.state.location.search).toBe('?status=WAITING');
    expect(seen.at(-1)).toBe('?status=WAITING&page=0&size=50');

    await userEvent.selectOptions(within(filter).getByLabelText('Status'), 'Alle');
    await userEvent.click(within(filter).getByRole('button', { name: 'Vis søknader' }));
    await expect.poll(() => seen.at(-1)).toBe('?page=0&size=50');
    expect(router.state.location.search).toBe('?status=alle');
    server.events.removeAllListeners();
  });

  it('searches by the first digits of the number in the body of searchIntakes, never in a URL', async () => {
    const bodies: unknown[] = [];
    const urls: string[] = [];
    server.use(
      api.post('/api/intakes/search', async ({ request }) => {
        urls.push(request.url);
        bodies.push(await request.json());
        return json({ items: [intakeSummary(waitingIntake)], page: 0, size: 50, totalItems: 1 });
      }),
    );
    const { router } = renderApp('/soknader?side=2', { roles: ['hvk'] });
    await screen.findByRole('table', { name: 'Søknader (2)' });
    const filter = screen.getByRole('search', { name: 'Filtrer søknadene' });
    await userEvent.type(within(filter).getByLabelText('Søk på navn eller fødselsnummer'), '158990');
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('table', { name: 'Søknader (1)' });
    expect(bodies).toEqual([{ query: '158990' }]);
    const url = new URL(urls[0]!);
    expect(url.search).not.toContain('158990');
    expect(url.searchParams.get('page')).toBe('0');
    expect(url.searchParams.get('status')).toBe('SUBMITTED,WAITING,ALLOCATED,INFORMED,ORIENTED,DECIDED');
    expect(router.state.location.search).toBe('');
    expect(router.state.location.search + router.state.location.hash).not.toContain('158990');

    // An empty search gives the whole list again (GET, no body).
    await userEvent.clear(within(filter).getByLabelText('Søk på navn eller fødselsnummer'));
    await userEvent.click(within(filter).getByRole('button', { name: 'Vis søknader' }));
    await screen.findByRole('table', { name: 'Søknader (2)' });
    expect(bodies).toHaveLength(1);
  });

  it('sorts by a column heading, ascending then descending, from the first page', async () => {
    const sorts: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/intakes') sorts.push(url.searchParams.get('sort'));
    });
    const { router } = renderApp('/soknader?side=3', { roles: ['hvk'] });
    const table = await screen.findByRole('table', { name: 'Søknader (2)' });
    const received = within(table).getByRole('columnheader', { name: 'Mottatt' });
    const applicant = within(table).getByRole('columnheader', { name: 'Søker' });
    // Newest first is the API's default, shown on the Mottatt column.
    expect(received).toHaveAttribute('aria-sort', 'descending');
    expect(applicant).toHaveAttribute('aria-sort', 'none');
    expect(within(table).getByRole('columnheader', { name: 'Fødselsnummer' })).not.toHaveAttribute('aria-sort');
    expect(sorts).toEqual([null]);

    await userEvent.click(within(applicant).getByRole('button', { name: 'Søker' }));
    await waitFor(() => expect(sorts.at(-1)).toBe('name'));
    expect(router.state.location.search).toBe('?sortering=name');
    expect(within(screen.getByRole('table', { name: 'Søknader (2)' })).getByRole('columnheader', { name: 'Søker' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Søker' }));
    await waitFor(() => expect(sorts.at(-1)).toBe('-name'));
    expect(screen.getByRole('columnheader', { name: 'Søker' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Mottatt' })).toHaveAttribute('aria-sort', 'none');
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
    const waiting = await screen.findByRole('table', { name: 'Venteliste' });
    expect(within(waiting).getAllByRole('row')).toHaveLength(2);
    expect(
      within(waiting)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Prioritet', 'Søker', 'Født', 'Mottatt', 'Ønsket eller tildelt botiltak', 'Saksbehandler']);
    expect(within(waiting).getAllByRole('row')[1]).toHaveTextContent('1990');
    expect(waiting).not.toHaveTextContent('*****');
    expect(within(waiting).getByRole('columnheader', { name: 'Prioritet' })).toHaveAttribute('aria-sort', 'ascending');
    expect(await screen.findByRole('table', { name: 'Nye søknader som skal prioriteres' })).toBeInTheDocument();
    expect(seen).toContain('?status=WAITING&sort=priority&page=0&size=50');
    expect(seen).toContain('?status=SUBMITTED&sort=-received&page=0&size=50');
    // ESIKT sees no numbers, so its search asks for a name only.
    expect(screen.getByRole('search', { name: 'Søk i ventelisten' })).toContainElement(screen.getAllByLabelText('Søk på navn')[0]!);
    expect(screen.queryByLabelText('Søk på navn eller fødselsnummer')).not.toBeInTheDocument();
    server.events.removeAllListeners();
  });

  it('lets ESIKT search a list of its own by name, in the body, from the first page', async () => {
    const searches: { status: string | null; sort: string | null; body: unknown }[] = [];
    server.use(
      api.post('/api/intakes/search', async ({ request }) => {
        const query = new URL(request.url).searchParams;
        searches.push({ status: query.get('status'), sort: query.get('sort'), body: await request.json() });
        return json({ items: [], page: 0, size: 50, totalItems: 0 });
      }),
    );
    renderApp('/venteliste', { roles: ['esikt'] });
    const search = await screen.findByRole('search', { name: 'Søk i ventelisten' });
    await userEvent.type(within(search).getByLabelText('Søk på navn'), 'nordm');
    await userEvent.click(within(search).getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen søkere står på ventelisten.')).toBeInTheDocument();
    expect(searches).toEqual([{ status: 'WAITING', sort: 'priority', body: { query: 'nordm' } }]);
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
    expect(table).toHaveAttribute('data-size', 'sm');
    expect(table.querySelector('caption')).toBeNull();
    // Facility staff see the numbers, so they may search by them.
    expect(
      within(screen.getByRole('search', { name: 'Søk i innkommende tildelinger' })).getByLabelText('Søk på navn eller fødselsnummer'),
    ).toBeInTheDocument();
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
