import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { emptyPreview, retentionPreview, retentionRun } from '../../../test/fixtures/retention';

const hvk = { roles: ['hvk' as const] };

describe('Sletting og anonymisering', () => {
  it('shows HVK who is due, why and what will go, by id only', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      api.get('/api/retention/preview', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return json(retentionPreview);
      }),
    );
    renderApp('/sletting', hvk);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sletting og anonymisering' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '2 personer med siste aktivitet før 01.12.2021' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!);
    expect(first.getByText('d0f2a4c6-8e0b-4c2e-9a7d-1f3b5d7e9a6e')).toBeInTheDocument();
    expect(first.getByText('Opphold sluttet 31.05.2021')).toBeInTheDocument();
    expect(first.getByText('30.05.2026')).toBeInTheDocument();
    expect(first.getByText(/^Siste opphold sluttet 31\.05\.2021/)).toBeInTheDocument();
    expect(first.getByText('Helseopplysninger: kartlegginger (svar og skårer) og samtykke til deling: raden slettes')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Søknad avsluttet 14.08.2021')).toBeInTheDocument();
    expect(screen.getByText(/oppbevaringstiden på 1825 dager/)).toBeInTheDocument();
    expect(asked[0]?.get('page')).toBe('0');
    expect(asked[0]?.get('size')).toBe('50');
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 15_000);

  it('asks before the run, runs once confirmed and says how many were anonymised', async () => {
    let runs = 0;
    server.use(
      api.get('/api/retention/preview', () => json(runs === 0 ? retentionPreview : emptyPreview)),
      api.post('/api/retention/runs', () => {
        runs += 1;
        return json(retentionRun);
      }),
    );
    renderApp('/sletting', hvk);
    await userEvent.click(await screen.findByRole('button', { name: 'Slett og anonymiser nå' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slette og anonymisere nå?' });
    expect(within(dialog).getByText(/^2 personer blir anonymisert nå/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(runs).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Slett og anonymiser nå' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Slett og anonymiser' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('2 personer ble anonymisert, og 1 besøksforbud mistet navn og begrunnelse.');
    expect(runs).toBe(1);
    expect(await screen.findByText('Ingen personer er forfalt for sletting nå.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the server problem in the dialog when the run is refused', async () => {
    server.use(
      api.get('/api/retention/preview', () => json(retentionPreview)),
      api.post('/api/retention/runs', () =>
        problem({ type: 'https://bta.kommune.no/problems/forbidden', title: 'Ingen tilgang', status: 403, detail: 'Krever rollen hvk' }),
      ),
    );
    renderApp('/sletting', hvk);
    await userEvent.click(await screen.findByRole('button', { name: 'Slett og anonymiser nå' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slett og anonymiser' }));
    expect(await within(dialog).findByText(/Krever rollen hvk/)).toBeInTheDocument();
  });

  it('says so when nobody is due, without a run button', async () => {
    server.use(api.get('/api/retention/preview', () => json(emptyPreview)));
    renderApp('/sletting', hvk);
    expect(await screen.findByText('Ingen personer er forfalt for sletting nå.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slett og anonymiser nå' })).not.toBeInTheDocument();
  });

  it('is HVK’s only: other roles get no menu entry and no page', async () => {
    renderApp('/sletting', { roles: ['fagleder', 'botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Arbeidsområder' });
    expect(within(nav).queryByRole('link', { name: 'Sletting og anonymisering' })).not.toBeInTheDocument();
  });
});
