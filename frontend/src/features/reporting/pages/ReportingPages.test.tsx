import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { wholeMonthsSoFar } from '../months';
import { api, json } from '../../../test/api';
import { expectFacilityPicker } from '../../../test/pickers';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { facilitySummaries } from '../../../test/fixtures/facility';
import { municipalityStatistics, overviewItems, statistics } from '../../../test/fixtures/reporting';
import { emptyControlReport } from '../../../test/fixtures/sanction';

const leder = { roles: ['fagleder' as const, 'botiltak' as const], facilities: ['bakklandet'] };

describe('start page', () => {
  it('sends botiltak and fagleder to Oversikt', async () => {
    server.use(api.get('/api/overview', () => json([])));
    const { router } = renderApp('/', { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/oversikt');
  });

  it('sends the internal control to this month’s Kontrollrapport, shown at once, and asks only what it may read', async () => {
    const paths: string[] = [];
    const reports: Record<string, string>[] = [];
    const record = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname);
    };
    server.use(
      api.get('/api/control-reports', ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        reports.push(query);
        return json(emptyControlReport(query.facility!, query.from!, query.to!));
      }),
    );
    server.events.on('request:start', record);
    try {
      const { router } = renderApp('/', { roles: ['kontroll'] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Kontrollrapport' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/kontrollrapport');
      const from = `${todayIso().slice(0, 7)}-01`;
      expect(
        await screen.findByRole('heading', {
          level: 2,
          name: `Kontrollrapport for Hele kommunen ${formatDate(from)}–${formatDate(todayIso())}`,
        }),
      ).toBeInTheDocument();
      expect(reports).toEqual([{ facility: 'alle', from, to: todayIso(), format: 'json' }]);
      await waitFor(() => expect(within(screen.getByLabelText('Botiltak')).getAllByRole('option')).toHaveLength(5));
    } finally {
      server.events.removeListener('request:start', record);
    }
    // The facility register and the report: no API the role may not use.
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.every((path) => path.startsWith('/api/facilities') || path === '/api/control-reports')).toBe(true);
  });

  it('sends økonomi to Restanser when agreements are in arrears, else to the unmatched payments that wait', async () => {
    const totals = { arrears: 2, unmatched: 3 };
    server.use(
      api.get('/api/egenbetaling/arrears', () =>
        json({
          items: [],
          page: 0,
          size: 1,
          totalItems: totals.arrears,
          days0to30Ore: 0,
          days31to60Ore: 0,
          days61to90Ore: 0,
          over90Ore: 0,
          totalOre: 0,
          thresholdOre: 500000,
        }),
      ),
      api.get('/api/egenbetaling/payments', () => json({ items: [], page: 0, size: 1, totalItems: totals.unmatched })),
    );
    const both = renderApp('/', { roles: ['okonomi'] });
    await waitFor(() => expect(both.router.state.location.search).toBe('?visning=restanser'));
    expect(both.router.state.location.pathname).toBe('/egenbetaling');
    expect(await screen.findByRole('heading', { level: 2, name: 'Restanser' })).toBeInTheDocument();
    both.unmount();

    totals.arrears = 0;
    const unmatched = renderApp('/', { roles: ['okonomi'] });
    await waitFor(() => expect(unmatched.router.state.location.search).toBe('?visning=umatchet'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Umatchede innbetalinger' })).toBeInTheDocument();
  });

  it('sends HVK to its applications, and a role without a work list to Botiltak', async () => {
    const hvk = renderApp('/', { roles: ['hvk'] });
    await waitFor(() => expect(hvk.router.state.location.pathname).toBe('/soknader'));
    hvk.unmount();
    const other = renderApp('/', { roles: ['integrasjon'] });
    await waitFor(() => expect(other.router.state.location.pathname).toBe('/botiltak'));
  });
});

describe('OverviewPage', () => {
  it('groups the items by kind, in a fixed order, with dates and links', async () => {
    server.use(api.get('/api/overview', () => json(overviewItems)));
    const { router } = renderApp('/oversikt', leder);
    expect(await screen.findByRole('heading', { level: 2, name: /^Ikke signerte avtaler/ })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Varsler på e-post' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Ikke signerte avtaler (1 sak)',
      'Avtaler som slutter innen 30 dager (2 saker)',
      'Tildelt, venter på innflytting (1 sak)',
      'Varsler på e-post',
    ]);
    const ending = screen.getByRole('table', { name: /^Avtaler som slutter innen 30 dager/ });
    expect(within(ending).getAllByRole('row')).toHaveLength(3);
    const ida = within(ending).getByRole('row', { name: /Ida Solbakken/ });
    expect(ida).toHaveTextContent('18.12.2026');
    expect(ida).toHaveTextContent('Avtaleperioden slutter');
    expect(await within(ida).findByText('Bakklandet bo- og tjenestetilbud')).toBeInTheDocument();
    const link = within(ida).getByRole('link', { name: 'Ida Solbakken' });
    expect(link).toHaveAttribute('href', '/avtaler/11111111-1111-4111-8111-111111111111');

    const allocation = screen.getByRole('table', { name: /^Tildelt, venter på innflytting/ });
    await userEvent.click(within(allocation).getByRole('link', { name: 'Elias Brekken' }));
    expect(router.state.location.pathname).toBe('/soknader/33333333-3333-4333-8333-333333333333');
  });

  it('shows the e-mail setting only once the lists are there, so that they do not push it down (layout shift)', async () => {
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      api.get('/api/overview', async () => {
        await answered;
        return json(overviewItems);
      }),
    );
    renderApp('/oversikt', leder);
    expect(await screen.findByText('Henter oversikten …')).toBeInTheDocument();
    // the section's code is there (lazy), and React has had the turn in which it would show it
    await import('../components/DigestSettingSection');
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.getByText('Henter oversikten …')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Varsler på e-post' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { level: 2, name: 'Varsler på e-post' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Ikke signerte avtaler/ })).toBeInTheDocument();
  });

  it('says so when nothing falls due', async () => {
    server.use(api.get('/api/overview', () => json([])));
    renderApp('/oversikt', leder);
    expect(await screen.findByText('Ingenting forfaller i dag')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('StatisticsPage', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  function serveStatistics(calls: URLSearchParams[]) {
    server.use(
      api.get('/api/statistics', ({ request }) => {
        const query = new URL(request.url).searchParams;
        calls.push(query);
        if (query.get('format') === 'csv') {
          return new HttpResponse('del;nøkkel;antall\n', { headers: { 'Content-Type': 'text/csv' } }) as never;
        }
        const from = query.get('from')!;
        const to = query.get('to')!;
        // The period asked for as a whole gives 35 %; each month its own figure (for the whole municipality
        // February's is hidden, R-ACC-3).
        const month = from.endsWith('-01') && to.slice(0, 7) === from.slice(0, 7) ? from.slice(5, 7) : null;
        const occupancy = month ? Number(month) / 10 : 0.35;
        return json(
          query.get('facility') === 'alle'
            ? municipalityStatistics(from, to, month === '02' ? null : occupancy)
            : statistics(from, to, occupancy),
        );
      }),
    );
  }

  async function showPeriod(from: string, to: string) {
    await userEvent.clear(await screen.findByLabelText('Fra dato'));
    await userEvent.type(screen.getByLabelText('Fra dato'), from);
    await userEvent.clear(screen.getByLabelText('Til dato'));
    await userEvent.type(screen.getByLabelText('Til dato'), to);
    await userEvent.click(screen.getByRole('button', { name: 'Vis statistikk' }));
  }

  it('loads this year so far for the first facility at once', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', leder);
    expect(await screen.findByText(/har Bakklandet bo- og tjenestetilbud hatt i alt 5 beboere/)).toBeInTheDocument();
    const whole = calls.find((q) => q.get('from') === `${todayIso().slice(0, 4)}-01-01` && q.get('to') === todayIso());
    expect(whole?.get('facility')).toBe('bakklandet');
    expect(whole?.get('format')).toBe('json');
  });

  it('shows the summary, the key figures and a table alternative for every chart', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', leder);
    await showPeriod('01.01.2026', '31.03.2026');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Bakklandet bo- og tjenestetilbud 01.01.2026–31.03.2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Fra januar 2026 til mars 2026 har Bakklandet/)).toBeInTheDocument();

    const figures = screen.getByRole('region', { name: 'Nøkkeltall' });
    expect(within(figures).getByText('Beboere').nextElementSibling?.textContent).toBe('5');
    expect(within(figures).getByText('Belegg').nextElementSibling?.textContent).toBe('35\u00a0%');
    expect(within(figures).getByText('Andel til fast bolig').nextElementSibling?.textContent).toBe('100\u00a0%');
    expect(within(figures).getByText('Median botid').nextElementSibling?.textContent).toBe('240\u00a0dager');
    expect(within(figures).getByText('Restanse ved periodens slutt').nextElementSibling?.textContent).toBe('kr\u00a012\u00a0500');

    // (a) move-outs by destination: chart (one image named for what it shows) + table with every destination.
    const destinations = screen.getByRole('region', { name: 'Utflyttinger etter bosted' });
    const destChart = within(destinations).getByRole('img', {
      name: 'Utflyttinger etter bosted: liggende stolpediagram. Tallene står i tabellen under.',
    });
    expect(await within(destChart).findByText('Privat leiebolig')).toBeInTheDocument();
    const destTable = within(destinations).getByRole('table', { name: 'Utflyttinger etter bosted, tabell' });
    expect(within(destTable).getByRole('row', { name: 'Privat leiebolig 1' })).toBeInTheDocument();
    expect(within(destTable).getByRole('row', { name: 'Død 0' })).toBeInTheDocument();
    expect(within(destTable).getAllByRole('row')).toHaveLength(10);

    // (b) length of stay.
    const stay = screen.getByRole('region', { name: 'Botid' });
    const stayChart = within(stay).getByRole('img', { name: 'Botid: søylediagram. Tallene står i tabellen under.' });
    expect(await within(stayChart).findByText('731+')).toBeInTheDocument();
    const stayTable = within(stay).getByRole('table', { name: 'Botid i dager, tabell' });
    expect(within(stayTable).getByRole('row', { name: '181–365 dager 2' })).toBeInTheDocument();
    expect(within(stayTable).getByRole('row', { name: '731 dager eller mer 0' })).toBeInTheDocument();

    // (c) occupancy per month: one call per month.
    const occupancy = await screen.findByRole('region', { name: 'Belegg per måned' });
    const occTable = await within(occupancy).findByRole('table', { name: 'Belegg per måned, tabell' });
    expect(within(occTable).getAllByRole('row')).toHaveLength(4);
    expect(within(occTable).getByRole('row', { name: /^jan\. 2026 10\u00a0%/ })).toBeInTheDocument();
    expect(within(occTable).getByRole('row', { name: /^feb\. 2026 20\u00a0%/ })).toBeInTheDocument();
    expect(within(occTable).getByRole('row', { name: /^mar\. 2026 30\u00a0%/ })).toBeInTheDocument();
    const occChart = within(occupancy).getByRole('img', { name: 'Belegg per måned: søylediagram. Tallene står i tabellen under.' });
    // The value axis in Norwegian percent, the columns labelled with their figure.
    expect(await within(occChart).findByText(/^100\u00a0%$/, { normalizer: (text) => text })).toBeInTheDocument();
    expect(within(occChart).getByText(/^20\u00a0%$/, { normalizer: (text) => text })).toBeInTheDocument();
    expect(calls.map((q) => `${q.get('from')}/${q.get('to')}`)).toEqual(
      expect.arrayContaining(['2026-01-01/2026-01-31', '2026-02-01/2026-02-28', '2026-03-01/2026-03-31']),
    );

    // Tables only: reasons and sanctions.
    expect(
      within(screen.getByRole('table', { name: 'Utflyttinger etter grunn' })).getByRole('row', { name: 'Eget ønske 1' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Utflyttinger etter grunn' })).getByRole('row', { name: 'Omlagt avtaleform 0' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Reaksjoner etter type' })).getByRole('row', { name: 'Skriftlig advarsel 2' }),
    ).toBeInTheDocument();
  });

  it('validates the period before asking', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', leder);
    await showPeriod('31.03.2026', '01.01.2026');
    expect(await screen.findAllByText('Til-datoen kan ikke være før fra-datoen')).not.toHaveLength(0);
    expect(calls.some((q) => q.get('from') === '2026-03-31')).toBe(false);
  });

  it('downloads the CSV with format=csv through the API client', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    const createUrl = vi.fn(() => 'blob:statistikk');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/statistikk', leder);
    await showPeriod('01.01.2026', '31.03.2026');
    await screen.findByRole('heading', { level: 2, name: /01\.01\.2026–31\.03\.2026/ });
    await userEvent.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = calls.find((q) => q.get('format') === 'csv');
    expect(csv && Object.fromEntries(csv)).toEqual({ facility: 'bakklandet', from: '2026-01-01', to: '2026-03-31', format: 'csv' });
    expect(createUrl).toHaveBeenCalled();
  });

  it('tells a user without facilities so', async () => {
    renderApp('/statistikk', { roles: ['botiltak'], facilities: [] });
    expect(await screen.findByText('Du er ikke knyttet til noe botiltak.')).toBeInTheDocument();
  });

  it('offers staff only their own facilities, the first chosen, and no municipality total', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', { roles: ['fagleder'], facilities: ['bakklandet', 'heidrunsenteret'] });
    const picker = await expectFacilityPicker('bakklandet', ['Bakklandet bo- og tjenestetilbud', 'Heidrunsenteret, hybelfløyen']);
    expect(within(picker).queryByRole('option', { name: 'Hele kommunen' })).not.toBeInTheDocument();
    await screen.findByText(/har Bakklandet bo- og tjenestetilbud hatt i alt/);
    expect(calls.some((q) => q.get('facility') === 'alle')).toBe(false);
  });

  it('gives ESIKT the whole municipality by default, then every facility to choose from', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', { roles: ['esikt'] });
    const picker = await expectFacilityPicker('alle', ['Hele kommunen', ...facilitySummaries.map((f) => f.name)]);
    expect(screen.queryByText('Du er ikke knyttet til noe botiltak.')).not.toBeInTheDocument();

    // This year's whole months so far for the whole municipality, at once (R-ACC-3: whole calendar months).
    expect(await screen.findByText(/^Fra .* har botiltakene i kommunen hatt i alt 12 beboere/)).toBeInTheDocument();
    const period = wholeMonthsSoFar(todayIso());
    const whole = calls.find((q) => q.get('from') === period.from && q.get('to') === period.to);
    expect(whole?.get('facility')).toBe('alle');
    expect(screen.getByLabelText('Fra dato')).toHaveValue(formatDate(period.from));
    expect(screen.getByLabelText('Til dato')).toHaveValue(formatDate(period.to));
    expect(screen.getByText(/for hele kalendermåneder, og små tall skjules/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Hele kommunen / })).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'Nøkkeltall' });
    expect(within(figures).getByText('Beboere').nextElementSibling?.textContent).toBe('12');
    await screen.findByRole('table', { name: 'Belegg per måned, tabell' });
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    // One facility instead.
    await userEvent.selectOptions(picker, 'heidrunsenteret');
    await showPeriod('01.01.2026', '31.03.2026');
    await waitFor(() => expect(calls.some((q) => q.get('facility') === 'heidrunsenteret' && q.get('from') === '2026-01-01')).toBe(true));
  });

  it('gives the internal control the whole municipality by default, then every facility, as for ESIKT', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', { roles: ['kontroll'] });
    const picker = await expectFacilityPicker('alle', ['Hele kommunen', ...facilitySummaries.map((f) => f.name)]);
    expect(screen.getByText(/ved botiltakene i kommunen i en periode, samlet eller for ett botiltak/)).toBeInTheDocument();
    expect(await screen.findByText(/^Fra .* har botiltakene i kommunen hatt i alt 12 beboere/)).toBeInTheDocument();
    const period = wholeMonthsSoFar(todayIso());
    const whole = calls.find((q) => q.get('from') === period.from && q.get('to') === period.to);
    expect(whole?.get('facility')).toBe('alle');

    await userEvent.selectOptions(picker, 'valoyveien-9');
    await showPeriod('01.01.2026', '31.03.2026');
    await waitFor(() => expect(calls.some((q) => q.get('facility') === 'valoyveien-9' && q.get('from') === '2026-01-01')).toBe(true));
  });

  it('downloads the CSV for the whole municipality', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:statistikk'), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp('/statistikk', { roles: ['esikt'] });
    await showPeriod('01.01.2026', '31.03.2026');
    await screen.findByRole('heading', { level: 2, name: 'Hele kommunen 01.01.2026–31.03.2026' });
    await userEvent.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await waitFor(() => expect(downloads).toEqual(['statistikk-alle-2026-01-01-2026-03-31.csv']));
    const csv = calls.find((q) => q.get('format') === 'csv');
    expect(csv && Object.fromEntries(csv)).toEqual({ facility: 'alle', from: '2026-01-01', to: '2026-03-31', format: 'csv' });
  });

  it('shows hidden figures as <5, says why under the tables and leaves them out of the charts', async () => {
    const calls: URLSearchParams[] = [];
    serveStatistics(calls);
    renderApp('/statistikk', { roles: ['esikt'] });
    await showPeriod('01.01.2026', '31.03.2026');
    await screen.findByRole('heading', { level: 2, name: 'Hele kommunen 01.01.2026–31.03.2026' });
    const why =
      '«<5» betyr at tallet er skjult av personvernhensyn: det er fra 1 til 4, bygger på færre enn 5 personer eller avtaler, eller kunne ha avslørt et slikt tall.';

    const figures = screen.getByRole('region', { name: 'Nøkkeltall' });
    expect(within(figures).getByText('Beboere').nextElementSibling?.textContent).toBe('12');
    expect(within(figures).getByText('Andel til fast bolig').nextElementSibling?.textContent).toBe('<5');
    expect(within(figures).getByText(why)).toBeInTheDocument();

    // The chart draws what is shown and says the rest is left out; the table has every row.
    const destinations = screen.getByRole('region', { name: 'Utflyttinger etter bosted' });
    const destChart = within(destinations).getByRole('img', { name: /^Utflyttinger etter bosted: liggende stolpediagram/ });
    expect(await within(destChart).findByText('Kommunal utleiebolig')).toBeInTheDocument();
    expect(within(destChart).queryByText('Privat leiebolig')).not.toBeInTheDocument();
    expect(within(destinations).getByText('Tall som er skjult («<5»), er utelatt fra diagrammet.')).toBeInTheDocument();
    const destTable = within(destinations).getByRole('table', { name: 'Utflyttinger etter bosted, tabell' });
    expect(within(destTable).getByRole('row', { name: 'Privat leiebolig <5' })).toBeInTheDocument();
    expect(within(destTable).getByRole('row', { name: 'Kommunal utleiebolig 0' })).toBeInTheDocument();
    expect(within(destinations).getByText(why)).toBeInTheDocument();

    const stay = screen.getByRole('region', { name: 'Botid' });
    expect(within(within(stay).getByRole('table')).getByRole('row', { name: '31–60 dager <5' })).toBeInTheDocument();

    // A month whose occupancy is hidden: <5 in the table, no column in the chart.
    const occupancy = await screen.findByRole('region', { name: 'Belegg per måned' });
    const occTable = await within(occupancy).findByRole('table', { name: 'Belegg per måned, tabell' });
    expect(within(occTable).getByRole('row', { name: /^feb\. 2026 <5 <5/ })).toBeInTheDocument();
    expect(within(occTable).getByRole('row', { name: /^mar\. 2026 30\u00a0%/ })).toBeInTheDocument();
    expect(within(occupancy).getByText('Tall som er skjult («<5»), er utelatt fra diagrammet.')).toBeInTheDocument();
    const occChart = within(occupancy).getByRole('img', { name: /^Belegg per måned: søylediagram/ });
    expect(await within(occChart).findByText(/^30\u00a0%$/, { normalizer: (text) => text })).toBeInTheDocument();
    expect(within(occChart).queryByText('feb.')).not.toBeInTheDocument();

    const other = screen.getByRole('table', { name: 'Andre tall' });
    expect(within(other).getByRole('row', { name: 'Innlåsinger uten samtykke <5' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Reaksjoner etter type' })).getByRole('row', { name: 'Skriftlig advarsel <5' }),
    ).toBeInTheDocument();
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows the problem when a period is not whole calendar months', async () => {
    server.use(
      api.get(
        '/api/statistics',
        () =>
          HttpResponse.json(
            {
              type: 'https://bta.kommune.no/problems/r-sta-2-whole-months',
              title: 'Statistikken gis for hele kalendermåneder',
              status: 422,
              rule: 'R-ACC-3',
              violations: [{ field: 'from', message: 'må være den første dagen i en måned' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ) as never,
      ),
    );
    renderApp('/statistikk', { roles: ['esikt'] });
    await showPeriod('05.01.2026', '31.01.2026');
    expect(
      await screen.findByText(/Statistikken gis for hele kalendermåneder\. from: må være den første dagen i en måned/),
    ).toBeInTheDocument();
  });

  it('is refused to roles without statistics', async () => {
    renderApp('/statistikk', { roles: ['okonomi'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });
});
