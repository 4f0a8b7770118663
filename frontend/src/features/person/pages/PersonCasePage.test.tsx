import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../api/schema.gen';
import type { Role } from '../../../auth/roles';
import { api, json, problem } from '../../../test/api';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';
import { btaHistory, BTA_AGREEMENT_ID } from '../../../test/fixtures/sanction';
import { kari } from '../../../test/fixtures/person';

type Schemas = components['schemas'];

const INTAKE_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const route = `/personer/${kari.id}`;

/** Kari as facility staff see her: living at Bakklandet, with contact details and a primary contact. */
const resident: Schemas['PersonCase'] = {
  id: kari.id,
  name: 'Kari Nordmann',
  nationalIdMasked: '158990 *****',
  birthDate: '1990-09-15',
  age: 36,
  sex: 'FEMALE',
  phone: '+47 900 00 000',
  email: 'kari@example.no',
  navContact: 'NAV-veileder Tor Lien',
  agreement: {
    id: BTA_AGREEMENT_ID,
    kind: 'BTA',
    status: 'ACTIVE',
    facilityId: 'bakklandet',
    facilityName: 'Bakklandet bo- og tjenestetilbud',
    unitLabel: 'H101',
    primaryContact: 'Berit Bakken',
  },
  application: { id: INTAKE_ID, status: 'MOVED_IN', receivedOn: '2026-09-01' },
  access: [{ facilityId: 'bakklandet', reason: 'RESIDENT' }],
};

/** Kari as her HVK caseworker sees her: the application only (HVK reads no agreement). */
const applicant: Schemas['PersonCase'] = {
  ...resident,
  phone: undefined,
  agreement: undefined,
  application: {
    id: INTAKE_ID,
    status: 'ALLOCATED',
    receivedOn: '2026-09-01',
    allocatedFacilityId: 'bakklandet',
    allocatedFacilityName: 'Bakklandet bo- og tjenestetilbud',
    allocatedUnitLabel: 'H102',
  },
  access: [{ reason: 'APPLICATION' }],
};

function serve(person: Schemas['PersonCase']) {
  const reads: string[] = [];
  server.use(
    api.get('/api/persons/{personId}/summary', ({ params }) => {
      reads.push(String(params.personId));
      return json(person);
    }),
  );
  return reads;
}

const staff = (role: Role) => ({ roles: [role], facilities: ['bakklandet'] });

