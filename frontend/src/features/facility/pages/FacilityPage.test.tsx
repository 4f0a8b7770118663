import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import { api, json, problem } from '../../../test/api';
import { bakklandetRules } from '../../../test/fixtures/facility';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

const NBSP = '\u00a0';
const fagleder = { roles: ['fagleder' as const], facilities: ['bakklandet'] };

describe('FacilityPage', () => {
  // textContent, not toHaveTextContent: the latter folds the non-breaking spaces we check for.
  it('shows the terms in Norwegian with the fee in kroner', async () => {
    renderApp('/botiltak/bakklandet', { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bakklandet bo- og tjenestetilbud' })).toBeInTheDocument();
    const terms = screen.getByRole('region', { name: 'Vilkår' });
    expect(terms).toHaveTextContent('Bo- og tjenesteavtale');
    expect(terms).toHaveTextContent('Rusfritt hus – ingen rusmidler, heller ikke alkohol');
    expect(terms.textContent).toContain(`kr${NBSP}5${NBSP}000`);
    expect(terms.textContent).toContain(`14${NBSP}dager`);
    expect(terms.textContent).toContain(`5${NBSP}dager`);
    expect(terms.textContent).toContain(`730${NBSP}dager`);
    expect(terms).toHaveTextContent('Fare for liv eller helse');
    expect(terms).toHaveTextContent('Støy og uro');
  });

  it('lists the units with status in Norwegian', async () => {
    renderApp('/botiltak/bakklandet', { roles: ['hvk'] });
    const table = await screen.findByRole('table', { name: 'Boenheter i Bakklandet bo- og tjenestetilbud' });
    const statuses = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(statuses).toEqual(['Ledig', 'Tildelt', 'Bebodd']);
    expect(within(table).getAllByText('Hybel')).toHaveLength(3);
  });

  it('shows the current house rules and lets the user pick an earlier version', async () => {
    renderApp('/botiltak/bakklandet', { roles: ['hvk'] });
    const rules = await screen.findByRole('region', { name: 'Husordensregler og HMS-regler' });
    expect(await within(rules).findByText('Overnattingsgjester avtales med personalet.')).toBeInTheDocument();
    expect(rules).toHaveTextContent('gjelder fra 01.01.2014');
    await userEvent.selectOptions(within(rules).getByLabelText('Vis versjon'), '1');
    expect(rules).toHaveTextContent('gjelder fra 01.05.2013');
    expect(within(rules).queryByText('Overnattingsgjester avtales med personalet.')).not.toBeInTheDocument();
  });

  it('shows the new-version form only to a fagleder of this facility', async () => {
    const staff = renderApp('/botiltak/bakklandet', { roles: ['botiltak'], facilities: ['bakklandet'] });
    await screen.findByText('Overnattingsgjester avtales med personalet.');
    expect(screen.queryByRole('form', { name: 'Ny versjon av husordensreglene' })).not.toBeInTheDocument();
    staff.unmount();

    const otherLeader = renderApp('/botiltak/bakklandet', { roles: ['fagleder'], facilities: ['heidrunsenteret'] });
    await screen.findByText('Overnattingsgjester avtales med personalet.');
    expect(screen.queryByRole('form', { name: 'Ny versjon av husordensreglene' })).not.toBeInTheDocument();
    otherLeader.unmount();

    renderApp('/botiltak/bakklandet', fagleder);
    expect(await screen.findByRole('form', { name: 'Ny versjon av husordensreglene' })).toBeInTheDocument();
  });
});

describe('HouseRulesForm', () => {
  async function openForm() {
    renderApp('/botiltak/bakklandet', fagleder);
    return screen.findByRole('form', { name: 'Ny versjon av husordensreglene' });
  }

  it('checks the fields in Norwegian before sending', async () => {
    let posted = false;
    server.use(
      api.post('/api/facilities/{facilityId}/house-rules', () => {
        posted = true;
        return json(bakklandetRules.versions[0]!, { status: 201 });
      }),
    );
    const form = await openForm();
    await userEvent.clear(within(form).getByLabelText('Husordensregler'));
    await userEvent.type(within(form).getByLabelText('Gjelder fra'), '31.02.2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre ny versjon' }));

    const summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Skriv en gyldig dato på formen dd.mm.åååå' })).toHaveAttribute(
      'href',
      '#ny-husorden-validFrom',
    );
    expect(within(summary).getByRole('link', { name: 'Skriv minst én husordensregel' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Husordensregler')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });

  it('posts a NewHouseRulesVersion based on the current version', async () => {
    let body: components['schemas']['NewHouseRulesVersion'] | undefined;
    server.use(
      api.post('/api/facilities/{facilityId}/house-rules', async ({ request }) => {
        body = await request.json();
        return json({ ...bakklandetRules.versions[0]!, version: 3 }, { status: 201 });
      }),
    );
    const form = await openForm();
    await userEvent.type(within(form).getByLabelText('Gjelder fra'), '01.12.2026');
    await userEvent.type(within(form).getByLabelText('Hva er endret'), 'Ny regel om dyr');
    await userEvent.type(within(form).getByLabelText('Husordensregler'), '\nDyr er ikke tillatt.');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre ny versjon' }));

    expect(await screen.findByText('Versjon 3 er lagret og er nå gjeldende versjon.')).toBeInTheDocument();
    expect(body).toEqual({
      basedOnVersion: 2,
      validFrom: '2026-12-01',
      changeNote: 'Ny regel om dyr',
      houseRules: [
        { number: 1, text: 'Huset er rusfritt.' },
        { number: 2, text: 'Overnattingsgjester avtales med personalet.' },
        { number: 3, text: 'Dyr er ikke tillatt.' },
      ],
      hmsRules: [{ number: 1, text: 'Røyking er ikke tillatt innendørs.' }],
    });
  });

  it('shows server violations next to the fields and in the error summary', async () => {
    server.use(
      api.post('/api/facilities/{facilityId}/house-rules', () =>
        problem({
          type: 'https://bta.kommune.no/problems/validation',
          title: 'Ugyldige felt',
          status: 422,
          violations: [
            { field: 'validFrom', message: 'Datoen kan ikke være før gjeldende versjon' },
            { field: 'hmsRules[0].text', message: 'Regelen er for lang' },
            { field: 'basedOnVersion', message: 'Ukjent versjon' },
          ],
        }),
      ),
    );
    const form = await openForm();
    await userEvent.type(within(form).getByLabelText('Gjelder fra'), '01.01.2010');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre ny versjon' }));

    const summary = await within(form).findByRole('group', { name: /rette opp følgende feil/ });
    expect(within(summary).getByRole('link', { name: 'Datoen kan ikke være før gjeldende versjon' })).toHaveAttribute(
      'href',
      '#ny-husorden-validFrom',
    );
    expect(within(summary).getByRole('link', { name: 'Regelen er for lang' })).toHaveAttribute('href', '#ny-husorden-hmsRules');
    expect(within(summary).getByText('Ukjent versjon')).toBeInTheDocument();

    const dateInput = within(form).getByLabelText('Gjelder fra');
    expect(dateInput).toHaveAttribute('aria-invalid', 'true');
    expect(dateInput.closest('ds-field')).toHaveTextContent('Datoen kan ikke være før gjeldende versjon');
    expect(within(form).getByLabelText('HMS-regler').closest('ds-field')).toHaveTextContent('Regelen er for lang');
  });

  it('explains a 409 as a concurrent change', async () => {
    server.use(
      api.post('/api/facilities/{facilityId}/house-rules', () =>
        problem({
          type: 'https://bta.kommune.no/problems/stale-version',
          title: 'Noen andre har endret dette i mellomtiden',
          status: 409,
        }),
      ),
    );
    const form = await openForm();
    await userEvent.type(within(form).getByLabelText('Gjelder fra'), '01.12.2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre ny versjon' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Noen andre har endret reglene i mellomtiden – last siden på nytt');
  });

  it('lets a fagleder withdraw a conversion under way, with the reason (R-FAC-3)', async () => {
    const proposed: components['schemas']['Conversion'] = {
      id: '4d2b8f6a-1c3e-4a5b-9d7f-0e2c4a6b8d10',
      facilityId: 'bakklandet',
      fromKind: 'BTA',
      toKind: 'LEASE',
      effectiveOn: '2027-01-01',
      reason: 'Vedtatt overgang til ordinære husleiekontrakter',
      status: 'PROPOSED',
      collectsEgenbetaling: false,
      proposedBy: 'Lars Leder, fagleder',
      proposedByYou: true,
      proposedAt: '2026-12-01T09:12:40Z',
      houseRules: [{ number: 1, text: 'Leiligheten skal holdes i stand.' }],
      hmsRules: [{ number: 1, text: 'Rømningsveier skal holdes frie.' }],
      endedAgreements: [],
      successorDrafts: [],
    };
    let body: components['schemas']['ConversionWithdrawal'] | undefined;
    server.use(
      api.get('/api/facilities/{facilityId}/conversions', () => json({ items: [proposed], page: 0, size: 20, totalItems: 1 })),
      api.post('/api/facilities/{facilityId}/conversions/{conversionId}/withdrawal', async ({ request }) => {
        body = await request.json();
        const withdrawn = { ...proposed, status: 'WITHDRAWN' as const, withdrawalReason: body.reason };
        server.use(
          api.get('/api/facilities/{facilityId}/conversions', () => json({ items: [withdrawn], page: 0, size: 20, totalItems: 1 })),
        );
        return json(withdrawn);
      }),
    );
    renderApp('/botiltak/bakklandet', { ...fagleder, username: 'bakklandet-leder' });
    await userEvent.click(await screen.findByRole('button', { name: 'Trekk tilbake endringen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trekk tilbake endringen av avtaleform' });
    expect(dialog).toHaveTextContent('Endringen til husleiekontrakt fra 01.01.2027 trekkes tilbake.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Trekk tilbake endringen' }));
    expect(within(dialog).getByRole('link', { name: 'Skriv hvorfor endringen trekkes tilbake' })).toBeInTheDocument();
    expect(body).toBeUndefined();
    await userEvent.type(within(dialog).getByLabelText('Hvorfor trekkes endringen tilbake?'), 'Eieren trakk avtalen.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Trekk tilbake endringen' }));
    expect(await screen.findByText('Endringen av avtaleform er trukket tilbake.')).toBeInTheDocument();
    expect(body).toEqual({ reason: 'Eieren trakk avtalen.' });
    expect(screen.queryByRole('button', { name: 'Trekk tilbake endringen' })).not.toBeInTheDocument();
  });
});
