import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { formatKroner } from '../../../components/format';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { belop } from '../tekster';
import { ledger, OLA_AGREEMENT, payment } from '../../../test/fixtures/egenbetaling';
import { ledgerKid } from '../form/LedgerForms';
import { todayNorwegian } from '../../../components/dates';

const NBSP = '\u00a0';
const route = `/avtaler/${OLA_AGREEMENT}/reskontro`;

function serve() {
  server.use(api.get('/api/agreements/{agreementId}/ledger', () => json(ledger)));
}

describe('kroner with øre', () => {
  it('shows øre always with two decimals and non-breaking spaces', () => {
    expect(belop(500000)).toBe(`kr${NBSP}5${NBSP}000,00`);
    expect(belop(123456789)).toBe(`kr${NBSP}1${NBSP}234${NBSP}567,89`);
    expect(belop(5)).toBe(`kr${NBSP}0,05`);
    expect(belop(0)).toBe(`kr${NBSP}0,00`);
    expect(formatKroner(500000, { withOre: true })).not.toMatch(/ /);
    expect(formatKroner(500000)).toBe(`kr${NBSP}5${NBSP}000`);
  });
});

describe('LedgerPage', () => {
  it('shows balance, overdue, the flag, the lines, plans and bostøtte', async () => {
    serve();
    renderApp(route, { roles: ['okonomi'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reskontro – Ola Nordmann' })).toBeInTheDocument();
    expect(screen.getByText('Restansen er over terskelen')).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Oversikt' });
    expect(overview).toHaveTextContent(`Saldokr 10 123,45`);
    expect(overview).toHaveTextContent('BetalingsmåteFaktura');
    const lines = screen.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' });
    expect(within(lines).getAllByRole('row')[1]).toHaveTextContent(`01.10.2026KravEgenbetaling 2026-10kr 5 000,00kr 5 000,000001000017`);
    expect(screen.getByRole('table', { name: 'Nedbetalingsplaner' })).toHaveTextContent('På etterskudd');
    expect(screen.getByRole('table', { name: 'Søknader om bostøtte' })).toHaveTextContent('Søkt');
    // the breadcrumbs lead back to the arrears under Egenbetaling
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Restanser' })).toHaveAttribute('href', '/egenbetaling?visning=restanser');
    expect(main.getByRole('link', { name: 'Egenbetaling' })).toHaveAttribute('href', '/egenbetaling');
    // and the menu keeps Egenbetaling marked on the ledger
    const menu = within(screen.getByRole('navigation', { name: 'Arbeidsområder' }));
    expect(menu.getByRole('link', { name: 'Egenbetaling' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the r-pay-2 problem when direct deduction lacks the signed deduction agreement', async () => {
    serve();
    server.use(
      api.post('/api/agreements/{agreementId}/payment-method', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-pay-2-deduction-needs-signed-agreement',
          title: 'Trekkavtale mangler',
          status: 422,
          rule: 'R-PAY-2',
          detail: 'Direkte trekk fra NAV-ytelser krever datoen trekkavtalen ble signert',
        }),
      ),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Endre betalingsmåte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Endre betalingsmåte' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Direkte trekk fra NAV' }));
    expect(within(dialog).getByLabelText('Trekkavtale signert', { exact: false })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre betalingsmåten' }));
    expect(await within(dialog).findByText(/Direkte trekk fra NAV-ytelser krever datoen trekkavtalen ble signert/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny nedbetalingsplan' })).not.toBeInTheDocument();
  });

  it('sets up a repayment plan in øre and shows the instalments violation', async () => {
    serve();
    const sent: unknown[] = [];
    server.use(
      api.post('/api/agreements/{agreementId}/repayment-plans', async ({ request }) => {
        sent.push(await request.json());
        return problem({
          type: 'https://bta.kommune.no/problems/validation',
          title: 'Ugyldige felt',
          status: 422,
          violations: [{ field: 'instalments', message: 'planen dekker 100000 øre, restansen er 1012345 øre' }],
        });
      }),
    );
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Ny nedbetalingsplan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny nedbetalingsplan' });
    await userEvent.clear(within(dialog).getByLabelText('Første avdrag', { exact: false }));
    await userEvent.type(within(dialog).getByLabelText('Første avdrag', { exact: false }), '01.12.2026');
    await userEvent.type(within(dialog).getByLabelText('Avdrag per måned', { exact: false }), '500,50');
    await userEvent.type(within(dialog).getByLabelText('Antall avdrag', { exact: false }), '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sett opp planen' }));
    expect((await within(dialog).findAllByText(/planen dekker 100000 øre/)).length).toBeGreaterThan(0);
    expect(sent[0]).toEqual({ startDate: '2026-12-01', instalmentOre: 50050, instalments: 2 });
  });

  it('lets økonomi register a payment with the agreement’s KID filled in, and the ledger is read again', async () => {
    let reads = 0;
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', () => {
        reads += 1;
        return json(ledger);
      }),
    );
    const sent: { body: unknown; key: string | null }[] = [];
    server.use(
      api.post('/api/egenbetaling/payments', async ({ request }) => {
        sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        return json(payment({ channel: 'MANUAL', kid: '0001000017', amountOre: 250000, matched: true, agreementId: OLA_AGREEMENT }), {
          status: 201,
        });
      }),
    );
    renderApp(route, { roles: ['okonomi'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer innbetaling' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer innbetaling' });
    expect(within(dialog).getByLabelText('KID', { exact: false })).toHaveValue('0001000017');
    expect(within(dialog).getByLabelText('Betalt dato', { exact: false })).toHaveValue(todayNorwegian());
    await userEvent.type(within(dialog).getByLabelText('Beløp', { exact: false }), '2500');
    await userEvent.type(within(dialog).getByLabelText('Referanse', { exact: false }), 'BANK-123');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer innbetalingen' }));
    expect(await screen.findByText('Innbetalingen på kr 2 500,00 er registrert og knyttet til kravet.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      kid: '0001000017',
      amountOre: 250000,
      paidOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      sourceReference: 'BANK-123',
    });
    expect(sent[0]!.key).toBeTruthy();
    await waitFor(() => expect(reads).toBeGreaterThan(1));
  });

  it('offers no payment before the first charge (no KID yet), and none to facility staff', async () => {
    const { kid: _none, ...noKid } = ledger;
    expect(ledgerKid(noKid)).toBeUndefined();
    expect(ledgerKid({ ...ledger, kid: '0001000025' })).toBe('0001000025');
    server.use(api.get('/api/agreements/{agreementId}/ledger', () => json({ ...noKid, lines: [] })));
    const clerk = renderApp(route, { roles: ['okonomi'] });
    expect(await screen.findByText(/Avtalen har ingen KID ennå/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer innbetaling' })).not.toBeInTheDocument();
    clerk.unmount();

    serve();
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('button', { name: 'Endre betalingsmåte' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer innbetaling' })).not.toBeInTheDocument();
  });
});

describe('LedgerPage, lines a page at a time', () => {
  const pager = 'Sider i listen over krav og innbetalinger';

  /** Line n of 300 (1 the oldest): one charge a month from 01.2001, each with its own KID and the running balance. */
  const line = (n: number): components['schemas']['LedgerLine'] => {
    const year = 2001 + Math.floor((n - 1) / 12);
    const month = String(((n - 1) % 12) + 1).padStart(2, '0');
    return {
      date: `${year}-${month}-01`,
      type: 'CHARGE',
      text: `Linje ${n}`,
      debitOre: 100,
      creditOre: 0,
      balanceOre: n * 100,
      kid: `0001${String(n).padStart(6, '0')}`,
    };
  };
  /** 300 lines, 240 a page counted from the newest: page 0 is lines 61–300, page 1 lines 1–60, each in date order. */
  const pageOf = (page: number): components['schemas']['Ledger'] => {
    const til = 300 - page * 240;
    const fra = Math.max(1, til - 239);
    return {
      ...ledger,
      kid: line(300).kid,
      lines: Array.from({ length: til - fra + 1 }, (_, i) => line(fra + i)),
      page,
      size: 240,
      totalLines: 300,
    };
  };

  it('shows no pager and no count when every line fits on one page', async () => {
    const asked: (string | null)[] = [];
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('page'));
        return json(ledger);
      }),
    );
    renderApp(route, { roles: ['okonomi'] });
    const lines = await screen.findByRole('table', { name: 'Krav og innbetalinger med løpende saldo' });
    expect(within(lines).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('navigation', { name: pager })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Viser /)).not.toBeInTheDocument();
    expect(asked[0]).toBe('0');
    expect(asked.every((page) => page === '0')).toBe(true);
  });

  it('shows the 240 newest of 300 lines, asks for page 1 for the older ones, and the forms keep the newest KID', async () => {
    const asked: (string | null)[] = [];
    server.use(
      api.get('/api/agreements/{agreementId}/ledger', ({ request }) => {
        const page = new URL(request.url).searchParams.get('page');
        asked.push(page);
        return json(pageOf(Number(page ?? '0')));
      }),
    );
    renderApp(route, { roles: ['okonomi'] });
    expect(await screen.findByText('Viser de 240 nyeste av 300 linjene. Eldre linjer finner du på de neste sidene.')).toBeInTheDocument();
    let rows = within(screen.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).getAllByRole('row');
    expect(rows).toHaveLength(241);
    expect(rows[1]).toHaveTextContent('Linje 61');
    expect(rows.at(-1)).toHaveTextContent('Linje 300');
    expect(asked).not.toContain('1');

    await userEvent.click(within(screen.getByRole('navigation', { name: pager })).getByRole('button', { name: 'Neste side' }));
    expect(
      await screen.findByText('Viser linje 1–60 av 300, der linje 1 er den eldste. De nyeste linjene er på side 1.'),
    ).toBeInTheDocument();
    expect(asked.at(-1)).toBe('1');
    rows = within(screen.getByRole('table', { name: 'Krav og innbetalinger med løpende saldo' })).getAllByRole('row');
    expect(rows).toHaveLength(61);
    expect(rows[1]).toHaveTextContent('01.01.2001KravLinje 1');
    expect(rows.at(-1)).toHaveTextContent('Linje 60');
    expect(screen.queryByText('Linje 300')).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: pager })).getByRole('button', { name: 'Side 2' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    // the payment form reads page 0: the KID of the newest charge, not of the older page shown
    await userEvent.click(screen.getByRole('button', { name: 'Registrer innbetaling' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer innbetaling' });
    expect(within(dialog).getByLabelText('KID', { exact: false })).toHaveValue('0001000300');
  }, 30_000);
});
