import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import type { components } from '../../../api/schema.gen';
import { arrears, bankImport, payment, run } from '../../../test/fixtures/egenbetaling';

type Schemas = components['schemas'];

const okonomi = { roles: ['okonomi' as const] };

describe('Månedskjøring', () => {
  it('starts the run for the month and polls until it is DONE, showing progress and numbers', async () => {
    const answers = [
      run({ done: 10 }),
      run({ done: 30, created: 20, skipped: 5 }),
      run({ state: 'DONE', done: 40, created: 30, skipped: 10, finishedAt: '2026-11-02T08:00:03Z' }),
    ];
    let polls = 0;
    let sent: unknown;
    server.use(
      api.post('/api/egenbetaling/charge-runs', async ({ request }) => {
        sent = await request.json();
        return json(run({}), { status: 202 });
      }),
      api.get('/api/egenbetaling/charge-runs/{runId}', () => json(answers[Math.min(polls++, answers.length - 1)]!)),
    );
    renderApp('/egenbetaling?visning=kjoring', okonomi);
    const month = await screen.findByRole('textbox', { name: 'Måned' });
    await userEvent.clear(month);
    await userEvent.type(month, '2026-11');
    await userEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect(await screen.findByText('Framdrift: 0 av 40 avtaler')).toBeInTheDocument();
    expect(sent).toEqual({ period: '2026-11' });
    const bar = screen.getByRole('progressbar', { name: 'Framdrift: 0 av 40 avtaler' });
    expect(bar).toHaveAttribute('max', '40');
    expect(await screen.findByText('Framdrift: 40 av 40 avtaler', {}, { timeout: 6000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Kjøringen er ferdig: 30 nye krav, 10 allerede fakturert.');
    const result = screen.getByRole('region', { name: 'Kjøring for 2026-11' });
    expect(result).toHaveTextContent('Ferdig');
    expect(result).toHaveTextContent('Hoppet over (allerede fakturert)10');
    const pollsAtDone = polls;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(polls).toBe(pollsAtDone);
  }, 15_000);

  it('checks the month before sending', async () => {
    renderApp('/egenbetaling?visning=kjoring', okonomi);
    const month = await screen.findByRole('textbox', { name: 'Måned' });
    await userEvent.clear(month);
    await userEvent.type(month, '11.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect((await screen.findAllByText('Skriv måneden på formen åååå-mm, for eksempel 2026-11')).length).toBeGreaterThan(0);
  });
});

describe('Innlesing av OCR-fil', () => {
  const upload = async (content: string) => {
    renderApp('/egenbetaling?visning=innlesing', okonomi);
    const input = await screen.findByLabelText('OCR-fil');
    await userEvent.upload(input, new File([content], 'ocr-2026-11-02.txt', { type: 'text/plain' }));
    await userEvent.click(screen.getByRole('button', { name: 'Les inn filen' }));
  };

  it('sends the file as text/plain with its name and shows the report', async () => {
    let seen: { type: string | null; body: string; filename: string | null } | null = null;
    let gets = 0;
    server.use(
      api.post('/api/egenbetaling/imports', async ({ request }) => {
        seen = {
          type: request.headers.get('content-type'),
          body: await request.text(),
          filename: new URL(request.url).searchParams.get('filename'),
        };
        return json(bankImport(), { status: 201 });
      }),
      api.get('/api/egenbetaling/imports/{importId}', () => {
        gets++;
        return json(bankImport());
      }),
    );
    await upload('NY000010...\n');
    const report = await screen.findByRole('region', { name: 'Innlesingsrapport for ocr-2026-11-02.txt' });
    expect(within(report).getByRole('heading', { name: 'Innlesingsrapport for ocr-2026-11-02.txt' })).toHaveFocus();
    expect(seen).toEqual({ type: expect.stringContaining('text/plain'), body: 'NY000010...\n', filename: 'ocr-2026-11-02.txt' });
    expect(report).toHaveTextContent('Innbetalinger i filen4');
    expect(report).toHaveTextContent('Matchet mot krav2');
    expect(report).toHaveTextContent('Umatchet (venter på manuell kobling)1');
    expect(report).toHaveTextContent('Duplikater (allerede innlest)1');
    expect(report).toHaveTextContent(`kr 5 123,00`);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // A 201 is DONE: nothing to follow.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(gets).toBe(0);
  });

  it('follows a large file (202 RUNNING) until it is DONE, without taking focus on every poll, then shows the report', async () => {
    const id = '61111111-2222-4333-8444-555555555555';
    const started = bankImport({
      id,
      state: 'RUNNING',
      total: 2400,
      done: 0,
      matched: 0,
      unmatched: 0,
      duplicates: 0,
      amountOre: 0,
      finishedAt: undefined,
      unmatchedPayments: [],
    });
    const answers = [
      { ...started, done: 1200, matched: 1100, unmatched: 100, amountOre: 11000000 },
      { ...started, done: 1800, matched: 1650, unmatched: 150, amountOre: 16500000 },
      bankImport({ id, total: 2400, done: 2400, matched: 2200, unmatched: 150, duplicates: 50, amountOre: 22000000 }),
    ];
    const asked: string[] = [];
    server.use(
      api.post('/api/egenbetaling/imports', () => json(started, { status: 202, headers: { Location: `/api/egenbetaling/imports/${id}` } })),
      api.get('/api/egenbetaling/imports/{importId}', ({ params }) => {
        asked.push(String(params.importId));
        return json(answers[Math.min(asked.length - 1, answers.length - 1)]!);
      }),
    );
    await upload('STOR FIL\n');

    const progress = await screen.findByRole('region', { name: 'Innlesing av ocr-2026-11-02.txt pågår' });
    expect(within(progress).getByRole('heading', { name: 'Innlesing av ocr-2026-11-02.txt pågår' })).toHaveFocus();
    const bar = within(progress).getByRole('progressbar', { name: 'Behandlet 0 av 2400 betalinger' });
    expect(bar).toHaveAttribute('max', '2400');
    expect(bar).toHaveAttribute('value', '0');
    expect(progress).toHaveTextContent('Innlesingen fortsetter selv om du forlater siden.');

    // The user moves on while the file is read: the polls leave focus where it is.
    const input = screen.getByLabelText('OCR-fil');
    input.focus();
    expect(await screen.findByRole('progressbar', { name: 'Behandlet 1200 av 2400 betalinger' }, { timeout: 3000 })).toHaveAttribute(
      'value',
      '1200',
    );
    // Half of the file: told politely once, not every second.
    expect(within(progress).getByRole('status')).toHaveTextContent('Behandlet 1200 av 2400 betalinger');
    expect(input).toHaveFocus();

    const report = await screen.findByRole('region', { name: 'Innlesingsrapport for ocr-2026-11-02.txt' }, { timeout: 6000 });
    expect(within(report).getByRole('heading', { name: 'Innlesingsrapport for ocr-2026-11-02.txt' })).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(report).toHaveTextContent('Innbetalinger i filen2400');
    expect(report).toHaveTextContent('Matchet mot krav2200');
    expect(report).toHaveTextContent('Umatchet (venter på manuell kobling)150');
    expect(report).toHaveTextContent('Duplikater (allerede innlest)50');
    expect(report).toHaveTextContent('kr 220 000,00');
    expect(within(report).getByRole('link', { name: 'Gå til umatchede innbetalinger' })).toBeInTheDocument();
    expect(new Set(asked)).toEqual(new Set([id]));

    const pollsAtDone = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(asked).toHaveLength(pollsAtDone);
  }, 15_000);

  it('tells why a large file stopped (FAILED) and that reading it again finishes it', async () => {
    const id = '71111111-2222-4333-8444-555555555555';
    const started = bankImport({
      id,
      state: 'RUNNING',
      total: 2400,
      done: 0,
      matched: 0,
      unmatched: 0,
      duplicates: 0,
      amountOre: 0,
      finishedAt: undefined,
      unmatchedPayments: [],
    });
    let polls = 0;
    server.use(
      api.post('/api/egenbetaling/imports', () => json(started, { status: 202 })),
      api.get('/api/egenbetaling/imports/{importId}', () => {
        polls++;
        return json(
          polls === 1
            ? { ...started, done: 500, matched: 500 }
            : bankImport({
                ...started,
                state: 'FAILED',
                done: 1000,
                matched: 1000,
                amountOre: 10000000,
                finishedAt: '2026-11-02T08:01:00Z',
                error: 'Databasen svarte ikke',
              }),
        );
      }),
    );
    await upload('STOR FIL\n');
    expect(await screen.findByRole('progressbar', { name: 'Behandlet 0 av 2400 betalinger' })).toBeInTheDocument();

    await screen.findByRole('heading', { name: 'Innlesingen av ocr-2026-11-02.txt stoppet' }, { timeout: 6000 });
    const failed = screen.getByRole('status');
    expect(failed).toHaveTextContent('Innlesingen av ocr-2026-11-02.txt stoppet');
    expect(failed).toHaveTextContent('1000 av 2400 betalinger ble behandlet før innlesingen stoppet.');
    expect(failed).toHaveTextContent('Feilmelding: Databasen svarte ikke');
    expect(failed).toHaveTextContent(
      'Les inn den samme filen på nytt for å fullføre innlesingen. Innbetalinger som allerede er registrert, telles som duplikater',
    );
    expect(failed).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Innlesingsrapport/ })).not.toBeInTheDocument();

    const pollsAtFailure = polls;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(polls).toBe(pollsAtFailure);
  }, 15_000);

  it('shows the detail of ocr-file-invalid, which names the line', async () => {
    server.use(
      api.post('/api/egenbetaling/imports', () =>
        problem({
          type: 'https://bta.kommune.no/problems/ocr-file-invalid',
          title: 'Filen er ikke en gyldig OCR-fil',
          status: 422,
          rule: 'R-PAY-3',
          detail: 'Linje 3: posten har 79 tegn, ikke 80',
          violations: [{ field: 'line 3', message: 'Linje 3: posten har 79 tegn, ikke 80' }],
        }),
      ),
    );
    await upload('feil');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Klarte ikke å lese inn filen');
    expect(alert).toHaveTextContent('Linje 3: posten har 79 tegn, ikke 80');
  });
});

describe('Registrer innbetaling', () => {
  async function fillAndSubmit() {
    await userEvent.type(await screen.findByLabelText('KID'), '0001000017');
    await userEvent.type(screen.getByLabelText('Beløp', { exact: false }), '5000');
    await userEvent.type(screen.getByLabelText('Referanse', { exact: false }), 'BANK-123');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer innbetalingen' }));
  }

  it('sends an Idempotency-Key, keeps it when the same payment is retried after a failure, and takes a new one after success', async () => {
    const keys: (string | null)[] = [];
    const bodies: unknown[] = [];
    server.use(
      api.post('/api/egenbetaling/payments', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        bodies.push(await request.json());
        if (keys.length === 1) return HttpResponse.error();
        return json(payment({ channel: 'MANUAL', amountOre: 500000, matched: true, kid: '0001000017' }), { status: 201 });
      }),
    );
    renderApp('/egenbetaling?visning=innbetaling', okonomi);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Klarte ikke å kontakte tjenesten');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer innbetalingen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(`Innbetalingen på kr 5 000,00 er registrert og knyttet til kravet.`);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(bodies[0]).toMatchObject({ kid: '0001000017', amountOre: 500000, sourceReference: 'BANK-123' });

    await fillAndSubmit();
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  });
});

