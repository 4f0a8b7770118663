import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { arrears, payment, run } from '../testdata';

const okonomi = { roles: ['okonomi' as const] };

describe('Månedskjøring', () => {
  it('starts the run for the month and polls until it is DONE, showing progress and numbers', async () => {
    const answers = [run({ done: 10 }), run({ done: 30, created: 20, skipped: 5 }), run({ state: 'DONE', done: 40, created: 30, skipped: 10, finishedAt: '2026-11-02T08:00:03Z' })];
    let polls = 0;
    let sent: unknown;
    server.use(
      api.post('/api/egenbetaling/charge-runs', async ({ request }) => {
        sent = await request.json();
        return json(run({}), { status: 202 });
      }),
      api.get('/api/egenbetaling/charge-runs/{runId}', () => json(answers[Math.min(polls++, answers.length - 1)]!)),
    );
    renderApp('/egenbetaling', okonomi);
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
    renderApp('/egenbetaling', okonomi);
    const month = await screen.findByRole('textbox', { name: 'Måned' });
    await userEvent.clear(month);
    await userEvent.type(month, '11.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Start kjøringen' }));
    expect((await screen.findAllByText('Skriv måneden på formen ÅÅÅÅ-MM, for eksempel 2026-11')).length).toBeGreaterThan(0);
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
    server.use(
      api.post('/api/egenbetaling/imports', async ({ request }) => {
        seen = {
          type: request.headers.get('content-type'),
          body: await request.text(),
          filename: new URL(request.url).searchParams.get('filename'),
        };
        return json(
          {
            id: '51111111-2222-4333-8444-555555555555',
            filename: 'ocr-2026-11-02.txt',
            state: 'DONE' as const,
            total: 4,
            matched: 2,
            unmatched: 1,
            duplicates: 1,
            amountOre: 512300,
            createdAt: '2026-11-02T08:00:00Z',
            createdBy: 'okonomi1',
            unmatchedPayments: [payment()],
          },
          { status: 201 },
        );
      }),
    );
    await upload('NY000010...\n');
    const report = await screen.findByRole('region', { name: 'Innlesingsrapport for ocr-2026-11-02.txt' });
    expect(seen).toEqual({ type: expect.stringContaining('text/plain'), body: 'NY000010...\n', filename: 'ocr-2026-11-02.txt' });
    expect(report).toHaveTextContent('Innbetalinger i filen4');
    expect(report).toHaveTextContent('Matchet mot krav2');
    expect(report).toHaveTextContent('Umatchet (venter på manuell kobling)1');
    expect(report).toHaveTextContent('Duplikater (allerede innlest)1');
    expect(report).toHaveTextContent(`kr 5 123,00`);
  });

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
    const table = await screen.findByRole('table', { name: 'Restanser per avtale, størst først' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('1–30 dager31–60 dager61–90 dagerOver 90 dagerTotalt');
    expect(rows[1]).toHaveTextContent(`Ola NordmannBakklandet bo- og tjenestetilbud, H201kr 5 000,00kr 5 000,00kr 0,00kr 123,45kr 10 123,45Over terskel`);
    expect(rows[2]).toHaveTextContent('Har nedbetalingsplan');
    expect(rows[2]).not.toHaveTextContent('Over terskel');
    const totals = rows[3]!;
    expect(totals).toHaveTextContent(`Sumkr 7 500,50kr 5 000,00kr 0,00kr 123,45kr 12 623,95`);
    expect(within(table).getByRole('link', { name: 'Ola Nordmann' })).toHaveAttribute(
      'href',
      '/avtaler/4b1f0d2c-6e7a-4c8b-9d0e-1f2a3b4c5d6f/reskontro',
    );
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
