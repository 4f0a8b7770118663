import { screen, within } from '@testing-library/react';
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
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Kari Nordmann');
    expect(rows[1]).toHaveTextContent('158990 *****');
    expect(rows[1]).toHaveTextContent('Bakklandet bo- og tjenestetilbud, H101');
    expect(rows[1]).toHaveTextContent('Bo- og tjenesteavtale');
    expect(rows[1]).toHaveTextContent('01.12.2026–31.01.2027');
    expect(rows[1]).toHaveTextContent('Utkast');
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
    const current = await screen.findByRole('table', { name: 'Beboere med avtale som gjelder (1)' });
    expect(current).toHaveTextContent('Ola Nordmann');
    expect(await screen.findByText('Ingen avtaler er sagt opp.')).toBeInTheDocument();
    // R-AGR-9: a resident whose agreement expired without renewal still lives there.
    const expired = await screen.findByRole('table', { name: 'Beboere med avtale som er utløpt uten fornyelse (1)' });
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
    const statusCell = within(ended!).getAllByRole('cell')[4]!;
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
