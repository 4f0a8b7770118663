import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json } from '../../../test/api';
import { activeAgreement, agreementSummary, draftAgreement, endedAgreement } from '../../../test/fixtures/agreement';
import { kari } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

describe('AgreementListPage', () => {
  it('lists agreements with masked numbers, period, status and flags as tags', async () => {
    server.use(
      api.get('/api/agreements', () =>
        json({
          items: [
            {
              ...agreementSummary(draftAgreement),
              flags: ['UNSIGNED', 'ENDING_SOON', 'OVERSTAY'] as components['schemas']['AgreementFlag'][],
            },
            agreementSummary(activeAgreement),
          ],
          page: 0,
          size: 50,
          totalItems: 2,
        }),
      ),
    );
    renderApp('/avtaler', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const table = await screen.findByRole('table', { name: 'Avtaler (2)' });
    expect(table).toHaveAttribute('data-size', 'sm');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Beboer', 'Fødselsnummer', 'Boenhet', 'Avtaleform', 'Start', 'Slutt', 'Status', 'Merknader']);
    expect(rows[1]).toHaveTextContent('Kari Nordmann');
    const cells = within(rows[1]!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('158990 *****');
    expect(cells[1]).toHaveTextContent('Bakklandet bo- og tjenestetilbud, H101');
    expect(cells[2]).toHaveTextContent('Bo- og tjenesteavtale');
    expect(cells[3]).toHaveTextContent('01.12.2026');
    expect(cells[4]).toHaveTextContent('31.01.2027');
    expect(cells[5]).toHaveTextContent('Utkast');
    const flags = within(rows[1]!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(flags).toEqual(['Ikke signert', 'Slutter innen 30 dager', 'Over grensen for sammenhengende opphold']);
    expect(rows[2]).toHaveTextContent('Første periode ikke evaluert');
    expect(rows[2]).toHaveTextContent('Gjelder');
    expect(within(table).getByRole('link', { name: 'Kari Nordmann' })).toHaveAttribute('href', `/avtaler/${draftAgreement.id}`);
  });

  it('sends the filters: status, ending before and overstay', async () => {
    const queries: string[] = [];
    server.use(
      api.get('/api/agreements', ({ request }) => {
        queries.push(new URL(request.url).search);
        return json({ items: [], page: 0, size: 50, totalItems: 0 });
      }),
    );
    renderApp('/avtaler', { roles: ['fagleder'], facilities: ['bakklandet'] });
    await screen.findByText('Ingen avtaler passer med filteret.');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Oppsagt');
    await userEvent.type(screen.getByLabelText('Slutter før'), '01.03.2027');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Over grensen for opphold' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vis avtaler' }));
    await screen.findByText('Ingen avtaler passer med filteret.');
    await expect.poll(() => queries.at(-1)).toBe('?status=NOTICE_GIVEN&endingBefore=2027-03-01&overstay=true&page=0&size=50');
  });

  it('shows the active agreements by default, all on request, and only my own cases with Bare mine saker', async () => {
    const queries: string[] = [];
    server.use(
      api.get('/api/agreements', ({ request }) => {
        queries.push(new URL(request.url).search);
        return json({ items: [agreementSummary(activeAgreement)], page: 0, size: 50, totalItems: 1 });
      }),
    );
    const { router } = renderApp('/avtaler', { roles: ['botiltak'], facilities: ['bakklandet'] });
    await screen.findByRole('table', { name: 'Avtaler (1)' });
    expect(queries).toEqual(['?open=true&page=0&size=50']);
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('Aktive');

    await userEvent.click(screen.getByRole('checkbox', { name: /Bare mine saker/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Vis avtaler' }));
    await expect.poll(() => queries.at(-1)).toBe('?open=true&mine=true&page=0&size=50');
    expect(router.state.location.search).toBe('?mine=ja');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Alle');
    await userEvent.click(screen.getByRole('checkbox', { name: /Bare mine saker/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Vis avtaler' }));
    await expect.poll(() => queries.at(-1)).toBe('?page=0&size=50');
    expect(router.state.location.search).toBe('?status=alle');
  });

  it('finds a resident by the first digits of the number in the body of searchAgreements, never in a URL', async () => {
    const searches: { url: string; body: unknown }[] = [];
    server.use(
      api.post('/api/agreements/search', async ({ request }) => {
        searches.push({ url: request.url, body: await request.json() });
        return json({ items: [agreementSummary(draftAgreement)], page: 0, size: 50, totalItems: 1 });
      }),
    );
    const { router } = renderApp('/avtaler?side=2&mine=ja', { roles: ['fagleder'], facilities: ['bakklandet'] });
    await screen.findByRole('table', { name: 'Avtaler (2)' });
    await userEvent.type(screen.getByLabelText('Søk på navn eller fødselsnummer'), '158990');
    await userEvent.click(screen.getByRole('button', { name: 'Vis avtaler' }));
    await screen.findByRole('table', { name: 'Avtaler (1)' });
    // Once, from the first page, with the filters as query parameters and the digits only in the body.
    expect(searches).toHaveLength(1);
    expect(searches[0]!.body).toEqual({ query: '158990' });
    expect(new URL(searches[0]!.url).search).toBe('?open=true&mine=true&page=0&size=50');
    expect(router.state.location.search).toBe('?mine=ja');
  });

  it('sorts by the resident, then the other way, and marks the column with aria-sort', async () => {
    const sorts: (string | null)[] = [];
    server.use(
      api.get('/api/agreements', ({ request }) => {
        const sort = new URL(request.url).searchParams.get('sort');
        sorts.push(sort);
        const items = [agreementSummary(draftAgreement), agreementSummary(activeAgreement)];
        return json({ items: sort === '-name' ? items.reverse() : items, page: 0, size: 50, totalItems: 2 });
      }),
    );
    const { router } = renderApp('/avtaler?side=2', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const table = await screen.findByRole('table', { name: 'Avtaler (2)' });
    expect(within(table).getByRole('columnheader', { name: 'Slutt' })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: 'Beboer' })).toHaveAttribute('aria-sort', 'none');
    expect(within(table).getByRole('columnheader', { name: 'Avtaleform' })).not.toHaveAttribute('aria-sort');

    await userEvent.click(within(table).getByRole('button', { name: 'Beboer' }));
    await waitFor(() => expect(sorts.at(-1)).toBe('name'));
    expect(router.state.location.search).toBe('?sortering=name');
    expect(screen.getByRole('columnheader', { name: 'Beboer' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Slutt' })).toHaveAttribute('aria-sort', 'none');

    await userEvent.click(screen.getByRole('button', { name: 'Beboer' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Beboer' })).toHaveAttribute('aria-sort', 'descending'));
    expect(sorts.at(-1)).toBe('-name');
    const rows = within(screen.getByRole('table', { name: 'Avtaler (2)' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ola Nordmann');
    expect(screen.getByRole('button', { name: 'Beboer' })).toHaveFocus();
  });

  it('lists current residents on Beboere in three sections (expired ones too), above incoming allocations', async () => {
    const statuses: (string | null)[] = [];
    server.use(
      api.get('/api/agreements', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        statuses.push(status);
        const items =
          status === 'ACTIVE'
            ? [agreementSummary(activeAgreement)]
            : status === 'EXPIRED'
              ? [agreementSummary({ ...activeAgreement, id: `${activeAgreement.id.slice(0, -2)}99`, person: kari, status: 'EXPIRED' })]
              : [];
        return json({ items, page: 0, size: 50, totalItems: items.length });
      }),
    );
    renderApp('/beboere', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const current = await screen.findByRole('table', { name: 'Nåværende beboere' });
    expect(current.querySelector('caption')).toBeNull();
    expect(current).toHaveTextContent('Ola Nordmann');
    expect(await screen.findByText('Ingen avtaler er sagt opp.')).toBeInTheDocument();
    // R-AGR-9: a resident whose agreement expired without renewal still lives there.
    const expired = await screen.findByRole('table', { name: 'Beboere med utløpt avtale' });
    expect(expired).toHaveTextContent('Kari Nordmann');
    expect(expired).toHaveTextContent('Utløpt');
    expect(screen.getByRole('heading', { level: 2, name: 'Innkommende tildelinger' })).toBeInTheDocument();
    expect(statuses.sort()).toEqual(['ACTIVE', 'EXPIRED', 'NOTICE_GIVEN']);
  });

  it('shows an ended agreement in the follow-up window as moved out, with the last day of access (R-ACC-3)', async () => {
    server.use(
      api.get('/api/agreements', () =>
        json({
          items: [agreementSummary(activeAgreement), agreementSummary(endedAgreement, '2027-02-12')],
          page: 0,
          size: 50,
          totalItems: 2,
        }),
      ),
    );
    renderApp('/avtaler?status=ENDED', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const table = await screen.findByRole('table', { name: 'Avtaler (2)' });
    const [, active, ended] = within(table).getAllByRole('row');
    // In the status cell, in words next to the status (not by colour), dates as dd.mm.åååå.
    const statusCell = within(ended!).getAllByRole('cell')[5]!;
    expect(statusCell).toHaveTextContent('Avsluttet');
    expect(within(statusCell).getByText('Flyttet ut 15.11.2026 — tilgang til 12.02.2027')).toBeInTheDocument();
    expect(active).not.toHaveTextContent('tilgang til');
  });

  it('says "Avsluttet" rather than "Flyttet ut" for an agreement that ended before anyone moved in', async () => {
    const neverMovedIn = { ...endedAgreement, movedInOn: null };
    server.use(
      api.get('/api/agreements', () => json({ items: [agreementSummary(neverMovedIn, '2027-02-12')], page: 0, size: 50, totalItems: 1 })),
    );
    renderApp('/avtaler', { roles: ['botiltak'], facilities: ['bakklandet'] });
    const table = await screen.findByRole('table', { name: 'Avtaler (1)' });
    expect(within(table).getByText('Avsluttet 15.11.2026 — tilgang til 12.02.2027')).toBeInTheDocument();
  });
});
