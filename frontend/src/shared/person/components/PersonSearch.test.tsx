import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api, json } from '../../../test/api';
import { kari } from '../../../test/fixtures/person';
import { renderApp } from '../../../test/renderApp';
import { server } from '../../../test/server';

const NUMBER = '15899044492';

describe('PersonSearch', () => {
  it('R-ACC-2: sends the number in the body of a POST, never in the URL', async () => {
    const sent: { method: string; url: string; body: unknown }[] = [];
    server.use(
      api.post('/api/persons/search', async ({ request }) => {
        sent.push({ method: request.method, url: request.url, body: await request.clone().json() });
        return json({ items: [kari], page: 0, size: 20, totalItems: 1 });
      }),
    );
    renderApp('/soknader/ny', { roles: ['hvk'] });
    const search = await screen.findByRole('search', { name: 'Finn søkeren' });
    await userEvent.type(within(search).getByLabelText('Navn eller fødselsnummer'), ` ${NUMBER} `);
    await userEvent.click(within(search).getByRole('button', { name: 'Søk' }));

    expect(await screen.findByRole('button', { name: 'Velg Kari Nordmann' })).toBeInTheDocument();
    expect(screen.getByText('Fant 1 person')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].body).toEqual({ query: NUMBER });
    expect(sent[0].url).not.toMatch(/\d{6}/);
    expect(new URL(sent[0].url).searchParams.get('size')).toBe('20');
  });
});
