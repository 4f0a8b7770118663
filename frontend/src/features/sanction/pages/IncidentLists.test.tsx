import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

/* The Hendelser page's lists of visitor bans and entries without consent (R-SAN-9, R-SAN-8), and lifting a ban. */

type Schemas = components['schemas'];

const staff = { roles: ['botiltak' as const], facilities: ['bakklandet'] };

const inForce: Schemas['VisitorBan'] = {
  id: '6c8a0e2d-4f7b-4d39-a15b-2c3d4e5f6a86',
  facilityId: 'bakklandet',
  issuedBy: 'STAFF',
  visitor: 'Mann i 30-årene',
  fromDate: '2026-11-20',
  toDate: '2026-12-20',
  reason: 'Mistenkt salg av narkotika i huset',
  createdBy: 'bakklandet1',
  active: true,
};

const policeBan: Schemas['VisitorBan'] = {
  id: '6c8a0e2d-4f7b-4d39-a15b-2c3d4e5f6a87',
  facilityId: 'bakklandet',
  issuedBy: 'POLICE',
  visitor: 'Kvinne med rød jakke',
  fromDate: '2026-11-01',
  reason: 'Besøksforbud fra politiet',
  createdBy: 'bakklandet1',
  active: true,
};

const lifted: Schemas['VisitorBan'] = {
  id: '6c8a0e2d-4f7b-4d39-a15b-2c3d4e5f6a88',
  facilityId: 'bakklandet',
  issuedBy: 'STAFF',
  visitor: 'Per Pettersen',
  fromDate: '2026-10-01',
  toDate: '2026-10-15',
  reason: 'Bråk i gangen',
  createdBy: 'bakklandet1',
  active: false,
  // 23:30 UTC is the next day in Oslo.
  liftedAt: '2026-10-14T23:30:00Z',
  liftedBy: 'bakklandet-leder',
  liftReason: 'Avklart i møte',
};

const ended: Schemas['VisitorBan'] = {
  id: '6c8a0e2d-4f7b-4d39-a15b-2c3d4e5f6a89',
  facilityId: 'bakklandet',
  issuedBy: 'POLICE',
  visitor: 'Ukjent mann',
  fromDate: '2026-09-01',
  toDate: '2026-09-30',
  reason: 'Truet beboer',
  createdBy: 'bakklandet1',
  active: false,
};

const entry: Schemas['Entry'] = {
  id: '4a6e8c0b-2d5f-4b17-8c39-0e1f2a3b4c75',
  facilityId: 'bakklandet',
  unitId: '0b8e4c9e-1f7a-4a53-9a7e-1d3f5c6b7a81',
  unitLabel: 'H101',
  ground: 'NOISE_AND_DISTURBANCE',
  enteredAt: '2026-11-20T21:40:00Z',
  staff: 'bakklandet1',
  present: 'To miljøterapeuter',
  found: 'Beboeren sov.',
};

const page = <T,>(items: T[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems });

/** The query of every list request, in order. */
const queries: Record<string, string>[] = [];
beforeEach(() => {
  queries.length = 0;
});

/** The request's query, recorded in `queries`. */
function recordQuery(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  queries.push(query);
  return query;
}

/** Serves the bans (ACTIVE or ALL as asked) and records every query. */
function serveBans(activeBans: Schemas['VisitorBan'][], allBans: Schemas['VisitorBan'][] = activeBans) {
  server.use(
    api.get('/api/incidents', () => json(page([]))),
    api.get('/api/visitor-bans', ({ request }) => json(page(recordQuery(request).status === 'ALL' ? allBans : activeBans))),
  );
}

function rows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

/**
 * The section's table, named by the section's heading and not by a caption that repeats it, dense; with its
 * column headings.
 */
async function sectionTable(name: string) {
  const table = await within(await screen.findByRole('region', { name })).findByRole('table', { name });
  expect(table.querySelector('caption')).toBeNull();
  expect(table).toHaveAttribute('data-size', 'sm');
  return {
    table,
    columns: within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  };
}

