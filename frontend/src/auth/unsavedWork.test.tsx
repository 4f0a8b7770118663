import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionWarning } from './SessionWarning';
import { shouldWarn, trackUnsavedWork, WARN_BEFORE_MS } from './unsavedWork';

const now = Date.UTC(2026, 11, 2, 12, 0);

describe('shouldWarn', () => {
  it('warns about unsaved text when the session ends within five minutes, or has ended', () => {
    expect(shouldWarn({ now, expiresAt: now + WARN_BEFORE_MS, dirty: true })).toBe(true);
    expect(shouldWarn({ now, expiresAt: now + 60_000, dirty: true })).toBe(true);
    expect(shouldWarn({ now, expiresAt: now - 1, dirty: true })).toBe(true);
  });

  it('stays quiet with time left, without unsaved text, or without a known end', () => {
    expect(shouldWarn({ now, expiresAt: now + WARN_BEFORE_MS + 1, dirty: true })).toBe(false);
    expect(shouldWarn({ now, expiresAt: now + 60_000, dirty: false })).toBe(false);
    expect(shouldWarn({ now, expiresAt: undefined, dirty: true })).toBe(false);
  });
});

function Forms() {
  return (
    <>
      <form aria-label="Hendelse" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="beskrivelse">Beskrivelse</label>
        <textarea id="beskrivelse" />
        <label>
          <input type="checkbox" /> Alvorlig
        </label>
        <button type="submit">Lagre</button>
      </form>
      <form role="search" aria-label="Søk">
        <label htmlFor="sok">Navn</label>
        <input id="sok" type="text" />
      </form>
    </>
  );
}

describe('trackUnsavedWork', () => {
  let dispose = () => undefined as void;
  afterEach(() => dispose());

  it('counts a form from the first typed text until it is submitted', async () => {
    render(<Forms />);
    const tracker = trackUnsavedWork(document);
    dispose = tracker.dispose;
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alvorlig' }));
    await userEvent.type(screen.getByLabelText('Navn'), 'Kari');
    expect(tracker.hasUnsavedWork()).toBe(false);

    await userEvent.type(screen.getByLabelText('Beskrivelse'), 'Bråk i gangen');
    expect(tracker.hasUnsavedWork()).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(tracker.hasUnsavedWork()).toBe(false);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('forgets a form that has left the page (a dialog closed)', async () => {
    const { unmount } = render(<Forms />);
    const tracker = trackUnsavedWork(document);
    dispose = tracker.dispose;
    await userEvent.type(screen.getByLabelText('Beskrivelse'), 'Tekst');
    expect(tracker.hasUnsavedWork()).toBe(true);
    unmount();
    expect(tracker.hasUnsavedWork()).toBe(false);
  });
});

describe('SessionWarning', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the warning once a form holds typed text and the session ends within five minutes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let end = Date.now() + 20 * 60_000;
    const renewSession = vi.fn(() => {
      end = Date.now() + 30 * 60_000;
      return Promise.resolve();
    });
    render(
      <>
        <Forms />
        <SessionWarning auth={{ sessionExpiresAt: () => end, renewSession }} />
      </>,
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(screen.getByLabelText('Beskrivelse'), 'Bråk i gangen');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(15 * 60_000));
    expect(screen.getByRole('alert')).toHaveTextContent('Du blir snart logget ut – lagre det du skriver.');
    await user.click(screen.getByRole('button', { name: 'Forbli innlogget' }));
    expect(renewSession).toHaveBeenCalledOnce();
    // Renewed: half an hour left again.
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('says nothing without unsaved text, however close the end', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const end = Date.now() + 60_000;
    render(
      <>
        <Forms />
        <SessionWarning auth={{ sessionExpiresAt: () => end }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
