import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ChartWithTable, chartLabel, type ChartBar } from './BarChart';

const stay: ChartBar[] = [
  { label: '0–30 dager', shortLabel: '0–30', value: 0, display: '0' },
  { label: '31–60 dager', shortLabel: '31–60', value: 1, display: '1' },
  { label: '731 dager eller mer', shortLabel: '731+', value: 3, display: '3' },
];

const destinations: ChartBar[] = [
  { label: 'Kommunal utleiebolig', value: 2, display: '2' },
  { label: 'Privat leiebolig', value: 1, display: '1' },
];

function renderCharts() {
  return render(
    <main>
      <h1>Statistikk</h1>
      <ChartWithTable
        id="botid"
        title="Botid"
        tableCaption="Botid i dager, tabell"
        headers={['Botid (dager)', 'Antall beboere']}
        orientation="vertical"
        bars={stay}
      />
      <ChartWithTable
        id="bosted"
        title="Utflyttinger etter bosted"
        tableCaption="Utflyttinger etter bosted, tabell"
        headers={['Bosted', 'Antall']}
        orientation="horizontal"
        bars={destinations}
      />
    </main>,
  );
}

describe('ChartWithTable', () => {
  it('names each chart for what it shows and points to the table, which holds every figure', async () => {
    renderCharts();
    expect(chartLabel('Botid', 'vertical')).toBe('Botid: søylediagram. Tallene står i tabellen under.');
    const columns = screen.getByRole('img', { name: 'Botid: søylediagram. Tallene står i tabellen under.' });
    const bars = screen.getByRole('img', { name: 'Utflyttinger etter bosted: liggende stolpediagram. Tallene står i tabellen under.' });

    // The table follows its chart in the same region and has a row per bar.
    const stayRegion = screen.getByRole('region', { name: 'Botid' });
    expect(within(stayRegion).getByRole('img')).toBe(columns);
    const stayTable = within(stayRegion).getByRole('table', { name: 'Botid i dager, tabell' });
    expect(columns.compareDocumentPosition(stayTable) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(stayTable)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['0–30 dager0', '31–60 dager1', '731 dager eller mer3']);

    // The chart is drawn (recharts, loaded on demand) with the axis labels and the figures on the bars.
    expect(await within(columns).findByText('731+')).toBeInTheDocument();
    expect(await within(bars).findByText('Kommunal utleiebolig')).toBeInTheDocument();
    expect(bars.querySelectorAll('.recharts-label-list text')).toHaveLength(2);
  });

  it('is not a keyboard stop: no role="application" and nothing tabbable inside the chart', async () => {
    renderCharts();
    for (const chart of screen.getAllByRole('img')) {
      await waitFor(() => expect(chart.querySelector('svg.recharts-surface')).not.toBeNull());
      expect(chart.querySelector('[role="application"]')).toBeNull();
      const tabbable = [...chart.querySelectorAll('[tabindex]')].filter((el) => el.getAttribute('tabindex') !== '-1');
      expect(tabbable).toEqual([]);
    }
  });

  it('has no WCAG 2.1 A/AA violations axe can find without layout (contrast is checked end to end)', async () => {
    const { container } = renderCharts();
    await waitFor(() => expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(2));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(result.passes.map((v) => v.id)).toEqual(expect.arrayContaining(['role-img-alt', 'nested-interactive']));
  });

  it('leaves the figures off long series of columns (they would overlap), not off the table', async () => {
    const months: ChartBar[] = Array.from({ length: 14 }, (_, i) => ({ label: `måned ${i + 1}`, value: i + 1, display: `${i + 1}` }));
    render(
      <ChartWithTable
        id="belegg"
        title="Belegg per måned"
        tableCaption="Belegg per måned, tabell"
        headers={['Måned', 'Belegg']}
        orientation="vertical"
        bars={months}
      />,
    );
    const chart = screen.getByRole('img', { name: /^Belegg per måned: søylediagram/ });
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(14));
    expect(chart.querySelectorAll('.recharts-label-list text')).toHaveLength(0);
    expect(within(screen.getByRole('table', { name: 'Belegg per måned, tabell' })).getAllByRole('row')).toHaveLength(15);
  });

  it('says there is nothing to show instead of drawing an empty chart', () => {
    render(
      <ChartWithTable
        id="botid"
        title="Botid"
        tableCaption="Botid i dager, tabell"
        headers={['Botid (dager)', 'Antall beboere']}
        orientation="vertical"
        bars={[]}
      />,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('Ingen tall å vise.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Botid i dager, tabell' })).toBeInTheDocument();
  });
});