describe('Restanser', () => {
  it('shows the ages with totals, flags and plans, and links each resident to the ledger', async () => {
    server.use(api.get('/api/egenbetaling/arrears', () => json(arrears)));
    renderApp('/egenbetaling?visning=restanser', okonomi);
    const table = await screen.findByRole('table', { name: 'Restanser per avtale' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('1–30 dager31–60 dager61–90 dagerOver 90 dagerTotalt');
    expect(rows[1]).toHaveTextContent(
      `Ola NordmannBakklandet bo- og tjenestetilbud, H201kr 5 000,00kr 5 000,00kr 0,00kr 123,45kr 10 123,45Over terskel`,
    );
    expect(rows[2]).toHaveTextContent('Har nedbetalingsplan');
    expect(rows[2]).not.toHaveTextContent('Over terskel');
    const totals = rows[3]!;
    expect(totals).toHaveTextContent(`Sum, alle 2 avtalerkr 7 500,50kr 5 000,00kr 0,00kr 123,45kr 12 623,95`);
    expect(screen.getByText(/^2 avtaler har forfalt egenbetaling, til sammen kr 12 623,95\./)).toBeInTheDocument();
    // Everything fits on one page: no pager.
    expect(screen.queryByRole('navigation', { name: 'Sider i listen over restanser' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Ola Nordmann' })).toHaveAttribute(
      'href',
      '/avtaler/4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6f/reskontro',
    );
  });
});

describe('Restanser, side for side', () => {
  const per: Schemas['ArrearsRow'] = {
    ...arrears.items[1]!,
    agreementId: '7c2e9a41-3b5d-4f60-8a71-92b3c4d5e6f7',
    personName: 'Per Hansen',
    totalOre: 100,
    days0to30Ore: 100,
  };
  /** 51 agreements in arrears: the first page holds the fixture's two, the second Per Hansen; the totals are over all. */
  const pageOf = (query: URLSearchParams): Schemas['Arrears'] => {
    const page = Number(query.get('page') ?? '0');
    return { ...arrears, items: page === 0 ? arrears.items : [per], page, size: 50, totalItems: 51 };
  };

  it('pages through the arrears with the Pager, the totals over every page on each, and starts over for a new facility', async () => {
    const asked: Record<string, string>[] = [];
    server.use(
      api.get('/api/egenbetaling/arrears', ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(Object.fromEntries(query));
        return json(pageOf(query));
      }),
    );
    renderApp('/egenbetaling?visning=restanser', okonomi);
    const table = await screen.findByRole('table', { name: 'Restanser per avtale' });
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('Sum, alle 51 avtalerkr 7 500,50');
    const pager = screen.getByRole('navigation', { name: 'Sider i listen over restanser' });
    await userEvent.click(within(pager).getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByRole('link', { name: 'Per Hansen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ola Nordmann' })).not.toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Restanser per avtale' })).getAllByRole('row');
    expect(rows.at(-1)).toHaveTextContent(`Sum, alle 51 avtalerkr 7 500,50kr 5 000,00kr 0,00kr 123,45kr 12 623,95`);
    expect(screen.getByText(/^51 avtaler har forfalt egenbetaling, til sammen kr 12 623,95\./)).toBeInTheDocument();
    expect(asked.map((q) => q.page)).toEqual(['0', '1']);
    expect(asked.every((q) => q.size === '50')).toBe(true);

    // another facility starts on the first page
    const search = screen.getByRole('search', { name: 'Vis restanser' });
    await userEvent.selectOptions(await within(search).findByLabelText('Botiltak'), 'bakklandet');
    await userEvent.click(within(search).getByRole('button', { name: 'Vis restanser' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ facility: 'bakklandet', page: '0', size: '50' }));
    expect(await screen.findByRole('link', { name: 'Ola Nordmann' })).toBeInTheDocument();
  });
});

describe('Restanser, sortert og søkt', () => {
  it('sorts by a column, from the first page, with aria-sort on the heading', async () => {
    const asked: Record<string, string>[] = [];
    server.use(
      api.get('/api/egenbetaling/arrears', ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(Object.fromEntries(query));
        return json({ ...arrears, page: Number(query.get('page') ?? '0'), size: 50, totalItems: 51 });
      }),
    );
    renderApp('/egenbetaling?visning=restanser', okonomi);
    const table = await screen.findByRole('table', { name: 'Restanser per avtale' });
    expect(table).toHaveAttribute('data-size', 'sm');
    // The largest total first is the API's default.
    expect(within(table).getByRole('columnheader', { name: 'Totalt' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: '1–30 dager' })).not.toHaveAttribute('aria-sort');
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Sider i listen over restanser' })).getByRole('button', { name: 'Neste side' }),
    );
    await waitFor(() => expect(asked.at(-1)).toEqual({ page: '1', size: '50' }));

    await userEvent.click(within(table).getByRole('button', { name: 'Over 90 dager' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ sort: '-over90', page: '0', size: '50' }));
    expect(screen.getByRole('columnheader', { name: 'Over 90 dager' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Totalt' })).toHaveAttribute('aria-sort', 'none');

    await userEvent.click(screen.getByRole('button', { name: 'Beboer' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ sort: 'name', page: '0', size: '50' }));
    await userEvent.click(screen.getByRole('button', { name: 'Beboer' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ sort: '-name', page: '0', size: '50' }));
    expect(screen.getByRole('columnheader', { name: 'Beboer' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('searches by the first digits of the number in the body of searchArrears, never in a URL', async () => {
    const searches: { url: string; body: unknown }[] = [];
    server.use(
      api.get('/api/egenbetaling/arrears', () => json(arrears)),
      api.post('/api/egenbetaling/arrears/search', async ({ request }) => {
        searches.push({ url: request.url, body: await request.json() });
        return json({ ...arrears, items: [], totalItems: 0 });
      }),
    );
    const { router } = renderApp('/egenbetaling?visning=restanser', okonomi);
    await screen.findByRole('table', { name: 'Restanser per avtale' });
    const search = screen.getByRole('search', { name: 'Søk i restansene' });
    await userEvent.type(within(search).getByLabelText('Søk på navn eller fødselsnummer'), '158990');
    await userEvent.click(within(search).getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen avtaler med forfalt egenbetaling passer med søket.')).toBeInTheDocument();
    expect(searches).toHaveLength(1);
    expect(searches[0]!.body).toEqual({ query: '158990' });
    expect(new URL(searches[0]!.url).search).toBe('?page=0&size=50');
    expect(router.state.location.search).toBe('?visning=restanser');
  });
});

describe('Umatchede innbetalinger', () => {
  it('matches a payment to a resident chosen from the arrears list', async () => {
    let matched: unknown;
    server.use(
      api.get('/api/egenbetaling/arrears', () => json(arrears)),
      api.get('/api/egenbetaling/payments', () => json({ items: [payment()], page: 0, size: 20, totalItems: 1 })),
      api.post('/api/egenbetaling/payments/{paymentId}/match', async ({ request }) => {
        matched = await request.json();
        return json(payment({ matched: true, agreementId: arrears.items[1]!.agreementId }));
      }),
    );
    renderApp('/egenbetaling?visning=umatchet', okonomi);
    await userEvent.click(await screen.findByRole('button', { name: /Knytt til avtale: kr\s123,00 betalt 01.11.2026/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Knytt innbetalingen til en avtale' });
    await userEvent.selectOptions(await within(dialog).findByLabelText('Beboer med restanse'), arrears.items[1]!.agreementId);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Knytt til avtalen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Innbetalingen er knyttet til avtalen.');
    expect(matched).toEqual({ agreementId: arrears.items[1]!.agreementId });
  });
});
