import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { nowInOslo, todayIso, todayNorwegian } from '../../../components/dates';
import { formatDate } from '../../../components/format';
import { api, json, problem } from '../../../test/api';
import { facilitySummaries } from '../../../test/fixtures/facility';
import { expectFacilityPicker } from '../../../test/pickers';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { serveSanctionPage } from '../../../test/serveSanctions';
import { addDays } from '../form/sanctionSchemas';
import {
  BTA_AGREEMENT_ID,
  btaAgreement,
  btaHistory,
  emptyControlReport,
  LEASE_AGREEMENT_ID,
  leaseAgreement,
  leaseHistory,
  municipalityControlReport,
  proposedExclusion,
  violentIncident,
} from '../../../test/fixtures/sanction';

type Schemas = components['schemas'];

const staff = { roles: ['botiltak' as const], facilities: ['bakklandet'] };

async function openProposal() {
  await userEvent.click(await screen.findByRole('button', { name: 'Foreslå reaksjon' }));
  return screen.findByRole('dialog', { name: 'Foreslå reaksjon' });
}

describe('SanctionLadderPage', () => {
  it('offers a tenant only the lawful tenancy measures: no exclusion (R-SAN-6)', async () => {
    serveSanctionPage(leaseAgreement, leaseHistory);
    renderApp(`/avtaler/${LEASE_AGREEMENT_ID}/reaksjoner`, { roles: ['botiltak'], facilities: ['valoyveien-9'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reaksjoner – Ola Nordmann' })).toBeInTheDocument();
    const ladder = within(screen.getByRole('region', { name: 'Reaksjonsstigen' })).getByRole('list');
    expect(
      within(ladder)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Muntlig advarsel', 'Skriftlig klage', 'Henvisning til oppsigelse hos eier']);
    const dialog = await openProposal();
    const options = within(within(dialog).getByLabelText('Reaksjon'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Velg reaksjon', 'Muntlig advarsel', 'Skriftlig klage', 'Henvisning til oppsigelse hos eier']);
    expect(within(dialog).queryByRole('option', { name: 'Bortvisning' })).not.toBeInTheDocument();

    // Only the chosen type's grounds.
    await userEvent.selectOptions(within(dialog).getByLabelText('Reaksjon'), 'WRITTEN_COMPLAINT');
    const grounds = within(within(dialog).getByLabelText('Grunnlag'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(grounds).toEqual(['Velg grunnlag', 'Gjentatte muntlige advarsler', 'Alvorlig brudd']);
  });

  it('requires alternative accommodation for an exclusion and shows the server r-san-4 problem on its fields', async () => {
    serveSanctionPage(btaAgreement, btaHistory);
    let body: Schemas['NewSanction'] | undefined;
    server.use(
      api.post('/api/sanctions', async ({ request }) => {
        body = await request.json();
        return problem({
          type: 'https://bta.kommune.no/problems/r-san-4-exclusion-needs-alternative-housing',
          title: 'Annet bosted mangler',
          status: 422,
          rule: 'R-SAN-4',
          detail: 'Bortvisning kan ikke registreres uten at et annet sted å bo er sikret for hele perioden',
          violations: [
            {
              field: 'alternativeAccommodation',
              message: 'Bortvisning kan ikke registreres uten at et annet sted å bo er sikret for hele perioden',
            },
          ],
        });
      }),
    );
    renderApp(`/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`, staff);
    const dialog = await openProposal();
    await userEvent.selectOptions(within(dialog).getByLabelText('Reaksjon'), 'EXCLUSION');
    await userEvent.selectOptions(within(dialog).getByLabelText('Grunnlag'), 'VIOLENCE_OR_THREATS');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Truet en ansatt/ }));
    // R-SAN-11: an exclusion for violence or threats may be urgent, without a forhåndsvarsel.
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Hastesak: vold eller trusler (uten forhåndsvarsel)' }));
    expect(within(dialog).getByText(/Bortvisningen varer 5 dager og slutter/)).toHaveTextContent(formatDate(addDays(todayIso(), 4)));
    expect(within(dialog).getByText(/enkeltvedtak/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Foreslå reaksjon' }));
    const place = within(dialog).getByLabelText('Sted');
    expect(place).toHaveAttribute('aria-invalid', 'true');
    expect(place).toHaveAccessibleDescription(/En bortvisning kan ikke registreres uten at beboeren har et annet sted å bo/);
    expect(within(dialog).getByLabelText('Skriftlig begrunnelse')).toHaveAttribute('aria-invalid', 'true');
    expect(body).toBeUndefined();

    await userEvent.type(place, 'Døgnovernatting');
    await userEvent.type(within(dialog).getByLabelText('Sikret fra'), todayNorwegian());
    await userEvent.type(within(dialog).getByLabelText('Sikret til'), formatDate(addDays(todayIso(), 4)));
    await userEvent.type(within(dialog).getByLabelText('Skriftlig begrunnelse'), 'Truet ansatt.');
    await userEvent.type(within(dialog).getByLabelText('Vurdering av forholdsmessighet'), 'Faren veier tyngst.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Foreslå reaksjon' }));

    expect(await within(dialog).findByRole('link', { name: /sikret for hele perioden/ })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Sted')).toHaveAccessibleDescription(/sikret for hele perioden/);
    expect(within(dialog).getByLabelText('Sikret til')).toHaveAttribute('aria-invalid', 'true');
    expect(body).toMatchObject({
      agreementId: BTA_AGREEMENT_ID,
      type: 'EXCLUSION',
      ground: 'VIOLENCE_OR_THREATS',
      incidentIds: [violentIncident.id],
      exclusionFrom: todayIso(),
      urgent: true,
      alternativeAccommodation: { place: 'Døgnovernatting', from: todayIso(), to: addDays(todayIso(), 4) },
    });
  });

  it('shows the appeal deadline after the notice is registered', async () => {
    const approved: Schemas['Sanction'] = {
      ...proposedExclusion,
      status: 'APPROVED',
      approvedAt: '2026-11-20T23:00:00Z',
      approvedBy: 'leder2',
    };
    serveSanctionPage(btaAgreement, { ...btaHistory, sanctions: [approved] });
    const deadline = addDays(todayIso(), 21);
    server.use(
      api.post('/api/sanctions/{sanctionId}/notification', () => {
        const notified = {
          ...approved,
          status: 'IN_FORCE' as const,
          notifiedOn: todayIso(),
          notifiedHow: 'Muntlig',
          appealDeadline: deadline,
        };
        server.use(api.get('/api/agreements/{agreementId}/sanction-history', () => json({ ...btaHistory, sanctions: [notified] })));
        return json(notified);
      }),
    );
    renderApp(`/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`, staff);
    expect(await screen.findByText('Godkjent – ikke varslet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Registrer varsel til beboer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer varsel til beboer' });
    await userEvent.type(within(dialog).getByLabelText('Hvordan ble beboeren varslet?'), 'Muntlig');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer varsel til beboer' }));
    expect(await screen.findByText(`Klagefrist: ${formatDate(deadline)}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Registrer klage' })).toBeInTheDocument();
  });

  it('offers the appeal outcome only to a fagleder who did not propose the decision (R-SAN-7)', async () => {
    const inForce: Schemas['Sanction'] = {
      ...proposedExclusion,
      status: 'IN_FORCE',
      approvedAt: '2026-11-20T23:00:00Z',
      approvedBy: 'bakklandet-leder2',
      notifiedOn: todayIso(),
      notifiedHow: 'Muntlig',
      appealDeadline: addDays(todayIso(), 21),
    };
    serveSanctionPage(btaAgreement, { ...btaHistory, sanctions: [{ ...inForce, proposedByYou: true }] });
    const { unmount } = renderApp(`/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`, {
      roles: ['fagleder', 'botiltak'],
      facilities: ['bakklandet'],
      username: 'bakklandet-leder',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer klage' }));
    let dialog = await screen.findByRole('dialog', { name: 'Registrer klage' });
    expect(within(dialog).getByText('Utfallet av klagen registreres av en fagleder som ikke foreslo vedtaket.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    unmount();

    serveSanctionPage(btaAgreement, { ...btaHistory, sanctions: [inForce] });
    renderApp(`/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`, {
      roles: ['fagleder', 'botiltak'],
      facilities: ['bakklandet'],
      username: 'bakklandet-leder2',
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Registrer klage' }));
    dialog = await screen.findByRole('dialog', { name: 'Registrer klage' });
    expect(within(dialog).getAllByRole('radio').length).toBeGreaterThan(1);
  });
});

describe('ApprovalQueuePage', () => {
  it('says that the proposer may not approve their own decision (403 r-san-7-four-eyes)', async () => {
    server.use(
      api.get('/api/sanctions', () => json({ items: [proposedExclusion], page: 0, size: 20, totalItems: 1 })),
      api.get('/api/agreements/{agreementId}', () => json(btaAgreement)),
      api.post('/api/sanctions/{sanctionId}/approval', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-san-7-four-eyes',
          title: 'Forslagsstilleren kan ikke godkjenne selv',
          status: 403,
          rule: 'R-SAN-7',
        }),
      ),
    );
    renderApp('/godkjenninger', { roles: ['fagleder'], facilities: ['bakklandet'] });
    const item = await screen.findByRole('article', { name: /Bortvisning – Ola Nordmann/ });
    expect(item).toHaveTextContent('Døgnovernatting, Kirkens bymisjon, 21.11.2026–25.11.2026');
    expect(item).toHaveTextContent('Faren for ansatte veier tyngst.');
    await userEvent.click(within(item).getByRole('button', { name: 'Godkjenn vedtaket …' }));
    // the confirmation names the decision, the resident, the dates and the incidents behind it
    const dialog = await screen.findByRole('dialog', { name: 'Godkjenne vedtaket?' });
    expect(dialog).toHaveTextContent('Bortvisning');
    expect(dialog).toHaveTextContent('Ola Nordmann');
    expect(dialog).toHaveTextContent(/21\.11\.2026 – 25\.11\.2026/);
    expect(dialog).toHaveTextContent(/registrert(e)? hendelse/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Godkjenn' }));
    expect(await within(dialog).findByText(/Forslagsstilleren kan ikke godkjenne selv/)).toBeInTheDocument();
  });

  it('sends a proposal back with the reason, and asks for one first', async () => {
    let sent: unknown;
    server.use(
      api.get('/api/sanctions', () => json({ items: [proposedExclusion], page: 0, size: 20, totalItems: 1 })),
      api.get('/api/agreements/{agreementId}', () => json(btaAgreement)),
      api.post('/api/sanctions/{sanctionId}/return', async ({ request }) => {
        sent = await request.json();
        return json({ ...proposedExclusion, status: 'RETURNED' as const, returnReason: 'Beskriv mildere tiltak' });
      }),
    );
    renderApp('/godkjenninger', { roles: ['fagleder'], facilities: ['bakklandet'] });
    const item = await screen.findByRole('article', { name: /Bortvisning – Ola Nordmann/ });
    await userEvent.click(within(item).getByRole('button', { name: 'Send tilbake …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sende forslaget tilbake?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send tilbake' }));
    expect((await within(dialog).findAllByText('Skriv hvorfor forslaget sendes tilbake')).length).toBeGreaterThan(0);
    expect(sent).toBeUndefined();
    await userEvent.type(within(dialog).getByLabelText('Hvorfor sendes forslaget tilbake?'), 'Beskriv mildere tiltak');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send tilbake' }));
    expect(await screen.findByText('Forslaget er sendt tilbake med begrunnelsen.')).toBeInTheDocument();
    expect(sent).toEqual({ reason: 'Beskriv mildere tiltak' });
  });

  it('is only for fagleder', async () => {
    renderApp('/godkjenninger', { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });
});

describe('ControlReportPage', () => {
  it('shows the report with its flags as warnings', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      api.get('/api/control-reports', ({ request }) => {
        query = new URL(request.url).searchParams;
        const report: Schemas['ControlReport'] = {
          facilityId: 'bakklandet',
          from: '2026-01-01',
          to: '2026-12-31',
          sanctionsByType: [{ key: 'EXCLUSION', count: 2 }],
          exclusions: [{ ...proposedExclusion, status: 'IN_FORCE' }],
          terminations: [],
          agreementTerminations: [],
          appeals: [],
          entriesByGround: [{ key: 'NO_ANSWER_AT_HMS_ROUND', count: 1 }],
          entries: [],
          visitorBans: [],
          policeContacts: 3,
          flags: [
            { flag: 'EXCLUSIONS_CLOSE_TOGETHER', detail: 'To bortvisninger innen 30 dager for samme beboer' },
            { flag: 'ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER', detail: '1 innlåsinger fordi beboeren ikke svarte på HMS-runden' },
          ],
        };
        return json(report);
      }),
    );
    renderApp('/kontrollrapport', { roles: ['fagleder'], facilities: ['bakklandet'] });
    const from = await screen.findByLabelText('Fra dato');
    await userEvent.clear(from);
    await userEvent.type(from, '01.01.2026');
    await userEvent.clear(screen.getByLabelText('Til dato'));
    await userEvent.type(screen.getByLabelText('Til dato'), '31.12.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Vis rapport' }));
    expect(await screen.findByText('Bortvisninger tett på hverandre')).toBeInTheDocument();
    expect(screen.getByText('Innlåsing ved HMS-runde uten svar')).toBeInTheDocument();
    expect(query?.get('facility')).toBe('bakklandet');
    expect(query?.get('from')).toBe('2026-01-01');
    expect(query?.get('to')).toBe('2026-12-31');
    const byType = screen.getByRole('table', { name: 'Reaksjoner etter type' });
    expect(within(byType).getByRole('row', { name: 'Bortvisning 2' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Bortvisninger med annet bosted' })).toHaveTextContent('Døgnovernatting');
    expect(screen.getByText(/Kontakter med politiet/)).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Last ned CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last ned PDF' })).toBeInTheDocument();
  });
});

describe('ControlReportPage: every termination and the referrals', () => {
  it('lists each termination with the decision behind it, one without, and the referrals with the owner’s answer', async () => {
    server.use(
      api.get('/api/control-reports', ({ request }) => {
        const query = new URL(request.url).searchParams;
        return json({
          ...emptyControlReport('bakklandet', query.get('from')!, query.get('to')!),
          agreementTerminations: [
            {
              agreementId: BTA_AGREEMENT_ID,
              facilityId: 'bakklandet',
              personId: btaAgreement.person.id,
              kind: 'BTA' as const,
              noticeBy: 'MUNICIPALITY' as const,
              noticeGivenOn: '2026-11-06',
              noticeEffectiveOn: '2026-11-20',
              movedOutOn: '2026-11-20',
              terminationGround: 'ARREARS' as const,
              decision: {
                sanctionId: proposedExclusion.id,
                type: 'TERMINATION' as const,
                ground: 'NON_PAYMENT' as const,
                approvedAt: '2026-11-05T13:02:44Z',
                approvedBy: 'bakklandet-leder2',
                notifiedOn: '2026-11-06',
                appealOutcome: 'UPHELD' as const,
              },
            },
            {
              agreementId: LEASE_AGREEMENT_ID,
              facilityId: 'bakklandet',
              personId: btaAgreement.person.id,
              kind: 'BTA' as const,
              noticeBy: 'MUNICIPALITY' as const,
              noticeGivenOn: '2026-03-01',
              noticeEffectiveOn: '2026-03-15',
            },
          ],
          referrals: [
            {
              id: '7d2f4b6a-8c1e-4a3d-9b5f-0e2c4a6b8d19',
              agreementId: LEASE_AGREEMENT_ID,
              facilityId: 'bakklandet',
              personId: btaAgreement.person.id,
              status: 'NOTICE' as const,
              referredOn: '2026-02-03',
              referredBy: 'valoya-leder',
              respondedOn: '2026-02-20',
              effectiveOn: '2026-05-31',
              outcome: 'Eieren sa opp leieforholdet.',
            },
          ],
        });
      }),
    );
    renderApp('/kontrollrapport', { roles: ['fagleder'], facilities: ['bakklandet'] });
    await userEvent.click(await screen.findByRole('button', { name: 'Vis rapport' }));
    const terminations = await screen.findByRole('table', { name: 'Avtaler sagt opp eller avsluttet for brudd eller restanse' });
    const rows = within(terminations).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Oppsagt', 'Oppsagt av', 'Gjelder fra', 'Flyttet ut', 'Grunnlag ved utflytting', 'Vedtaket bak']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Kommunen',
      '20.11.2026',
      '20.11.2026',
      'Restanse',
      'Oppsigelse (manglende betaling), godkjent 05.11.2026 kl.\u00a014:02 av bakklandet-leder2, gjort kjent 06.11.2026, klage: opprettholdt',
    ]);
    expect(rows[2]).toHaveTextContent('Uten vedtak');
    const referrals = screen.getByRole('table', { name: 'Henvisninger til eieren' });
    expect(referrals).toHaveTextContent('Eieren sa opp');
    expect(referrals).toHaveTextContent('Eieren sa opp leieforholdet.');
    expect(referrals).toHaveTextContent('31.05.2026');
  });
});

describe('ControlReportPage for the whole municipality', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  const kontroll = { roles: ['kontroll' as const], name: 'Kristin Tilsynsmo' };
  const thisMonth = () => ({ from: `${todayIso().slice(0, 7)}-01`, to: todayIso() });

  /** Serves the report (JSON, CSV or PDF) and records every query. */
  function serveReports(calls: URLSearchParams[]) {
    server.use(
      api.get('/api/control-reports', ({ request }) => {
        const query = new URL(request.url).searchParams;
        calls.push(query);
        const format = query.get('format');
        if (format === 'csv') {
          return new HttpResponse('tiltak;dato;beboer;grunnlag;status;detaljer\n', { headers: { 'Content-Type': 'text/csv' } }) as never;
        }
        if (format === 'pdf') {
          return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }) as never;
        }
        const facility = query.get('facility')!;
        const from = query.get('from')!;
        const to = query.get('to')!;
        return json(facility === 'alle' ? municipalityControlReport(from, to) : emptyControlReport(facility, from, to));
      }),
    );
  }

  const columns = (table: HTMLElement) =>
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
  /** The facility column of each body row (the second cell, after the row header). */
  const facilityCells = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

  it('offers the internal control "Hele kommunen" first and chosen, then every facility', async () => {
    renderApp('/kontrollrapport', kontroll);
    const picker = await expectFacilityPicker('alle', ['Hele kommunen', ...facilitySummaries.map((f) => f.name)]);
    expect(picker).toHaveValue('alle');
    expect(screen.getByText(/ved botiltakene i kommunen for perioden, samlet eller for ett botiltak/)).toBeInTheDocument();
    expect(screen.queryByText('Du er ikke knyttet til noe botiltak.')).not.toBeInTheDocument();
  });

  it('shows this month’s report for every facility at once, with the facility of each row, and downloads CSV and PDF for alle', async () => {
    const calls: URLSearchParams[] = [];
    serveReports(calls);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:kontrollrapport'), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp('/kontrollrapport', kontroll);
    await waitFor(() => expect(within(screen.getByLabelText('Botiltak')).getAllByRole('option')).toHaveLength(5));

    // This month so far, without pressing "Vis rapport" (the internal control's work list), and in the form.
    const { from, to } = thisMonth();
    expect(screen.getByLabelText('Fra dato')).toHaveValue(formatDate(from));
    expect(screen.getByLabelText('Til dato')).toHaveValue(formatDate(to));
    expect(
      await screen.findByRole('heading', { level: 2, name: `Kontrollrapport for Hele kommunen ${formatDate(from)}–${formatDate(to)}` }),
    ).toBeInTheDocument();
    expect(Object.fromEntries(calls[0]!)).toEqual({ facility: 'alle', from, to, format: 'json' });

    const exclusions = screen.getByRole('table', { name: 'Bortvisninger med annet bosted' });
    expect(columns(exclusions)).toEqual(['Periode', 'Botiltak', 'Grunnlag', 'Annet bosted', 'Status', 'Godkjent av']);
    expect(facilityCells(exclusions)).toEqual(['Bakklandet bo- og tjenestetilbud', 'Heidrunsenteret, hybelfløyen']);
    expect(within(exclusions).getByRole('row', { name: /^02\.03\.2026–04\.03\.2026 Heidrunsenteret/ })).toHaveTextContent('Hospits Vestre');

    const terminations = screen.getByRole('table', { name: 'Oppsigelser' });
    expect(columns(terminations)).toEqual(['Foreslått', 'Botiltak', 'Type', 'Grunnlag', 'Status', 'Godkjent av']);
    expect(facilityCells(terminations)).toEqual(['Valøyveien 9, Sokkelen']);

    const entries = screen.getByRole('table', { name: 'Innlåsinger' });
    expect(columns(entries)).toEqual(['Tidspunkt', 'Botiltak', 'Boenhet', 'Grunn', 'Personale', 'Til stede', 'Funn']);
    expect(facilityCells(entries)).toEqual(['Heidrunsenteret, hybelfløyen']);

    const bans = screen.getByRole('table', { name: 'Besøksforbud' });
    expect(columns(bans)).toEqual(['Besøkende', 'Botiltak', 'Ilagt av', 'Periode', 'Begrunnelse']);
    expect(facilityCells(bans)).toEqual(['Bakklandet bo- og tjenestetilbud']);

    // Counts are for the municipality as a whole: no facility column there.
    expect(columns(screen.getByRole('table', { name: 'Reaksjoner etter type' }))).toEqual(['Type', 'Antall']);
    expect(screen.getByRole('region', { name: 'Klager og utfall' })).toHaveTextContent('Ingen i perioden.');

    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await waitFor(() => expect(downloads).toEqual([`kontrollrapport-alle-${from}-${to}.csv`]));
    await userEvent.click(screen.getByRole('button', { name: 'Last ned PDF' }));
    await waitFor(() => expect(downloads).toEqual([`kontrollrapport-alle-${from}-${to}.csv`, `kontrollrapport-alle-${from}-${to}.pdf`]));
    expect(calls.filter((q) => q.get('format') !== 'json').map((q) => Object.fromEntries(q))).toEqual([
      { facility: 'alle', from, to, format: 'csv' },
      { facility: 'alle', from, to, format: 'pdf' },
    ]);
  });

  it('lets the internal control pick one facility, whose report needs no facility column', async () => {
    const calls: URLSearchParams[] = [];
    serveReports(calls);
    renderApp('/kontrollrapport', kontroll);
    const picker = await screen.findByLabelText('Botiltak');
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(5));
    await userEvent.selectOptions(picker, 'heidrunsenteret');
    await userEvent.click(screen.getByRole('button', { name: 'Vis rapport' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Kontrollrapport for Heidrunsenteret, hybelfløyen / }),
    ).toBeInTheDocument();
    expect(calls.map((q) => q.get('facility'))).toEqual(['alle', 'heidrunsenteret']);
    expect(screen.getByRole('region', { name: 'Bortvisninger med annet bosted' })).toHaveTextContent('Ingen i perioden.');
  });

  it('keeps a fagleder to their own facilities: no "Hele kommunen", no facility column', async () => {
    const calls: URLSearchParams[] = [];
    server.use(
      // Rows from several facilities in a one-facility report would still get no facility column.
      api.get('/api/control-reports', ({ request }) => {
        const query = new URL(request.url).searchParams;
        calls.push(query);
        return json({
          ...municipalityControlReport(query.get('from')!, query.get('to')!),
          facilityId: query.get('facility')!,
        });
      }),
    );
    renderApp('/kontrollrapport', { roles: ['fagleder'], facilities: ['bakklandet', 'heidrunsenteret'] });
    const picker = await expectFacilityPicker('bakklandet', ['Bakklandet bo- og tjenestetilbud', 'Heidrunsenteret, hybelfløyen']);
    expect(within(picker).queryByRole('option', { name: 'Hele kommunen' })).not.toBeInTheDocument();
    expect(screen.getByText(/i botiltaket for perioden/)).toBeInTheDocument();
    // Their first facility, this month so far, at once.
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Kontrollrapport for Bakklandet bo- og tjenestetilbud / }),
    ).toBeInTheDocument();
    expect(columns(screen.getByRole('table', { name: 'Bortvisninger med annet bosted' }))).toEqual([
      'Periode',
      'Grunnlag',
      'Annet bosted',
      'Status',
      'Godkjent av',
    ]);
    expect(calls.map((q) => q.get('facility'))).toEqual(['bakklandet']);
  });

  it('is refused to roles without the control report', async () => {
    renderApp('/kontrollrapport', { roles: ['esikt'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });
});

describe('IncidentsPage', () => {
  it('offers only the facility’s own grounds for an entry (R-SAN-8)', async () => {
    server.use(api.get('/api/incidents', () => json({ items: [violentIncident], page: 0, size: 20, totalItems: 1 })));
    renderApp('/hendelser', staff);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hendelser' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Registrerte hendelser/ })).toHaveTextContent('Truet en ansatt');
    await userEvent.click(screen.getByRole('button', { name: 'Logg innlåsing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Logg innlåsing' });
    const group = await within(dialog).findByRole('group', { name: /^Grunn til innlåsingen/ });
    expect(await within(group).findAllByRole('radio')).toHaveLength(2);
    expect(within(group).getByRole('radio', { name: 'Fare for liv eller helse' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: 'Uro og bråk' })).toBeInTheDocument();
    expect(within(dialog).queryByText('Ingen svar ved HMS-runde')).not.toBeInTheDocument();
  });

  it('registers an incident with residents, categories, rules and police contact', async () => {
    let body: Schemas['NewIncident'] | undefined;
    server.use(
      api.get('/api/incidents', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
      api.get('/api/agreements', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        const items =
          status === 'NOTICE_GIVEN'
            ? []
            : [
                {
                  id: btaAgreement.id,
                  kind: btaAgreement.kind,
                  status: btaAgreement.status,
                  person: btaAgreement.person,
                  facilityId: 'bakklandet',
                  unitLabel: btaAgreement.unitLabel,
                  startDate: btaAgreement.startDate,
                  endDate: btaAgreement.endDate,
                  flags: [],
                },
              ];
        return json({ items, page: 0, size: 200, totalItems: items.length });
      }),
      api.post('/api/incidents', async ({ request }) => {
        body = await request.json();
        return json(violentIncident, { status: 201 });
      }),
    );
    renderApp('/hendelser', staff);
    const open = await screen.findByRole('button', { name: 'Registrer hendelse' });
    const before = nowInOslo();
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Registrer hendelse' });
    // When it happened starts at now in Oslo (issue 18).
    expect(within(dialog).getByLabelText('Dato')).toHaveValue(before.date);
    expect([before.time, nowInOslo().time]).toContain((within(dialog).getByLabelText('Klokkeslett') as HTMLInputElement).value);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer hendelse' }));
    expect(within(dialog).getByRole('link', { name: 'Velg minst én beboer som var involvert' })).toBeInTheDocument();

    await userEvent.click(await within(dialog).findByRole('checkbox', { name: 'Ola Nordmann (H201)' }));
    await userEvent.clear(within(dialog).getByLabelText('Dato'));
    await userEvent.type(within(dialog).getByLabelText('Dato'), '20.11.2026');
    await userEvent.clear(within(dialog).getByLabelText('Klokkeslett'));
    await userEvent.type(within(dialog).getByLabelText('Klokkeslett'), '22:40');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Vold eller trusler' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Alvorlig brudd' }));
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: '1. Huset er rusfritt.' }));
    await userEvent.type(within(dialog).getByLabelText('Beskrivelse'), 'Truet en ansatt.');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Bortvisning av truende person' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer hendelse' }));

    expect(await screen.findByText('Hendelsen er registrert.')).toBeInTheDocument();
    expect(body).toEqual({
      facilityId: 'bakklandet',
      occurredAt: '2026-11-20T21:40:00Z',
      personIds: [btaAgreement.person.id],
      categories: ['VIOLENCE_OR_THREATS'],
      serious: true,
      ruleNumbers: [1],
      description: 'Truet en ansatt.',
      policeReason: 'EXCLUSION_OF_THREATENING_PERSON',
    });
  });
});

describe('EntryForm', () => {
  it('shows the detail of a 422 r-san-8 refusal', async () => {
    server.use(
      api.get('/api/incidents', () => json({ items: [], page: 0, size: 20, totalItems: 0 })),
      api.post('/api/entries', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-san-8-entry-ground-not-allowed',
          title: 'Ikke en lovlig grunn til å låse seg inn',
          status: 422,
          rule: 'R-SAN-8',
          detail: 'Grunnen står ikke på botiltakets liste over når personalet kan låse seg inn',
          violations: [{ field: 'ground', message: 'ikke tillatt her' }],
        }),
      ),
    );
    renderApp('/hendelser', staff);
    await userEvent.click(await screen.findByRole('button', { name: 'Logg innlåsing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Logg innlåsing' });
    await userEvent.selectOptions(await within(dialog).findByLabelText('Boenhet'), 'H101');
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Uro og bråk' }));
    await userEvent.clear(within(dialog).getByLabelText('Klokkeslett'));
    await userEvent.type(within(dialog).getByLabelText('Klokkeslett'), '00:05');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Logg innlåsing' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Grunnen står ikke på botiltakets liste');
  });
});
