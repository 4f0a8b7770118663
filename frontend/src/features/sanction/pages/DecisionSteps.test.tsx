import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpResponse } from 'msw';
import type { components } from '../../../api/schema.gen';
import { todayIso, todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { api, json, problem } from '../../../test/api';
import {
  BTA_AGREEMENT_ID,
  btaAgreement,
  btaHistory,
  exclusionNotice,
  proposedExclusion,
  violentIncident,
} from '../../../test/fixtures/sanction';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { serveSanctionPage } from '../../../test/serveSanctions';
import { addDays } from '../form/sanctionSchemas';

type Schemas = components['schemas'];

/*
 * The sanction page leads a decision through forhåndsvarsel → statement → proposal → approval → notification →
 * appeal (R-SAN-11, R-SAN-7): the step list, the forms' validation and the server's problems.
 */

const staff = { roles: ['botiltak' as const], facilities: ['bakklandet'] };
const route = `/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`;

function serve(notices: Schemas['AdvanceNotice'][], sanctions: Schemas['Sanction'][] = []) {
  serveSanctionPage(btaAgreement, { ...btaHistory, sanctions }, notices);
}

const stepsOf = (article: HTMLElement) => within(article).getByRole('list', { name: /^Steg i saken/ });
/** Each step as "state name detail", in order. */
const stepTexts = (article: HTMLElement) =>
  within(stepsOf(article))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

const summaryLinks = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('group', { name: /rette opp følgende feil/ }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('the steps toward a decision', () => {
  it('starts a case with the missing forhåndsvarsel, checks the form, then waits for the statement', async () => {
    serve([]);
    let body: Schemas['NewAdvanceNotice'] | undefined;
    const deadline = addDays(todayIso(), 7);
    server.use(
      api.post('/api/agreements/{agreementId}/advance-notices', async ({ request }) => {
        body = await request.json();
        const created = { ...exclusionNotice, sentOn: todayIso(), statementDeadline: deadline, createdAt: new Date().toISOString() };
        server.use(api.get('/api/agreements/{agreementId}/advance-notices', () => json([created])));
        return json(created, { status: 201 });
      }),
    );
    renderApp(route, staff);
    const newCase = await screen.findByRole('article', { name: 'Ny sak om bortvisning eller oppsigelse' });
    const current = within(stepsOf(newCase))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('Nå Forhåndsvarsel Forhåndsvarsel mangler');
    expect(stepTexts(newCase)[2]).toBe('Senere Forslag til vedtak Kan foreslås når uttalelsen er registrert eller fristen er ute');

    await userEvent.click(within(newCase).getByRole('button', { name: 'Registrer forhåndsvarsel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer forhåndsvarsel' });
    await userEvent.type(within(dialog).getByLabelText('Frist for å uttale seg'), formatDate(addDays(todayIso(), -1)));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer forhåndsvarsel' }));
    expect(summaryLinks(dialog)).toEqual([
      'Velg hva som vurderes',
      'Velg minst én hendelse forhåndsvarselet gjelder',
      'Skriv hva saken gjelder, til beboeren',
      'Skriv hvordan beboeren fikk forhåndsvarselet',
    ]);
    expect(within(dialog).getByLabelText('Hvordan fikk beboeren forhåndsvarselet?')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Bortvisning' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Truet en ansatt/ }));
    await userEvent.type(within(dialog).getByLabelText('Hva saken gjelder, skrevet til beboeren'), 'Du truet en ansatt.');
    await userEvent.type(within(dialog).getByLabelText('Hvordan fikk beboeren forhåndsvarselet?'), 'Gitt personlig');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer forhåndsvarsel' }));
    expect(summaryLinks(dialog)).toEqual(['Fristen kan ikke være før forhåndsvarselet ble sendt']);
    expect(within(dialog).getByLabelText('Frist for å uttale seg')).toHaveAttribute('aria-invalid', 'true');
    expect(body).toBeUndefined();

    await userEvent.clear(within(dialog).getByLabelText('Frist for å uttale seg'));
    await userEvent.type(within(dialog).getByLabelText('Frist for å uttale seg'), formatDate(deadline));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer forhåndsvarsel' }));

    expect(await screen.findByText(/Forhåndsvarselet er registrert/)).toBeInTheDocument();
    expect(body).toEqual({
      type: 'EXCLUSION',
      incidentIds: [violentIncident.id],
      description: 'Du truet en ansatt.',
      sentOn: todayIso(),
      deliveredHow: 'Gitt personlig',
      statementDeadline: deadline,
    });
    const theCase = await screen.findByRole('article', { name: `Bortvisning – forhåndsvarsel ${todayNorwegian()}` });
    expect(stepTexts(theCase).slice(0, 2)).toEqual([
      `Fullført Forhåndsvarsel Sendt ${todayNorwegian()} – Gitt personlig og lest opp`,
      `Nå Uttalelse fra beboeren Fristen for uttalelse løper til ${formatDate(deadline)}`,
    ]);
    expect(within(theCase).queryByRole('button', { name: 'Foreslå vedtak' })).not.toBeInTheDocument();
    expect(within(theCase).getByRole('button', { name: 'Forhåndsvarselet (PDF)' })).toBeInTheDocument();
  });

  it('refuses "no statement" before the deadline and sends a received statement', async () => {
    const notice = { ...exclusionNotice, sentOn: todayIso(), statementDeadline: addDays(todayIso(), 3) };
    serve([notice]);
    let body: Schemas['StatementRequest'] | undefined;
    server.use(
      api.post('/api/advance-notices/{advanceNoticeId}/statement', async ({ request }) => {
        body = await request.json();
        return json({ ...notice, status: 'STATEMENT_RECEIVED' as const });
      }),
    );
    renderApp(route, staff);
    const theCase = await screen.findByRole('article', { name: /^Bortvisning – forhåndsvarsel/ });
    await userEvent.click(within(theCase).getByRole('button', { name: 'Registrer uttalelse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer uttalelse' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Ingen uttalelse kom innen fristen' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer uttalelse' }));
    expect(summaryLinks(dialog)).toEqual([
      `At ingen uttalelse kom, kan registreres først etter fristen ${formatDate(notice.statementDeadline)}`,
    ]);

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Beboeren har uttalt seg' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer uttalelse' }));
    expect(summaryLinks(dialog)).toEqual(['Skriv uttalelsen, eller et sammendrag av det beboeren sa']);
    await userEvent.type(within(dialog).getByLabelText('Uttalelsen'), 'Jeg angrer.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer uttalelse' }));
    expect(await screen.findByText('Uttalelsen er registrert.')).toBeInTheDocument();
    expect(body).toEqual({ receivedOn: todayIso(), text: 'Jeg angrer.' });
  });

  it('proposes the decision from the case, citing the forhåndsvarsel, and shows the server’s R-SAN-11 problem on the picker', async () => {
    const received = { ...exclusionNotice, status: 'STATEMENT_RECEIVED' as const };
    serve([received]);
    let body: Schemas['NewSanction'] | undefined;
    server.use(
      api.post('/api/sanctions', async ({ request }) => {
        body = await request.json();
        return problem({
          type: 'https://bta.kommune.no/problems/r-san-11-incident-not-in-advance-notice',
          title: 'Hendelsen står ikke i forhåndsvarselet',
          status: 422,
          rule: 'R-SAN-11',
          violations: [{ field: 'advanceNoticeId', message: 'Vedtaket kan bare vise til hendelser som står i forhåndsvarselet' }],
        });
      }),
    );
    renderApp(route, staff);
    const theCase = await screen.findByRole('article', { name: /^Bortvisning – forhåndsvarsel/ });
    expect(stepTexts(theCase)[2]).toBe('Nå Forslag til vedtak Vedtaket er ikke foreslått ennå');
    await userEvent.click(within(theCase).getByRole('button', { name: 'Foreslå vedtak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Foreslå reaksjon' });
    expect(within(dialog).getByLabelText('Reaksjon')).toHaveValue('EXCLUSION');
    const picker = within(dialog).getByLabelText('Forhåndsvarselet vedtaket bygger på');
    expect(picker).toHaveValue(received.id);
    expect(within(picker).getByRole('option', { name: 'Sendt 20.11.2026 – uttalelse mottatt' })).toBeInTheDocument();
    expect(await within(dialog).findByRole('checkbox', { name: /Truet en ansatt/ })).toBeChecked();

    await userEvent.selectOptions(within(dialog).getByLabelText('Grunnlag'), 'VIOLENCE_OR_THREATS');
    await userEvent.type(within(dialog).getByLabelText('Sted'), 'Døgnovernatting');
    await userEvent.type(within(dialog).getByLabelText('Sikret fra'), todayNorwegian());
    await userEvent.type(within(dialog).getByLabelText('Sikret til'), formatDate(addDays(todayIso(), 4)));
    await userEvent.type(within(dialog).getByLabelText('Skriftlig begrunnelse'), 'Truet ansatt.');
    await userEvent.type(within(dialog).getByLabelText('Vurdering av forholdsmessighet'), 'Faren veier tyngst.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Foreslå reaksjon' }));

    expect(await within(dialog).findByRole('link', { name: /bare vise til hendelser som står i forhåndsvarselet/ })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Forhåndsvarselet vedtaket bygger på')).toHaveAttribute('aria-invalid', 'true');
    expect(body).toMatchObject({ type: 'EXCLUSION', advanceNoticeId: received.id, incidentIds: [violentIncident.id] });
    expect(body).not.toHaveProperty('urgent');
  });

  it('asks for a forhåndsvarsel before a termination, and refuses one whose deadline still runs', async () => {
    const pending = { ...exclusionNotice, type: 'TERMINATION' as const, statementDeadline: addDays(todayIso(), 5) };
    serve([]);
    const { unmount } = renderApp(route, staff);
    await userEvent.click(await screen.findByRole('button', { name: 'Foreslå reaksjon' }));
    let dialog = await screen.findByRole('dialog', { name: 'Foreslå reaksjon' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Reaksjon'), 'TERMINATION');
    expect(within(dialog).getByText(/Ingen forhåndsvarsel om oppsigelse er registrert/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Foreslå reaksjon' }));
    expect(summaryLinks(dialog)).toContain('Velg forhåndsvarselet vedtaket bygger på');
    unmount();

    serve([pending]);
    renderApp(route, staff);
    await screen.findByRole('article', { name: /^Oppsigelse – forhåndsvarsel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Foreslå reaksjon' }));
    dialog = await screen.findByRole('dialog', { name: 'Foreslå reaksjon' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Reaksjon'), 'TERMINATION');
    await userEvent.selectOptions(within(dialog).getByLabelText('Forhåndsvarselet vedtaket bygger på'), pending.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Foreslå reaksjon' }));
    expect(summaryLinks(dialog)).toContain(
      `Fristen for uttalelse løper til ${formatDate(pending.statementDeadline)}: vedtaket kan foreslås når uttalelsen er registrert eller fristen er ute`,
    );
  });

  it('lets another fagleder approve in place, never the proposer', async () => {
    const cited = { ...proposedExclusion, advanceNoticeId: exclusionNotice.id };
    serve([{ ...exclusionNotice, status: 'STATEMENT_RECEIVED' }], [{ ...cited, proposedByYou: true }]);
    let approved: string | undefined;
    server.use(
      api.post('/api/sanctions/{sanctionId}/approval', ({ params }) => {
        approved = params.sanctionId as string;
        return json({ ...cited, status: 'APPROVED' as const, approvedAt: '2026-11-21T08:00:00Z', approvedBy: 'bakklandet-leder2' });
      }),
    );
    const fagleder = (username: string) => ({ roles: ['fagleder' as const, 'botiltak' as const], facilities: ['bakklandet'], username });
    const proposer = renderApp(route, fagleder('bakklandet-leder'));
    let theCase = await screen.findByRole('article', { name: /^Bortvisning – forhåndsvarsel/ });
    expect(stepTexts(theCase)[3]).toBe(`Nå Godkjenning Venter på godkjenning fra en annen fagleder enn ${cited.proposedBy}`);
    expect(within(theCase).queryByRole('button', { name: 'Godkjenn vedtaket' })).not.toBeInTheDocument();
    proposer.unmount();

    serve([{ ...exclusionNotice, status: 'STATEMENT_RECEIVED' }], [cited]);
    renderApp(route, fagleder('bakklandet-leder2'));
    theCase = await screen.findByRole('article', { name: /^Bortvisning – forhåndsvarsel/ });
    await userEvent.click(within(theCase).getByRole('button', { name: 'Godkjenn vedtaket' }));
    expect(await screen.findByText('Vedtaket er godkjent. Registrer når beboeren får vedtaket.')).toBeInTheDocument();
    expect(approved).toBe(cited.id);
  });
});

describe('a termination for non-payment', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('states the arrears and the months, and fetches the decision letter', async () => {
    const termination: Schemas['Sanction'] = {
      ...proposedExclusion,
      type: 'TERMINATION',
      ground: 'NON_PAYMENT',
      exclusionFrom: undefined,
      exclusionTo: undefined,
      alternativeAccommodation: undefined,
      arrearsOre: 1250000,
      arrearsMonths: ['2026-09', '2026-10'],
      advanceNoticeId: exclusionNotice.id,
    };
    serve([{ ...exclusionNotice, type: 'TERMINATION', status: 'NO_STATEMENT' }], [termination]);
    let fetched: string | undefined;
    server.use(
      api.get('/api/sanctions/{sanctionId}/decision.pdf', ({ params }) => {
        fetched = params.sanctionId as string;
        return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }) as never;
      }),
    );
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:vedtak'), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp(route, staff);
    const theCase = await screen.findByRole('article', { name: /^Oppsigelse – forhåndsvarsel/ });
    expect(theCase).toHaveTextContent('Restanse da vedtaket ble foreslått');
    expect(theCase.textContent).toContain('kr\u00a012\u00a0500 (september 2026, oktober 2026)');
    await userEvent.click(within(theCase).getByRole('button', { name: 'Vedtaksbrevet (PDF)' }));
    await waitFor(() => expect(downloads).toEqual([`vedtak-${termination.id}.pdf`]));
    expect(fetched).toBe(termination.id);
  });
});