async function tabs() {
  const nav = await screen.findByRole('navigation', { name: 'Faner for personen' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

function term(label: string) {
  const dt = screen.getByText(label, { selector: 'dt' });
  return dt.nextElementSibling?.textContent;
}

describe('PersonCasePage', () => {
  it('shows the fagleder the header with contact details and primary contact, and every tab', async () => {
    const reads = serve(resident);
    renderApp(route, staff('fagleder'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeInTheDocument();
    expect(term('Fødselsnummer')).toBe('158990 *****');
    expect(term('Alder')).toBe('36 år (født 15.09.1990)');
    expect(term('Botiltak og boenhet')).toBe('Bakklandet bo- og tjenestetilbud, H101');
    expect(term('Status')).toBe('Avtale: Gjelder');
    expect(term('Telefon')).toBe('+47 900 00 000');
    expect(term('E-post')).toBe('kari@example.no');
    expect(term('Kontaktperson i NAV')).toBe('NAV-veileder Tor Lien');
    expect(term('Primærkontakt')).toBe('Berit Bakken');
    expect(await tabs()).toEqual(['Oversikt', 'Søknad', 'Avtale', 'Reskontro', 'Reaksjoner', 'Hendelser', 'Kartlegging', 'Innsyn']);
    const nav = screen.getByRole('navigation', { name: 'Faner for personen' });
    expect(within(nav).getByRole('link', { name: 'Oversikt' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Reaksjoner' })).toHaveAttribute('href', `/personer/${kari.id}/reaksjoner`);
    // the overview leads to the agreement and the application
    expect(await screen.findByRole('link', { name: 'Åpne avtalen' })).toHaveAttribute('href', `/avtaler/${BTA_AGREEMENT_ID}`);
    expect(screen.getByRole('link', { name: 'Åpne søknaden' })).toHaveAttribute('href', `/soknader/${INTAKE_ID}`);
    // breadcrumbs from the menu item, and the menu keeps Beboere marked on the detail page
    const crumbs = screen.getByText('Kari Nordmann', { selector: '[aria-current="page"]' }).closest('ds-breadcrumbs') as HTMLElement;
    expect(within(crumbs).getByRole('link', { name: 'Beboere' })).toHaveAttribute('href', '/beboere');
    const menu = screen.getByRole('navigation', { name: 'Arbeidsområder' });
    await waitFor(() => expect(within(menu).getByRole('link', { name: 'Beboere' })).toHaveAttribute('aria-current', 'page'));
    expect(reads).toEqual([kari.id]);
  });

  it('shows botiltak the same tabs except Innsyn (getPersonInnsyn is for hvk and fagleder)', async () => {
    serve(resident);
    renderApp(route, staff('botiltak'));
    expect(await tabs()).toEqual(['Oversikt', 'Søknad', 'Avtale', 'Reskontro', 'Reaksjoner', 'Hendelser', 'Kartlegging']);
  });

  it('shows HVK the application, Innsyn and no agreement tabs; the menu keeps Søknader marked', async () => {
    serve(applicant);
    renderApp(route, { roles: ['hvk'] });
    expect(await tabs()).toEqual(['Oversikt', 'Søknad', 'Innsyn']);
    expect(term('Botiltak og boenhet')).toBe('Bakklandet bo- og tjenestetilbud, H102');
    expect(term('Status')).toBe('Søknad: Tildelt');
    expect(term('Telefon')).toBe('Ikke registrert');
    expect(screen.queryByRole('link', { name: 'Åpne avtalen' })).not.toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Arbeidsområder' });
    await waitFor(() => expect(within(menu).getByRole('link', { name: 'Søknader' })).toHaveAttribute('aria-current', 'page'));
  });

  it('gives HVK no Reaksjoner tab even by its address (getSanctionHistory is for facility staff)', async () => {
    serve(applicant);
    renderApp(`${route}/reaksjoner`, { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });

  it('gives ESIKT and økonomi no case view and reads nothing about the person', async () => {
    for (const role of ['esikt', 'okonomi'] as const) {
      const reads = serve(resident);
      const { unmount } = renderApp(route, { roles: [role] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
      expect(reads).toEqual([]);
      unmount();
    }
  });

  it('opens the Reaksjoner tab with the ladder and a link to the full page for the steps', async () => {
    serve(resident);
    server.use(
      api.get('/api/agreements/{agreementId}/sanction-history', ({ params }) => {
        expect(params.agreementId).toBe(BTA_AGREEMENT_ID);
        return json(btaHistory);
      }),
    );
    renderApp(`${route}/reaksjoner`, staff('botiltak'));
    expect(await screen.findByRole('heading', { name: 'Reaksjonsstigen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Faner for personen' });
    expect(within(nav).getByRole('link', { name: 'Reaksjoner' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /^Åpne reaksjonene/ })).toHaveAttribute('href', `/avtaler/${BTA_AGREEMENT_ID}/reaksjoner`);
    expect(screen.getByText('Ingen reaksjoner er registrert.')).toBeInTheDocument();
    // the tab is the last crumb, after the person
    expect(screen.getByRole('link', { name: 'Kari Nordmann' })).toHaveAttribute('href', route);
    await userEvent.click(within(nav).getByRole('link', { name: 'Oversikt' }));
    expect(await screen.findByRole('link', { name: 'Åpne avtalen' })).toBeInTheDocument();
  });

  it('says so when the person is not found (no care relationship: 404)', async () => {
    server.use(
      api.get('/api/persons/{personId}/summary', () =>
        problem({ type: 'https://bta.kommune.no/problems/not-found', title: 'Fant ikke', status: 404, detail: 'Personen finnes ikke' }),
      ),
    );
    renderApp(route, staff('botiltak'));
    expect(await screen.findByText('Klarte ikke å hente personen')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Faner for personen' })).not.toBeInTheDocument();
  });
});