const banTable = async () => (await sectionTable('Besøksforbud')).table;

/** Renders the page, waits until the section says its list is empty, and opens the form that adds to it. */
async function openFormOverEmptyList(section: string, empty: string, button: string) {
  renderApp('/hendelser', staff);
  const region = await screen.findByRole('region', { name: section });
  expect(await within(region).findByText(empty)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: button }));
  return { region, dialog: await screen.findByRole('dialog', { name: button }) };
}

describe('Hendelser: visitor bans (R-SAN-9)', () => {
  it('lists the bans in force for the facility, and also the lifted and ended ones on request', async () => {
    serveBans([inForce, policeBan], [inForce, policeBan, lifted, ended]);
    renderApp('/hendelser', staff);
    const { table, columns } = await sectionTable('Besøksforbud');
    expect(columns).toEqual(['Besøkende', 'Ilagt av', 'Periode', 'Begrunnelse', 'Status']);
    expect(rows(table)).toEqual([
      [
        'Mann i 30-årene',
        'Personalet',
        'Fra 20.11.2026, utestengt til 20.12.2026',
        'Mistenkt salg av narkotika i huset',
        'GjelderOpphev forbud',
      ],
      ['Kvinne med rød jakke', 'Politiet', 'Fra 01.11.2026, uten sluttdato', 'Besøksforbud fra politiet', 'GjelderOpphev forbud'],
    ]);
    expect(queries).toEqual([{ facility: 'bakklandet', status: 'ACTIVE', page: '0', size: '20' }]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Vis også opphevede og utløpte' }));
    await waitFor(() => expect(rows(screen.getByRole('table', { name: 'Besøksforbud' }))).toHaveLength(4));
    const all = rows(screen.getByRole('table', { name: 'Besøksforbud' }));
    expect(all[2]).toEqual([
      'Per Pettersen',
      'Personalet',
      'Fra 01.10.2026, utestengt til 15.10.2026',
      'Bråk i gangen',
      'Opphevet 15.10.2026 av bakklandet-leder: Avklart i møte',
    ]);
    expect(all[3]).toEqual(['Ukjent mann', 'Politiet', 'Fra 01.09.2026, utestengt til 30.09.2026', 'Truet beboer', 'Utløpt']);
    expect(screen.getAllByRole('button', { name: 'Opphev forbud' })).toHaveLength(2);
    expect(queries.at(-1)).toEqual({ facility: 'bakklandet', status: 'ALL', page: '0', size: '20' });

    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('says so when no ban is in force, and pages through many', async () => {
    server.use(
      api.get('/api/incidents', () => json(page([]))),
      api.get('/api/visitor-bans', ({ request }) => {
        const query = recordQuery(request);
        if (query.status === 'ACTIVE') return json(page([]));
        return json({ items: [query.page === '1' ? ended : lifted], page: Number(query.page), size: 20, totalItems: 25 });
      }),
    );
    renderApp('/hendelser', staff);
    const region = await screen.findByRole('region', { name: 'Besøksforbud' });
    expect(await within(region).findByText('Ingen besøksforbud gjelder nå.')).toBeInTheDocument();
    expect(within(region).queryByRole('navigation')).not.toBeInTheDocument();

    await userEvent.click(within(region).getByRole('checkbox', { name: 'Vis også opphevede og utløpte' }));
    const pager = await within(region).findByRole('navigation', { name: 'Sider med besøksforbud' });
    expect(within(region).getByRole('table')).toHaveTextContent('Per Pettersen');
    await userEvent.click(within(pager).getByRole('button', { name: 'Side 2' }));
    await waitFor(() => expect(within(region).getByRole('table')).toHaveTextContent('Ukjent mann'));
    expect(queries.at(-1)).toEqual({ facility: 'bakklandet', status: 'ALL', page: '1', size: '20' });
  });

  it('lifts a ban with a reason, names the visitor and the dates, and refreshes the list', async () => {
    let inForceNow = [inForce, policeBan];
    let body: Schemas['VisitorBanLifting'] | undefined;
    let liftedId: string | undefined;
    server.use(
      api.get('/api/incidents', () => json(page([]))),
      api.get('/api/visitor-bans', () => json(page(inForceNow))),
      api.post('/api/visitor-bans/{banId}/lifting', async ({ request, params }) => {
        body = await request.json();
        liftedId = String(params.banId);
        inForceNow = [policeBan];
        return json({
          ...inForce,
          toDate: '2026-11-28',
          active: false,
          liftedAt: '2026-11-28T10:12:00Z',
          liftedBy: 'bakklandet1',
          liftReason: body.reason,
        });
      }),
    );
    renderApp('/hendelser', staff);
    const table = await banTable();
    const row = within(table).getByRole('row', { name: /Mann i 30-årene/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Opphev forbud' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opphev besøksforbud' });
    expect(dialog).toHaveTextContent('Besøksforbudet mot Mann i 30-årene gjelder fra 20.11.2026 til 20.12.2026.');

    // The reason is required: blank (spaces only) is refused before anything is sent.
    await userEvent.type(within(dialog).getByLabelText('Hvorfor oppheves forbudet?'), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opphev forbud' }));
    const reason = within(dialog).getByLabelText('Hvorfor oppheves forbudet?');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Skriv hvorfor forbudet oppheves');
    expect(within(dialog).getByRole('link', { name: 'Skriv hvorfor forbudet oppheves' })).toBeInTheDocument();
    expect(body).toBeUndefined();

    await userEvent.clear(reason);
    await userEvent.type(reason, ' Avklart i møte med beboeren. ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opphev forbud' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Besøksforbudet mot Mann i 30-årene er opphevet.');
    expect(screen.queryByRole('dialog', { name: 'Opphev besøksforbud' })).not.toBeInTheDocument();
    expect(body).toEqual({ reason: 'Avklart i møte med beboeren.' });
    expect(liftedId).toBe(inForce.id);
    await waitFor(() => expect(rows(screen.getByRole('table', { name: 'Besøksforbud' }))).toHaveLength(1));
    expect(screen.getByRole('table', { name: 'Besøksforbud' })).not.toHaveTextContent('Mann i 30-årene');
  });

  it('shows the detail of a 409 when the ban is no longer in force', async () => {
    serveBans([inForce]);
    server.use(
      api.post('/api/visitor-bans/{banId}/lifting', () =>
        problem({
          type: 'https://bta.kommune.no/problems/visitor-ban-not-in-force',
          title: 'Besøksforbudet gjelder ikke lenger',
          status: 409,
          detail: 'Besøksforbudet er allerede opphevet eller utløpt',
        }),
      ),
    );
    renderApp('/hendelser', staff);
    await userEvent.click(within(await banTable()).getByRole('button', { name: 'Opphev forbud' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opphev besøksforbud' });
    await userEvent.type(within(dialog).getByLabelText('Hvorfor oppheves forbudet?'), 'Avklart');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Opphev forbud' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Besøksforbudet er allerede opphevet eller utløpt');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('refreshes the list after a new ban is recorded', async () => {
    let bans: Schemas['VisitorBan'][] = [];
    server.use(
      api.get('/api/incidents', () => json(page([]))),
      api.get('/api/visitor-bans', () => json(page(bans))),
      api.post('/api/visitor-bans', async ({ request }) => {
        const b = await request.json();
        const created = { ...policeBan, visitor: b.visitor, issuedBy: b.issuedBy, reason: b.reason };
        bans = [created];
        return json(created, { status: 201 });
      }),
    );
    const { region, dialog } = await openFormOverEmptyList('Besøksforbud', 'Ingen besøksforbud gjelder nå.', 'Besøksforbud');
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Politiet' }));
    await userEvent.type(within(dialog).getByLabelText('Besøkende'), 'Mann med hund');
    await userEvent.type(within(dialog).getByLabelText('Begrunnelse'), 'Besøksforbud fra politiet');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer besøksforbud' }));
    expect(await screen.findByText('Besøksforbudet er registrert.')).toBeInTheDocument();
    expect(await within(region).findByRole('table', { name: 'Besøksforbud' })).toHaveTextContent('Mann med hund');
  });
});

describe('Hendelser: entries without consent (R-SAN-8)', () => {
  it('lists the entries with the time in Oslo, unit, ground, staff, who was present and what was found, paged', async () => {
    server.use(
      api.get('/api/incidents', () => json(page([]))),
      api.get('/api/entries', ({ request }) => {
        const query = recordQuery(request);
        const second = {
          ...entry,
          id: '4a6e8c0b-2d5f-4b17-8c39-0e1f2a3b4c76',
          enteredAt: '2026-06-01T08:00:00Z',
          present: undefined,
          found: undefined,
        };
        return json({ items: query.page === '1' ? [second] : [entry], page: Number(query.page), size: 20, totalItems: 21 });
      }),
    );
    renderApp('/hendelser', staff);
    const { table, columns } = await sectionTable('Innlåsinger uten samtykke');
    expect(columns).toEqual(['Tidspunkt', 'Boenhet', 'Grunn', 'Personale', 'Til stede', 'Funn']);
    const region = screen.getByRole('region', { name: 'Innlåsinger uten samtykke' });
    expect(rows(table)).toEqual([
      ['20.11.2026 kl.\u00a022:40', 'H101', 'Uro og bråk', 'bakklandet1', 'To miljøterapeuter', 'Beboeren sov.'],
    ]);
    expect(queries).toEqual([{ facility: 'bakklandet', page: '0', size: '20' }]);

    // Summer time: 08:00 UTC is 10:00 in Oslo. Nothing recorded shows as a dash.
    await userEvent.click(within(region).getByRole('button', { name: 'Side 2' }));
    await waitFor(() =>
      expect(rows(within(region).getByRole('table'))).toEqual([
        ['01.06.2026 kl.\u00a010:00', 'H101', 'Uro og bråk', 'bakklandet1', '–', '–'],
      ]),
    );
    expect(queries.at(-1)).toEqual({ facility: 'bakklandet', page: '1', size: '20' });
  });

  it('refreshes the list after an entry is logged', async () => {
    let entries: Schemas['Entry'][] = [];
    server.use(
      api.get('/api/incidents', () => json(page([]))),
      api.get('/api/entries', () => json(page(entries))),
      api.post('/api/entries', async ({ request }) => {
        const b = await request.json();
        const created = { ...entry, unitId: b.unitId, ground: b.ground, enteredAt: b.enteredAt, present: undefined, found: undefined };
        entries = [created];
        return json(created, { status: 201 });
      }),
    );
    const { region, dialog } = await openFormOverEmptyList(
      'Innlåsinger uten samtykke',
      'Ingen innlåsinger uten samtykke er logget.',
      'Logg innlåsing',
    );
    await userEvent.selectOptions(await within(dialog).findByLabelText('Boenhet'), 'H101');
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Fare for liv eller helse' }));
    await userEvent.clear(within(dialog).getByLabelText('Dato'));
    await userEvent.type(within(dialog).getByLabelText('Dato'), '20.11.2026');
    await userEvent.clear(within(dialog).getByLabelText('Klokkeslett'));
    await userEvent.type(within(dialog).getByLabelText('Klokkeslett'), '03:15');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Logg innlåsing' }));
    expect(await screen.findByText('Innlåsingen er logget.')).toBeInTheDocument();
    const table = await within(region).findByRole('table', { name: 'Innlåsinger uten samtykke' });
    expect(rows(table)).toEqual([['20.11.2026 kl.\u00a003:15', 'H101', 'Fare for liv eller helse', 'bakklandet1', '–', '–']]);
  });
});
