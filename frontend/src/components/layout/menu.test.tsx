import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles';
import { renderApp } from '../../test/renderApp';
import { menuFor } from './menu';

const labels = (roles: Role[]) => menuFor(roles).map((item) => item.label);

describe('menuFor', () => {
  it.each<[Role, string[]]>([
    ['hvk', ['Søknader', 'Sletting og anonymisering', 'Botiltak']],
    ['esikt', ['Venteliste', 'Ledige boenheter', 'Statistikk', 'Botiltak']],
    ['botiltak', ['Oversikt', 'Beboere', 'Avtaler', 'Hendelser', 'Statistikk', 'Botiltak']],
    ['fagleder', ['Oversikt', 'Beboere', 'Avtaler', 'Hendelser', 'Godkjenninger', 'Kontrollrapport', 'Statistikk', 'Botiltak']],
    ['okonomi', ['Egenbetaling', 'Botiltak']],
    ['integrasjon', ['Botiltak']],
    ['kontroll', ['Kontrollrapport', 'Statistikk', 'Botiltak']],
  ])('gives %s only its own work areas', (role, expected) => {
    expect(labels([role])).toEqual(expected);
  });

  it('combines the areas of several roles without duplicates', () => {
    expect(labels(['botiltak', 'fagleder'])).toEqual([
      'Oversikt',
      'Beboere',
      'Avtaler',
      'Hendelser',
      'Godkjenninger',
      'Kontrollrapport',
      'Statistikk',
      'Botiltak',
    ]);
  });
});

describe('layout', () => {
  async function menuLinks() {
    const nav = await screen.findByRole('navigation', { name: 'Arbeidsområder' });
    return within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
  }

  it('shows HVK its menu, the user name and a logout button', async () => {
    const { auth } = renderApp('/botiltak', { roles: ['hvk'], name: 'Hanne Hvk' });
    expect(await menuLinks()).toEqual(['Søknader', 'Sletting og anonymisering', 'Botiltak']);
    expect(screen.getByText('Hanne Hvk')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Logg ut' }));
    expect(auth.logoutCalls).toBe(1);
  });

  it('shows ESIKT and økonomi only their menus', async () => {
    const esikt = renderApp('/botiltak', { roles: ['esikt'] });
    expect(await menuLinks()).toEqual(['Venteliste', 'Ledige boenheter', 'Statistikk', 'Botiltak']);
    esikt.unmount();
    renderApp('/botiltak', { roles: ['okonomi'] });
    expect(await menuLinks()).toEqual(['Egenbetaling', 'Botiltak']);
  });

  it('shows the internal control only Kontrollrapport, Statistikk and Botiltak, and refuses the rest', async () => {
    const kontroll = renderApp('/botiltak', { roles: ['kontroll'], name: 'Kristin Tilsynsmo' });
    expect(await menuLinks()).toEqual(['Kontrollrapport', 'Statistikk', 'Botiltak']);
    expect(screen.getByText('Kristin Tilsynsmo')).toBeInTheDocument();
    kontroll.unmount();
    renderApp('/beboere', { roles: ['kontroll'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });

  it('has a skip link to the main content', async () => {
    renderApp('/botiltak', { roles: ['botiltak'] });
    const skip = await screen.findByRole('link', { name: 'Hopp til hovedinnhold' });
    expect(skip).toHaveAttribute('href', '#hovedinnhold');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'hovedinnhold');
  });

  it('opens the Egenbetaling work area for økonomi', async () => {
    renderApp('/egenbetaling', { roles: ['okonomi'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Egenbetaling' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Egenbetaling' })).toBeInTheDocument();
  });

  it('refuses a work area that belongs to another role', async () => {
    renderApp('/egenbetaling', { roles: ['hvk'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument();
  });
});
