import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { account, importSummary, KARI_AGREEMENT, ledger, OLA_AGREEMENT, run } from '../../../test/fixtures/egenbetaling';
import { currentMonth } from '../form/egenbetalingSchemas';

const okonomi = { roles: ['okonomi' as const] };

describe('Finn konto', () => {
  it('searches by name or KID and facility, shows balance, credit and overdue, links to the ledger and pages', async () => {
    const asked: Record<string, string>[] = [];
    server.use(
      api.get('/api/egenbetaling/accounts', ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        asked.push(query);
        const page = Number(query.page);
        const items =
          page === 0
            ? [
                account(),
                account({
                  agreementId: KARI_AGREEMENT,
                  personName: 'Kari Nordmann',
                  facilityName: 'Heidrunsenteret',
                  unitLabel: 'H3',
                  status: 'ENDED',
                  paymentMethod: undefined,
                  balanceOre: -12345,
                  overdueOre: 0,
                }),
              ]
            : [account({ agreementId: '6b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6f', personName: 'Per Pettersen' })];
        return json({ items, page, size: 20, totalItems: 21 });
      }),
    );
    renderApp('/egenbetaling', okonomi);
    const search = await screen.findByRole('search', { name: 'Finn konto' });
    const table = await screen.findByRole('table', { name: 'Kontoer (21 treff)' });
    expect(asked[0]).toEqual({ page: '0', size: '20' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('BeboerBotiltak og boenhetAvtaleBetalingsmåteSaldoForfalt');
    expect(rows[1]).toHaveTextContent('Ola NordmannBakklandet bo- og tjenestetilbud, H201GjelderFakturakr 5 000,00kr 2 500,00');
    expect(rows[2]).toHaveTextContent('Kari NordmannHeidrunsenteret, H3AvsluttetIkke valgtkr 123,45 til godekr 0,00');
    expect(within(table).getByRole('link', { name: 'Ola Nordmann' })).toHaveAttribute('href', `/avtaler/${OLA_AGREEMENT}/reskontro`);

    await userEvent.type(within(search).getByRole('searchbox', { name: 'Søk' }), ' 0001000017 ');
    await waitFor(() => expect(within(search).getAllByRole('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(within(search).getByLabelText('Botiltak'), 'bakklandet');
    await userEvent.click(within(search).getByRole('button', { name: 'Finn konto' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ q: '0001000017', facility: 'bakklandet', page: '0', size: '20' }));

    await userEvent.click(screen.getByRole('button', { name: 'Side 2' }));
    expect(await screen.findByRole('link', { name: 'Per Pettersen' })).toBeInTheDocument();
    expect(asked.at(-1)).toEqual({ q: '0001000017', facility: 'bakklandet', page: '1', size: '20' });
  });

  it('says so when nothing matches', async () => {
    server.use(api.get('/api/egenbetaling/accounts', () => json({ items: [], page: 0, size: 20, totalItems: 0 })));
    renderApp('/egenbetaling?visning=konto', okonomi);
    expect(await screen.findByText('Ingen kontoer passer til søket.')).toBeInTheDocument();
  });
});

describe('Historikk', () => {
  it('lists charge runs and bank imports with state, counts, who started them and "Automatisk" for the system run', async () => {
    server.use(
      api.get('/api/egenbetaling/charge-runs', () =>
        json({
          items: [
            run({
              state: 'DONE',
              done: 40,
              created: 30,
              corrected: 3,
              skipped: 7,
              startedBy: 'system',
              finishedAt: '2026-11-01T02:00:05Z',
            }),
            run({
              id: '32111111-2222-4333-8444-555555555555',
              period: '2026-10',
              state: 'FAILED',
              done: 5,
              error: 'Databasen svarte ikke',
            }),
          ],
          page: 0,
          size: 10,
          totalItems: 2,
        }),
      ),
      api.get('/api/egenbetaling/imports', () =>
        json({
          items: [importSummary(), importSummary({ id: '52111111-2222-4333-8444-555555555555', filename: undefined, state: 'RUNNING' })],
          page: 0,
          size: 10,
          totalItems: 2,
        }),
      ),
    );
    renderApp('/egenbetaling?visning=historikk', okonomi);
    const runs = await screen.findByRole('table', { name: 'Månedskjøringer, nyeste først' });
    const runRows = within(runs).getAllByRole('row');
    expect(runRows[0]).toHaveTextContent('MånedAvtalerNye kravKorrigertHoppet overStatusStartet avStartetFerdig');
    expect(runRows[1]).toHaveTextContent('2026-1140 av 403037FerdigAutomatisk02.11.2026 kl. 09:0001.11.2026 kl. 03:00');
    expect(runRows[2]).toHaveTextContent('2026-105 av 40000FeiletDatabasen svarte ikkeokonomi1');
    const files = await screen.findByRole('table', { name: 'Innlesinger av bankfiler, nyeste først' });
    const fileRows = within(files).getAllByRole('row');
    expect(fileRows[1]).toHaveTextContent('ocr-2026-11-02.txt4 av 4211kr 5 123,00Ferdigokonomi1');
    expect(fileRows[2]).toHaveTextContent(/^Uten filnavn4 av 4.*Pågår/);
    // Everything fits on one page: no pager.
    expect(screen.queryByRole('navigation', { name: /Sider i listen/ })).not.toBeInTheDocument();
  });

  it('pages the runs with the Pager', async () => {
    const pages: string[] = [];
    server.use(
      api.get('/api/egenbetaling/charge-runs', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page')!;
        pages.push(page);
        return json({
          items: [run({ period: page === '0' ? '2026-11' : '2025-11', state: 'DONE' })],
          page: Number(page),
          size: 10,
          totalItems: 11,
        });
      }),
      api.get('/api/egenbetaling/imports', () => json({ items: [], page: 0, size: 10, totalItems: 0 })),
    );
    renderApp('/egenbetaling?visning=historikk', okonomi);
    expect(await screen.findByText('Ingen bankfiler er lest inn.')).toBeInTheDocument();
    const pager = await screen.findByRole('navigation', { name: 'Sider i listen over månedskjøringer' });
    await userEvent.click(within(pager).getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByRole('rowheader', { name: '2025-11' })).toBeInTheDocument();
    expect(pages).toEqual(['0', '1']);
  });
});

describe('Reskontro: til gode, tilbakebetaling og depositum', () => {
  const ended = {
    ...ledger,
    balanceOre: -150000,
    overdueOre: 0,
    creditOre: 150000,
    creditOwedToResidentOre: 150000,
    flagged: false,
    deposit: { amountOre: 300000, paidOn: '2026-01-05', returnedOn: '2026-11-05', withheldOre: 50000, withheldReason: 'Tapt nøkkel' },
    lines: [
      ...ledger.lines,
      {
        date: '2026-10-15',
        type: 'CORRECTION' as const,
        text: 'Korreksjon 2026-10 (utflytting)',
        debitOre: 0,
        creditOre: 250000,
        balanceOre: 0,
      },
      { date: '2026-10-20', type: 'PAYMENT' as const, text: 'Innbetaling', debitOre: 0, creditOre: 150000, balanceOre: -150000 },
    ],
    totalLines: 4,
  };
  const route = `/avtaler/${OLA_AGREEMENT}/reskontro`;

  it('shows credit, what is owed to the resident, corrections and the deposit', async () => {
    server.use(api.get('/api/agreements/{agreementId}/ledger', () => json(ended)));
    renderApp(route, okonomi);
    const overview = await screen.findByRole('region', { name: 'Oversikt' });
    expect(overview).toHaveTextContent('Til godekr 1 500,00');
    expect(overview).toHaveTextContent('Skyldes beboerkr 1 500,00');
    expect(overview).toHaveTextContent('Avtalen er avsluttet, og kr 1 500,00 til gode skal betales tilbake til beboeren.');
    const lines = screen.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' });
    expect(within(lines).getAllByRole('row')[3]).toHaveTextContent('15.10.2026KorreksjonKorreksjon 2026-10 (utflytting)kr 2 500,00kr 0,00');
    const deposit = screen.getByRole('region', { name: 'Depositum' });
    expect(deposit).toHaveTextContent(
      'Depositumkr 3 000,00Betalt05.01.2026Tilbakebetalt05.11.2026Holdt tilbakekr 500,00Grunn til tilbakeholdt beløpTapt nøkkel',
    );
  });

  it('checks the refund against the credit, shows the server problem, then records it in øre', async () => {
    const sent: unknown[] = [];
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', () =>
        json(sent.length > 1 ? { ...ended, creditOre: 0, creditOwedToResidentOre: 0 } : ended),
      ),
      api.post('/api/agreements/{agreementId}/refunds', async ({ request }) => {
        sent.push(await request.json());
        if (sent.length === 1) {
          return problem({
            type: 'https://bta.kommune.no/problems/r-pay-8-refund-only-after-end',
            title: 'Tilbakebetaling bare etter avslutning',
            status: 409,
            detail: 'Avtalen løper fortsatt; det som er til gode dekker de neste kravene',
          });
        }
        return json({ ...ended, creditOre: 0, creditOwedToResidentOre: 0 }, { status: 201 });
      }),
    );
    renderApp(route, okonomi);
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer tilbakebetaling' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer tilbakebetaling' });
    const amount = within(dialog).getByLabelText('Beløp betalt tilbake', { exact: false });
    expect(amount).toHaveValue('1500');
    await userEvent.clear(amount);
    await userEvent.type(amount, '1500,01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer tilbakebetalingen' }));
    expect(
      (await within(dialog).findAllByText('Beløpet kan ikke være mer enn det beboeren har til gode (kr 1 500,00)')).length,
    ).toBeGreaterThan(0);
    await userEvent.clear(amount);
    await userEvent.type(amount, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer tilbakebetalingen' }));
    expect((await within(dialog).findAllByText('Beløpet må være større enn 0')).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);

    await userEvent.clear(amount);
    await userEvent.type(amount, '1000,50');
    const date = within(dialog).getByLabelText('Betalt tilbake dato', { exact: false });
    await userEvent.clear(date);
    await userEvent.type(date, '10.11.2026');
    await userEvent.type(within(dialog).getByLabelText('Referanse (valgfri)', { exact: false }), 'BILAG-7');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer tilbakebetalingen' }));
    expect(await within(dialog).findByText(/Avtalen løper fortsatt; det som er til gode dekker de neste kravene/)).toBeInTheDocument();
    expect(sent[0]).toEqual({ amountOre: 100050, refundedOn: '2026-11-10', reference: 'BILAG-7' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer tilbakebetalingen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Tilbakebetalingen på kr 1 000,50 er registrert.');
    await waitFor(() => expect(screen.queryByText('Skyldes beboer')).not.toBeInTheDocument());
  });

  it('offers no refund to staff who are not okonomi, and no documents', async () => {
    server.use(api.get('/api/agreements/{agreementId}/ledger', () => json(ended)));
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(await screen.findByText('Skyldes beboer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer tilbakebetaling' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dokumenter til beboeren' })).not.toBeInTheDocument();
  });
});

describe('Depositum ved utflytting', () => {
  const unsettled = { ...ledger, deposit: { amountOre: 300000, paidOn: '2026-01-05' } };

  it('leads staff to the agreement to settle a deposit not yet returned, and tells okonomi who settles it', async () => {
    server.use(api.get('/api/agreements/{agreementId}/ledger', () => json(unsettled)));
    const first = renderApp(`/avtaler/${OLA_AGREEMENT}/reskontro`, { roles: ['fagleder'], facilities: ['bakklandet'] });
    const deposit = await screen.findByRole('region', { name: 'Depositum' });
    expect(deposit).toHaveTextContent('Tilbakebetalt–');
    expect(within(deposit).getByRole('link', { name: 'Registrer oppgjøret av depositumet ved utflytting på avtalen' })).toHaveAttribute(
      'href',
      `/avtaler/${OLA_AGREEMENT}`,
    );
    first.unmount();
    renderApp(`/avtaler/${OLA_AGREEMENT}/reskontro`, okonomi);
    const forClerk = await screen.findByRole('region', { name: 'Depositum' });
    expect(forClerk).toHaveTextContent('Oppgjøret av depositumet ved utflytting registreres av botiltaket på avtalen.');
    expect(within(forClerk).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('Dokumenter etter betalingsmåte', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.restoreAllMocks();
  });
  const downloads: string[] = [];
  function catchDownloads() {
    downloads.length = 0;
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:fil'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  }
  const pdf = () => new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }) as never;

  it('INVOICE: downloads the invoice for the chosen month, and shows the 409 detail for a month with nothing owed', async () => {
    catchDownloads();
    const periods: string[] = [];
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', () => json(ledger)),
      api.get('/api/agreements/{agreementId}/invoices/{period}', ({ params }) => {
        periods.push(String(params.period));
        if (params.period === '2026-12') {
          return problem({
            type: 'https://bta.kommune.no/problems/r-pay-2-nothing-to-invoice',
            title: 'Ingenting å fakturere',
            status: 409,
            detail: 'Ingen egenbetaling å fakturere for 2026-12',
          });
        }
        return pdf();
      }),
    );
    renderApp(`/avtaler/${OLA_AGREEMENT}/reskontro`, okonomi);
    const section = await screen.findByRole('region', { name: 'Faktura for en måned' });
    const month = within(section).getByRole('textbox', { name: 'Måned' });
    expect(month).toHaveValue(currentMonth());
    await userEvent.clear(month);
    await userEvent.type(month, '2026-11');
    await userEvent.click(within(section).getByRole('button', { name: 'Last ned fakturaen (PDF)' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(`Filen er lastet ned som faktura-2026-11-${OLA_AGREEMENT}.pdf.`);
    expect(downloads).toEqual([`faktura-2026-11-${OLA_AGREEMENT}.pdf`]);

    await userEvent.clear(month);
    await userEvent.type(month, '2026-12');
    await userEvent.click(within(section).getByRole('button', { name: 'Last ned fakturaen (PDF)' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Ingen egenbetaling å fakturere for 2026-12');
    expect(periods).toEqual(['2026-11', '2026-12']);
    expect(downloads).toHaveLength(1);
  });

  it('STANDING_ORDER: downloads the letter and shows a 409 detail', async () => {
    catchDownloads();
    let calls = 0;
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', () => json({ ...ledger, paymentSetup: { method: 'STANDING_ORDER' as const } })),
      api.get('/api/agreements/{agreementId}/standing-order-letter.pdf', () => {
        calls++;
        return calls === 1
          ? pdf()
          : problem({
              type: 'https://bta.kommune.no/problems/r-pay-3-no-kid-yet',
              title: 'Ingen KID ennå',
              status: 409,
              detail: 'Avtalen har ingen KID ennå',
            });
      }),
    );
    renderApp(`/avtaler/${OLA_AGREEMENT}/reskontro`, okonomi);
    const section = await screen.findByRole('region', { name: 'Brev om fast trekk' });
    expect(screen.queryByRole('region', { name: 'Faktura for en måned' })).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Last ned brevet (PDF)' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(`brev-fast-trekk-${OLA_AGREEMENT}.pdf`);
    await userEvent.click(within(section).getByRole('button', { name: 'Last ned brevet (PDF)' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Avtalen har ingen KID ennå');
  });

  it('the desk: the month’s invoices (PDF) and the NAV list (CSV) for a month', async () => {
    catchDownloads();
    const asked: string[] = [];
    server.use(
      api.get('/api/egenbetaling/invoices', ({ request }) => {
        asked.push(`invoices ${new URL(request.url).searchParams.get('period')}`);
        return pdf();
      }),
      api.get('/api/egenbetaling/nav-deductions', ({ request }) => {
        const q = new URL(request.url).searchParams;
        asked.push(`nav ${q.get('period')} ${q.get('format')}`);
        return new HttpResponse('navn;fodselsdato\n', { headers: { 'Content-Type': 'text/csv' } }) as never;
      }),
    );
    renderApp('/egenbetaling?visning=utsendelser', okonomi);
    const invoices = await screen.findByRole('region', { name: 'Fakturaer for måneden' });
    await userEvent.clear(within(invoices).getByRole('textbox', { name: 'Måned' }));
    await userEvent.type(within(invoices).getByRole('textbox', { name: 'Måned' }), '2026-11');
    await userEvent.click(within(invoices).getByRole('button', { name: 'Last ned fakturaer (PDF)' }));
    expect(await within(invoices).findByRole('status')).toHaveTextContent('fakturaer-2026-11.pdf');
    const nav = screen.getByRole('region', { name: 'Liste til NAV' });
    await userEvent.clear(within(nav).getByRole('textbox', { name: 'Måned' }));
    await userEvent.type(within(nav).getByRole('textbox', { name: 'Måned' }), '13-2026');
    await userEvent.click(within(nav).getByRole('button', { name: 'Last ned NAV-listen (CSV)' }));
    expect((await within(nav).findAllByText('Skriv måneden på formen åååå-mm, for eksempel 2026-11')).length).toBeGreaterThan(0);
    await userEvent.clear(within(nav).getByRole('textbox', { name: 'Måned' }));
    await userEvent.type(within(nav).getByRole('textbox', { name: 'Måned' }), '2026-10');
    await userEvent.click(within(nav).getByRole('button', { name: 'Last ned NAV-listen (CSV)' }));
    expect(await within(nav).findByRole('status')).toHaveTextContent('nav-trekk-2026-10.csv');
    expect(asked).toEqual(['invoices 2026-11', 'nav 2026-10 csv']);
    expect(downloads).toEqual(['fakturaer-2026-11.pdf', 'nav-trekk-2026-10.csv']);
  });
});

describe('Periodelukking og kontering', () => {
  it('shows how far the accounts are closed, closes a month and shows the 409 detail', async () => {
    const sent: unknown[] = [];
    server.use(
      api.get('/api/egenbetaling/closed-periods', () =>
        json({
          closedThrough: '2026-09',
          firstOpenMonth: '2026-10',
          closings: [{ closedThrough: '2026-09', closedAt: '2026-10-05T10:00:00Z', closedBy: 'okonomi1' }],
        }),
      ),
      api.post('/api/egenbetaling/closed-periods', async ({ request }) => {
        const body = await request.json();
        sent.push(body);
        if (body.closedThrough === '2026-09') {
          return problem({
            type: 'https://bta.kommune.no/problems/r-pay-6-period-already-closed',
            title: 'Måneden er lukket',
            status: 409,
            detail: '2026-09 er allerede lukket',
          });
        }
        return json({
          closedThrough: '2026-10',
          firstOpenMonth: '2026-11',
          closings: [
            { closedThrough: '2026-09', closedAt: '2026-10-05T10:00:00Z', closedBy: 'okonomi1' },
            { closedThrough: '2026-10', closedAt: '2026-11-05T10:00:00Z', closedBy: 'okonomi1' },
          ],
        });
      }),
      api.get('/api/egenbetaling/accounting-dimensions', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
    );
    renderApp('/egenbetaling?visning=regnskap', okonomi);
    const section = await screen.findByRole('region', { name: 'Lukk måned' });
    expect(await within(section).findByText('2026-10')).toBeInTheDocument();
    expect(section).toHaveTextContent('Lukket til og med2026-09Første åpne måned2026-10');
    const month = within(section).getByRole('textbox', { name: 'Lukk til og med måned' });
    await userEvent.clear(month);
    await userEvent.type(month, '2026-09');
    await userEvent.click(within(section).getByRole('button', { name: 'Lukk måneden' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('2026-09 er allerede lukket');
    await userEvent.clear(month);
    await userEvent.type(month, '2026-10');
    await userEvent.click(within(section).getByRole('button', { name: 'Lukk måneden' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Regnskapet er lukket til og med 2026-10.');
    expect(section).toHaveTextContent('Lukket til og med2026-10Første åpne måned2026-11');
    expect(sent).toEqual([{ closedThrough: '2026-09' }, { closedThrough: '2026-10' }]);
  });

  it('pages the facilities’ dimensions from the API, a page at a time', async () => {
    const asked: string[] = [];
    const facility = (n: number) => ({
      facilityId: `botiltak-${n}`,
      facilityName: `Botiltak ${n}`,
      art: '16200',
      ansvar: '3100',
      funksjon: '2650',
      isDefault: true,
    });
    server.use(
      api.get('/api/egenbetaling/closed-periods', () => json({ closings: [] })),
      api.get('/api/egenbetaling/accounting-dimensions', ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(`${query.get('page')}/${query.get('size')}`);
        const page = Number(query.get('page'));
        const items = page === 0 ? Array.from({ length: 20 }, (_, i) => facility(i + 1)) : [facility(21)];
        return json({ items, page, size: 20, totalItems: 21 });
      }),
    );
    renderApp('/egenbetaling?visning=regnskap', okonomi);
    const table = await screen.findByRole('table', { name: 'Art, ansvar og funksjon per botiltak' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    const pager = screen.getByRole('navigation', { name: /Sider i listen/ });
    await userEvent.click(within(pager).getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByRole('rowheader', { name: 'Botiltak 21' })).toBeInTheDocument();
    expect(asked).toEqual(['0/20', '1/20']);
  });

  it('edits a facility’s dimensions, checking them before sending', async () => {
    const dims = [
      { facilityId: 'bakklandet', facilityName: 'Bakklandet', art: '16200', ansvar: '3100', funksjon: '2650', isDefault: true },
      { facilityId: 'heidrunsenteret', facilityName: 'Heidrunsenteret', art: '16200', ansvar: '3200', funksjon: '2650', isDefault: false },
    ];
    const sent: unknown[] = [];
    server.use(
      api.get('/api/egenbetaling/closed-periods', () => json({ closings: [] })),
      api.get('/api/egenbetaling/accounting-dimensions', () => json({ items: dims, page: 0, size: 20, totalItems: dims.length })),
      api.put('/api/egenbetaling/accounting-dimensions/{facilityId}', async ({ request, params }) => {
        const body = (await request.json()) as { art: string; ansvar: string; funksjon: string };
        sent.push({ facility: params.facilityId, ...body });
        const i = dims.findIndex((d) => d.facilityId === params.facilityId);
        dims[i] = { ...dims[i]!, ...body, isDefault: false };
        return json(dims[i]!);
      }),
    );
    renderApp('/egenbetaling?visning=regnskap', okonomi);
    expect(await screen.findByText('Ingen måned er lukket')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Art, ansvar og funksjon per botiltak' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Bakklandet1620031002650Standard');
    await userEvent.click(within(table).getByRole('button', { name: 'Endre konteringen for Bakklandet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kontering for Bakklandet' });
    const ansvar = within(dialog).getByRole('textbox', { name: 'Ansvar' });
    await userEvent.clear(ansvar);
    await userEvent.type(ansvar, '31-00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre konteringen' }));
    expect((await within(dialog).findAllByText('Ansvar består av 1–12 bokstaver eller sifre')).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);
    await userEvent.clear(ansvar);
    await userEvent.type(ansvar, '3150');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre konteringen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Konteringen for Bakklandet er lagret.');
    expect(sent).toEqual([{ facility: 'bakklandet', art: '16200', ansvar: '3150', funksjon: '2650' }]);
    expect(within(screen.getByRole('table', { name: 'Art, ansvar og funksjon per botiltak' })).getAllByRole('row')[1]).toHaveTextContent(
      'Bakklandet1620031502650Eget oppsett',
    );
  });
});
