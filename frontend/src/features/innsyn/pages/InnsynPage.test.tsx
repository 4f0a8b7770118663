import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { api, json, problem } from '../../../test/api';
import { draftAgreement } from '../../../test/fixtures/agreement';
import { innsynListed, kariInnsyn } from '../../../test/fixtures/innsyn';
import { submittedIntake } from '../../../test/fixtures/intake';
import { kari } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

const route = `/personer/${kari.id}/innsyn`;

/** Serves Kari's innsyn and records the query of each read. */
function serve(queries: string[] = []) {
  server.use(
    api.get('/api/persons/{personId}/innsyn', ({ request, params }) => {
      queries.push(new URL(request.url).search);
      return params.personId === kari.id
        ? json(kariInnsyn)
        : problem({ type: 'https://bta.kommune.no/problems/not-found', title: 'Finnes ikke', status: 404 });
    }),
  );
  return queries;
}

describe('InnsynPage', () => {
  it('shows the log with who, role, unit, what and outcome, and who may see the person now and why', async () => {
    serve();
    renderApp(route, { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Innsyn for Kari Nordmann' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Innsynslogg (3 oppføringer)' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Tidspunkt', 'Hvem', 'Rolle', 'Enhet', 'Hva', 'Utfall']);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('23.11.2026 kl. 08:02');
    expect(rows[1]).toHaveTextContent('Berit Bakken');
    expect(rows[1]).toHaveTextContent('Ansatt ved botiltak');
    expect(rows[1]).toHaveTextContent('Leste personopplysninger');
    expect(rows[2]).toHaveTextContent('Vist i listen over avtaler ved Bakklandet bo- og tjenestetilbud');
    expect(rows[3]).toHaveTextContent('Avvist: ikke funnet eller ingen tilgang');
    const holders = screen.getByRole('region', { name: 'Hvem kan se opplysningene nå, og hvorfor' });
    expect(holders).toHaveTextContent('Ansatte ved Bakklandet bo- og tjenestetilbud');
    expect(holders).toHaveTextContent('Saksbehandler Hanne Hvalstad ved helse- og velferdskontoret (HVK)');
    expect(holders).toHaveTextContent('Til og med 29.12.2026.');
    expect(holders).toHaveTextContent('Kommunens internkontroll');
    expect(screen.getByRole('status')).toHaveTextContent('Viser hele perioden, alle typer.');
  });

  it('sends the period and kind, checks the dates first, and pages through the log', async () => {
    const queries = serve();
    server.use(
      api.get('/api/persons/{personId}/innsyn', ({ request }) => {
        queries.push(new URL(request.url).search);
        return json({ ...kariInnsyn, items: [innsynListed], totalItems: 120 });
      }),
    );
    renderApp(route, { roles: ['fagleder'], facilities: ['bakklandet'] });
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: 'Velg periode og type' });
    await userEvent.type(within(form).getByLabelText('Fra dato'), '30.11.2026');
    await userEvent.type(within(form).getByLabelText('Til dato'), '01.11.2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Vis loggen' }));
    expect(await screen.findByRole('link', { name: 'Til-datoen kan ikke være før fra-datoen' })).toBeInTheDocument();
    expect(queries).toEqual(['?page=0&size=50']);

    await userEvent.clear(within(form).getByLabelText('Fra dato'));
    await userEvent.type(within(form).getByLabelText('Fra dato'), '01.11.2026');
    await userEvent.clear(within(form).getByLabelText('Til dato'));
    await userEvent.type(within(form).getByLabelText('Til dato'), '30.11.2026');
    await userEvent.selectOptions(within(form).getByLabelText('Type'), 'Vist i liste, søk eller rapport');
    await userEvent.click(within(form).getByRole('button', { name: 'Vis loggen' }));
    await expect.poll(() => queries.at(-1)).toBe('?from=2026-11-01&to=2026-11-30&kind=LIST&page=0&size=50');
    expect(await screen.findByText('Viser 01.11.2026–30.11.2026, vist i liste, søk eller rapport.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    await expect.poll(() => queries.at(-1)).toBe('?from=2026-11-01&to=2026-11-30&kind=LIST&page=1&size=50');
  });

  it('downloads the PDF for the person with the filters shown', async () => {
    serve();
    let pdfQuery: string | undefined;
    server.use(
      api.get('/api/persons/{personId}/innsyn.pdf', ({ request }) => {
        pdfQuery = new URL(request.url).search;
        return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } }) as never;
      }),
    );
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:innsyn'), revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderApp(route, { roles: ['hvk'] });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Lesing');
    await userEvent.click(screen.getByRole('button', { name: 'Vis loggen' }));
    await screen.findByText('Viser hele perioden, lesing.');
    await userEvent.click(screen.getByRole('button', { name: 'Last ned PDF' }));
    await waitFor(() => expect(downloads).toEqual([`innsyn-${kari.id}.pdf`]));
    expect(pdfQuery).toBe('?kind=READ');
  });

  it('says so when the person is out of reach', async () => {
    renderApp('/personer/00000000-0000-4000-8000-000000000000/innsyn', { roles: ['hvk'] });
    serve();
    expect(await screen.findByText('Klarte ikke å hente innsynsloggen')).toBeInTheDocument();
  });

  it('is for HVK and the fagleder only', async () => {
    serve();
    renderApp(route, { roles: ['botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });

  it('is linked from the application for HVK and from the agreement for the fagleder, not for other staff', async () => {
    serve();
    const hvk = renderApp(`/soknader/${submittedIntake.id}`, { roles: ['hvk'] });
    const link = await screen.findByRole('link', { name: 'Innsyn' });
    expect(link).toHaveAttribute('href', `/personer/${submittedIntake.person.id}/innsyn`);
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Innsyn for Kari Nordmann' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tilbake til søknaden' })).toHaveAttribute('href', `/soknader/${submittedIntake.id}`);
    hvk.unmount();

    const leder = renderApp(`/avtaler/${draftAgreement.id}`, { roles: ['fagleder', 'botiltak'], facilities: ['bakklandet'] });
    expect(await screen.findByRole('link', { name: 'Innsyn' })).toHaveAttribute('href', `/personer/${draftAgreement.person.id}/innsyn`);
    leder.unmount();

    renderApp(`/avtaler/${draftAgreement.id}`, { roles: ['botiltak'], facilities: ['bakklandet'] });
    await screen.findByRole('heading', { level: 1, name: /^Avtale – / });
    expect(screen.queryByRole('link', { name: 'Innsyn' })).not.toBeInTheDocument();
  });
});
