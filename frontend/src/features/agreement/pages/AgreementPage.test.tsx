import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { activeAgreement, draftAgreement, endedAgreement } from '../../../test/fixtures/agreement';
import { kariMovedOut } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

type Agreement = components['schemas']['Agreement'];

function serve(agreement: Agreement) {
  server.use(api.get('/api/agreements/{agreementId}', () => json(agreement)));
  return `/avtaler/${agreement.id}`;
}

/** The primary button under "Neste steg". */
async function nextStepButton() {
  const region = await screen.findByRole('region', { name: 'Neste steg' });
  return within(region).getByRole('button');
}

/** Opens "Flere handlinger" and returns the region with the other steps. */
async function moreActions() {
  const toggle = await screen.findByRole('button', { name: 'Flere handlinger' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  return screen.getByRole('region', { name: 'Flere handlinger' });
}

/** Opens a step from "Flere handlinger". */
async function openAction(name: string, dialogName: string) {
  await userEvent.click(within(await moreActions()).getByRole('button', { name }));
  return screen.findByRole('dialog', { name: dialogName });
}

/** Opens the next step, checking its button's text. */
async function openNextStep(name: string, dialogName: string) {
  const button = await nextStepButton();
  expect(button).toHaveAccessibleName(name);
  await userEvent.click(button);
  return screen.findByRole('dialog', { name: dialogName });
}

describe('AgreementPage', () => {
  it('shows the agreement, its period chain, fee and flags', async () => {
    renderApp(serve({ ...activeAgreement, warnings: ['Sammenhengende opphold er over grensen'] }), {
      roles: ['botiltak'],
      facilities: ['bakklandet'],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Ola Nordmann' })).toBeInTheDocument();
    expect(screen.getByText(/^Status:/)).toHaveTextContent('Gjelder');
    expect(screen.getByText('Første periode ikke evaluert')).toBeInTheDocument();
    expect(screen.getByText('Sammenhengende opphold er over grensen')).toBeInTheDocument();
    const periods = screen.getByRole('list', { name: 'Avtaleperioder' });
    expect(within(periods).getAllByRole('listitem')[0]).toHaveTextContent('1. periode: 01.12.2026–31.01.2027');
    const section = screen.getByRole('region', { name: 'Perioder' });
    expect(section).toHaveTextContent('Fra 01.12.2026: kr 5 000 i måneden');
    expect(section).toHaveTextContent('Husordensregler versjon 2');
    expect(section).toHaveTextContent('14 dager');
    expect(screen.getByRole('button', { name: 'Last ned avtalen (PDF)' })).toBeInTheDocument();
  });

  it('offers one next step, the other steps under "Flere handlinger", the ending ones set apart, by keyboard', async () => {
    renderApp(serve(activeAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    const next = await screen.findByRole('region', { name: 'Neste steg' });
    expect(next).toHaveTextContent('Første periode er ikke evaluert');
    expect(
      within(next)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Registrer evalueringsmøte']);

    const toggle = screen.getByRole('button', { name: 'Flere handlinger' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Forny avtalen' })).not.toBeInTheDocument();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const more = screen.getByRole('region', { name: 'Flere handlinger' });
    expect(within(more).queryByRole('button', { name: 'Registrer evalueringsmøte' })).not.toBeInTheDocument();
    const ending = within(more).getByRole('group', { name: 'Avslutte avtalen' });
    const endingButtons = within(ending).getAllByRole('button');
    expect(endingButtons.map((b) => b.textContent)).toEqual(['Si opp avtalen', 'Registrer utflytting']);
    for (const b of endingButtons) expect(b).toHaveAttribute('data-color', 'danger');
    const forny = within(more).getByRole('button', { name: 'Forny avtalen' });
    expect(ending).not.toContainElement(forny);
    expect(forny).not.toHaveAttribute('data-color');

    // the destructive step is confirmed in a dialog, opened by keyboard
    within(ending).getByRole('button', { name: 'Si opp avtalen' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Si opp avtalen' })).toBeInTheDocument();
  });

  it('links every section from "På denne siden"', async () => {
    renderApp(serve(activeAgreement), { roles: ['fagleder'], facilities: ['bakklandet'] });
    const nav = await screen.findByRole('navigation', { name: 'På denne siden' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Avtalen',
      'Perioder',
      'Oppfølging',
      'Depositum og forsikring',
      'Mer om beboeren',
      'Historikk',
    ]);
    for (const a of links) {
      const target = document.getElementById(a.getAttribute('href')!.slice(1));
      expect(target, a.textContent!).toHaveTextContent(a.textContent!);
    }
  });

  it('speaks of husleie on a tenancy, and offers it no evaluation or renewal (LEASE)', async () => {
    renderApp(serve({ ...activeAgreement, kind: 'LEASE' }), { roles: ['fagleder'], facilities: ['bakklandet'] });
    const agreementSection = await screen.findByRole('region', { name: 'Avtalen' });
    expect(agreementSection).toHaveTextContent('Husleie nå');
    expect(agreementSection).not.toHaveTextContent('Egenbetaling');
    const periods = screen.getByRole('region', { name: 'Perioder' });
    expect(periods).toHaveTextContent('Husleien dekker');
    expect(periods).not.toHaveTextContent(/Evaluering|Egenbetaling/);
    const next = screen.getByRole('region', { name: 'Neste steg' });
    expect(within(next).queryByRole('button')).not.toBeInTheDocument();
    expect(next).toHaveTextContent('Ingen steg venter akkurat nå');
    const more = await moreActions();
    expect(within(more).queryByRole('button', { name: /evaluering|Forny/i })).not.toBeInTheDocument();
    const dialog = await openAction('Endre husleie', 'Endre husleie');
    expect(within(dialog).getByLabelText('Ny husleie per måned')).toHaveValue('5000');
    expect(dialog).toHaveTextContent('Husleien er nå kr 5 000 i måneden');
  });

  it('hides signing for the municipality from botiltak, and shows it to a fagleder', async () => {
    const route = serve(draftAgreement);
    const staff = renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(within(await moreActions()).queryByRole('button', { name: 'Oppnevn primærkontakt' })).not.toBeInTheDocument();
    let dialog = await openNextStep('Registrer beboerens signatur', 'Registrer signatur');
    expect(within(dialog).getByRole('radio', { name: 'Beboeren har signert' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: 'Signer for kommunen' })).not.toBeInTheDocument();
    staff.unmount();

    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(within(await moreActions()).getByRole('button', { name: 'Oppnevn primærkontakt' })).toBeInTheDocument();
    dialog = await openNextStep('Registrer beboerens signatur', 'Registrer signatur');
    expect(within(dialog).getByRole('radio', { name: 'Signer for kommunen' })).toBeInTheDocument();
  });

  it('shows the detail of r-agr-4 when the API refuses a signature', async () => {
    const route = serve(draftAgreement);
    server.use(
      api.post('/api/agreements/{agreementId}/signatures', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-agr-4-fagleder-signs',
          title: 'Bare fagleder eller bokoordinator signerer for kommunen',
          status: 403,
          rule: 'R-AGR-4',
          detail: 'Signaturen for kommunen må gis av en fagleder ved botiltaket',
        }),
      ),
    );
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    const dialog = await openNextStep('Registrer beboerens signatur', 'Registrer signatur');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Signer for kommunen' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer signaturen' }));
    expect(await within(dialog).findByText(/Signaturen for kommunen må gis av en fagleder/)).toBeInTheDocument();
  });

  it('offers no move-in and lists what is missing while moveInMissing is not empty', async () => {
    renderApp(serve(draftAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    const panel = await screen.findByRole('region', { name: 'Innflytting' });
    expect(screen.getByRole('region', { name: 'Neste steg' })).toContainElement(panel);
    expect(within(panel).getByRole('heading', { name: 'Dette mangler før innflytting' })).toBeInTheDocument();
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Beboeren har ikke signert', 'Fagleder har ikke signert for kommunen', 'Primærkontakt er ikke oppnevnt']);
    expect(screen.queryByRole('button', { name: 'Registrer innflytting' })).not.toBeInTheDocument();
    expect(within(await moreActions()).queryByRole('button', { name: 'Registrer innflytting' })).not.toBeInTheDocument();
  });

  it('makes move-in the next step when nothing is missing, and shows r-int-5 violations from the API', async () => {
    const ready: Agreement = { ...activeAgreement, movedInOn: null, moveInMissing: [] };
    const route = serve(ready);
    server.use(
      api.post('/api/agreements/{agreementId}/move-in', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-int-5-move-in-requirements',
          title: 'Innflytting kan ikke registreres ennå',
          status: 422,
          rule: 'R-INT-5',
          detail: 'Mangler: primærkontakt er ikke oppnevnt',
          violations: [{ field: 'primaryContact', message: 'primærkontakt er ikke oppnevnt' }],
        }),
      ),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    const panel = await screen.findByRole('region', { name: 'Innflytting' });
    expect(panel).toHaveTextContent('Alt er på plass');
    const dialog = await openNextStep('Registrer innflytting', 'Registrer innflytting');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer innflytting' }));
    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(summary).toHaveTextContent('primærkontakt er ikke oppnevnt');
    expect(within(dialog).getByText(/Mangler: primærkontakt er ikke oppnevnt/)).toBeInTheDocument();
  });

  it('shows the r-agr-1 detail when renewal needs an evaluation first', async () => {
    const route = serve(activeAgreement);
    server.use(
      api.post('/api/agreements/{agreementId}/renewals', () =>
        problem({
          type: 'https://bta.kommune.no/problems/r-agr-1-evaluation-before-renewal',
          title: 'Evalueringsmøte mangler',
          status: 422,
          rule: 'R-AGR-1',
          detail: 'Før første fornyelse må et evalueringsmøte etter den første korte perioden være registrert',
        }),
      ),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    const dialog = await openAction('Forny avtalen', 'Forny avtalen');
    await userEvent.type(within(dialog).getByLabelText('Ny sluttdato'), '31.01.2028');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Forny' }));
    expect(
      await within(dialog).findByText(/Før første fornyelse må et evalueringsmøte etter den første korte perioden være registrert/),
    ).toBeInTheDocument();
  });

  it('shows r-agr-3 on the "Gjelder fra" field and sends the fee in øre', async () => {
    let body: components['schemas']['FeeChangeRequest'] | undefined;
    const route = serve(activeAgreement);
    server.use(
      api.post('/api/agreements/{agreementId}/fee-changes', async ({ request }) => {
        body = await request.json();
        return problem({
          type: 'https://bta.kommune.no/problems/r-agr-3-fee-change-notice',
          title: 'For kort varsel om ny egenbetaling',
          status: 422,
          rule: 'R-AGR-3',
          detail: 'Ny egenbetaling kan tidligst gjelde fra 22.12.2026, én måned etter varselet',
          violations: [{ field: 'effectiveFrom', message: 'tidligst 2026-12-22' }],
        });
      }),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    const dialog = await openAction('Endre egenbetaling', 'Endre egenbetaling');
    const amount = within(dialog).getByLabelText('Ny egenbetaling per måned');
    expect(amount).toHaveValue('5000');
    await userEvent.clear(amount);
    await userEvent.type(amount, '5 200,50');
    await userEvent.clear(within(dialog).getByLabelText('Varslet dato'));
    await userEvent.type(within(dialog).getByLabelText('Varslet dato'), '22.11.2026');
    await userEvent.type(within(dialog).getByLabelText('Gjelder fra'), '01.12.2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    const field = within(dialog).getByLabelText('Gjelder fra');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(field).toHaveAccessibleDescription(/Ny egenbetaling kan tidligst gjelde fra 22.12.2026/);
    const summary = within(dialog).getByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: /tidligst gjelde fra 22.12.2026/ })).toHaveAttribute(
      'href',
      '#egenbetaling-effectiveFrom',
    );
    expect(body).toEqual({ monthlyFeeOre: 520050, notifiedOn: '2026-11-22', effectiveFrom: '2026-12-01' });
  });

  it('offers only the resident as the party giving notice on a tenancy', async () => {
    renderApp(serve({ ...activeAgreement, kind: 'LEASE' }), { roles: ['fagleder'], facilities: ['bakklandet'] });
    const dialog = await openAction('Si opp avtalen', 'Si opp avtalen');
    expect(within(dialog).getByRole('radio', { name: 'Beboeren' })).toBeChecked();
    expect(within(dialog).queryByRole('radio', { name: 'Kommunen' })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('det er eieren av boligen som sier opp');
  });

  it("offers only the resident's notice on a BTA and points to Reaksjoner for the municipality's (R-SAN-12)", async () => {
    renderApp(serve(activeAgreement), { roles: ['fagleder'], facilities: ['bakklandet'] });
    const dialog = await openAction('Si opp avtalen', 'Si opp avtalen');
    expect(within(dialog).getByRole('radio', { name: 'Beboeren' })).toBeChecked();
    expect(within(dialog).queryByRole('radio', { name: 'Kommunen' })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('Kommunen sier opp en bo- og tjenesteavtale bare gjennom et vedtak om oppsigelse');
    expect(within(dialog).getByRole('link', { name: 'Gå til Reaksjoner' })).toHaveAttribute(
      'href',
      `/avtaler/${activeAgreement.id}/reaksjoner`,
    );
  });

  it('requires the cooperation agreement when the individual plan is declined', async () => {
    let body: components['schemas']['FollowUpRequest'] | undefined;
    const route = serve(draftAgreement);
    server.use(
      api.post('/api/agreements/{agreementId}/follow-up', async ({ request }) => {
        body = await request.json();
        return json(draftAgreement);
      }),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    const dialog = await openAction('Individuell plan / samarbeidsavtale', 'Individuell plan og samarbeidsavtale');
    expect(within(dialog).queryByLabelText('Mål')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Takker nei/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    const summary = await within(dialog).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Skriv målene i samarbeidsavtalen' })).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Mål'), 'Stabil bosituasjon');
    await userEvent.type(within(dialog).getByLabelText('Behov'), 'Hjelp med økonomi');
    await userEvent.type(within(dialog).getByLabelText('Hva personalet bidrar med'), 'Ukentlige samtaler');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Svaret på individuell plan er registrert.')).toBeInTheDocument();
    expect(body).toEqual({
      individualPlan: 'DECLINED',
      cooperationGoals: 'Stabil bosituasjon',
      cooperationNeeds: 'Hjelp med økonomi',
      cooperationStaffProvide: 'Ukentlige samtaler',
    });
  });

  it('says on an ended agreement, as a status, that the resident moved out and until when the facility sees them (R-ACC-3)', async () => {
    const personReads: string[] = [];
    server.use(
      api.get('/api/persons/{personId}', ({ params }) => {
        personReads.push(String(params.personId));
        return json(kariMovedOut);
      }),
    );
    renderApp(serve(endedAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Kari Nordmann' })).toBeInTheDocument();
    const notice = await screen.findByRole('status');
    expect(within(notice).getByRole('heading', { level: 2, name: 'Beboeren har flyttet ut' })).toBeInTheDocument();
    expect(within(notice).getByText('Flyttet ut 15.11.2026 — tilgang til 12.02.2027')).toBeInTheDocument();
    expect(notice).toHaveAttribute('data-color', 'info');
    expect(personReads).toEqual([endedAgreement.person.id]);
  });

  it('reads the person only for an ended agreement, and shows no notice while access lasts', async () => {
    const personReads: string[] = [];
    server.use(
      api.get('/api/persons/{personId}', ({ params }) => {
        personReads.push(String(params.personId));
        return json({ ...kariMovedOut, access: [...kariMovedOut.access!, { facilityId: 'bakklandet', reason: 'ALLOCATED' as const }] });
      }),
    );
    const active = renderApp(serve(activeAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Ola Nordmann' })).toBeInTheDocument();
    active.unmount();
    // Moved out, but allocated again to one of the facilities: access does not end, so nothing to say.
    renderApp(serve(endedAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Kari Nordmann' })).toBeInTheDocument();
    await expect.poll(() => personReads).toEqual([endedAgreement.person.id]);
    expect(screen.queryByText(/tilgang til/)).not.toBeInTheDocument();
  });

  it('links the replaced agreement only while it can still be opened', async () => {
    const predecessorId = draftAgreement.id;
    renderApp(serve({ ...activeAgreement, predecessorId }), { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('link', { name: /^Erstatter avtale/ })).toHaveAttribute('href', `/avtaler/${predecessorId}`);
  });

  it('links no replaced agreement that answers 404 (ended outside the follow-up window)', async () => {
    const predecessorId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const reads: string[] = [];
    server.use(
      api.get('/api/agreements/{agreementId}', ({ params }) => {
        reads.push(String(params.agreementId));
        return params.agreementId === predecessorId
          ? problem({ type: 'https://bta.kommune.no/problems/not-found', title: 'Finnes ikke', status: 404 })
          : json({ ...activeAgreement, predecessorId });
      }),
    );
    renderApp(`/avtaler/${activeAgreement.id}`, { roles: ['fagleder'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Avtale – Ola Nordmann' })).toBeInTheDocument();
    await expect.poll(() => reads).toContain(predecessorId);
    expect(screen.queryByRole('link', { name: /^Erstatter avtale/ })).not.toBeInTheDocument();
  });

  it('voids an agreement before move-in with the reason and what becomes of the application (R-AGR-9)', async () => {
    const route = serve(draftAgreement);
    let body: components['schemas']['VoidRequest'] | undefined;
    server.use(
      api.post('/api/agreements/{agreementId}/void', async ({ request }) => {
        body = await request.json();
        const voided = {
          ...draftAgreement,
          status: 'ENDED' as const,
          endedOn: '2026-11-29',
          endReason: 'VOIDED' as const,
          voidReason: body.reason,
        };
        server.use(api.get('/api/agreements/{agreementId}', () => json(voided)));
        return json(voided);
      }),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    const dialog = await openAction('Annuller avtalen', 'Annuller avtalen før innflytting');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuller avtalen' }));
    const summary = within(dialog).getByRole('group', { name: /rette opp følgende feil/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Skriv hvorfor avtalen annulleres', 'Velg hva som skjer med søknaden']);
    expect(body).toBeUndefined();
    await userEvent.type(within(dialog).getByLabelText(/Hvorfor annulleres avtalen/), 'Søkeren ombestemte seg.');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Søknaden går tilbake til ventelisten med samme prioritet' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuller avtalen' }));
    expect(await screen.findByText('Avtalen er annullert, og boenheten er ledig fra i dag.')).toBeInTheDocument();
    expect(body).toEqual({ reason: 'Søkeren ombestemte seg.', applicationTo: 'WAITING_LIST' });
    expect(screen.getByRole('region', { name: 'Oppsigelse og utflytting' })).toHaveTextContent('Annullert før innflytting');
    expect(screen.getByRole('region', { name: 'Oppsigelse og utflytting' })).toHaveTextContent('Søkeren ombestemte seg.');
  });

  it('offers no void after move-in, and renewal (not notice) on an expired agreement', async () => {
    const active = renderApp(serve(activeAgreement), { roles: ['botiltak'], facilities: ['bakklandet'] });
    const actions = await moreActions();
    expect(within(actions).getByRole('button', { name: 'Si opp avtalen' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Annuller avtalen' })).not.toBeInTheDocument();
    active.unmount();

    renderApp(serve({ ...activeAgreement, status: 'EXPIRED', flags: ['EXPIRED'] }), { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByText(/^Status:/)).toHaveTextContent('Utløpt');
    const region = await moreActions();
    expect(within(region).queryByRole('button', { name: 'Si opp avtalen' })).not.toBeInTheDocument();
    const dialog = await openAction('Forny avtalen', 'Forny avtalen');
    expect(within(dialog).getByText(/Avtalen gikk ut 31\.01\.2027 uten å bli fornyet/)).toBeInTheDocument();
  });

  it('links the decision behind a notice by the municipality, and the resident’s sanctions (R-SAN-12)', async () => {
    const decisionId = '9d0e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a';
    renderApp(
      serve({
        ...activeAgreement,
        status: 'NOTICE_GIVEN',
        notice: { givenBy: 'MUNICIPALITY', givenOn: '2027-01-05', reason: 'Restanse', effectiveOn: '2027-01-19', decisionId },
      }),
      { roles: ['botiltak'], facilities: ['bakklandet'] },
    );
    const end = await screen.findByRole('region', { name: 'Oppsigelse og utflytting' });
    expect(within(end).getByRole('link', { name: 'Se vedtaket om oppsigelse' })).toHaveAttribute(
      'href',
      `/avtaler/${activeAgreement.id}/reaksjoner#reaksjon-${decisionId}`,
    );
    // the resident's sanctions are the Reaksjoner tab of their case view
    expect(screen.getByRole('link', { name: 'Reaksjoner og vedtak' })).toHaveAttribute(
      'href',
      `/personer/${activeAgreement.person.id}/reaksjoner`,
    );
  });

  it('follows a referral to the property owner and records the owner’s answer (R-SAN-6)', async () => {
    const referral: components['schemas']['Referral'] = {
      id: '7d2f4b6a-8c1e-4a3d-9b5f-0e2c4a6b8d19',
      agreementId: activeAgreement.id,
      facilityId: 'valoyveien-9',
      personId: activeAgreement.person.id,
      sanctionId: '9d0e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f2a',
      status: 'REFERRED',
      referredOn: '2026-11-20',
      referredBy: 'valoya-leder',
    };
    const route = serve({ ...activeAgreement, kind: 'LEASE', facilityId: 'valoyveien-9', referrals: [referral] });
    let body: components['schemas']['ReferralResponseRequest'] | undefined;
    server.use(
      api.post('/api/referrals/{referralId}/response', async ({ request }) => {
        body = await request.json();
        return json({ ...referral, status: 'NOTICE' as const, respondedOn: body.respondedOn, effectiveOn: body.effectiveOn ?? undefined });
      }),
    );
    renderApp(route, { roles: ['botiltak'], facilities: ['valoyveien-9'] });
    const section = await screen.findByRole('region', { name: 'Henvisninger til eieren' });
    const item = within(section).getByRole('article', { name: 'Henvist 20.11.2026' });
    expect(item).toHaveTextContent('Henvist, venter på svar fra eieren');
    expect(within(item).getByRole('link', { name: 'Se vedtaket om henvisning' })).toHaveAttribute(
      'href',
      `/avtaler/${activeAgreement.id}/reaksjoner#reaksjon-${referral.sanctionId}`,
    );
    await userEvent.click(within(item).getByRole('button', { name: 'Registrer svar fra eieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Registrer svar fra eieren' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Eieren sa opp leieforholdet' }));
    await userEvent.clear(within(dialog).getByLabelText('Eieren svarte'));
    await userEvent.type(within(dialog).getByLabelText('Eieren svarte'), '19.11.2026');
    await userEvent.type(within(dialog).getByLabelText('Utfallet'), 'Oppsagt etter gjentatte klager.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer svaret' }));
    const summary = within(dialog).getByRole('group', { name: /rette opp følgende feil/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Eieren kan ikke ha svart før henvisningen 20.11.2026', 'Skriv datoen oppsigelsen eller fravikelsen gjelder fra']);
    expect(body).toBeUndefined();

    await userEvent.clear(within(dialog).getByLabelText('Eieren svarte'));
    await userEvent.type(within(dialog).getByLabelText('Eieren svarte'), '25.11.2026');
    await userEvent.type(within(dialog).getByLabelText('Gjelder fra'), '28.02.2027');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrer svaret' }));
    expect(await screen.findByText('Svaret fra eieren er registrert.')).toBeInTheDocument();
    expect(body).toEqual({
      response: 'NOTICE',
      respondedOn: '2026-11-25',
      effectiveOn: '2027-02-28',
      outcome: 'Oppsagt etter gjentatte klager.',
    });
  });
});
