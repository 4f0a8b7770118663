import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The facility picker of a report page (Statistikk, Kontrollrapport): waits until it lists exactly
 * these options, checks which one is chosen, and returns it.
 */
export async function expectFacilityPicker(chosen: string, options: string[]): Promise<HTMLElement> {
  const picker = await screen.findByLabelText('Botiltak');
  await waitFor(() =>
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(options),
  );
  expect(picker).toHaveValue(chosen);
  return picker;
}
