import { useCallback, useRef } from 'react';

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}

/**
 * One Idempotency-Key per submission: the same request body sent again after a failure (a
 * network error, a timeout) keeps its key, so the server stores the payment at most once; a
 * changed body, or any submission after a success, gets a new key.
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; body: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const serialized = JSON.stringify(body);
    if (current.current?.body !== serialized) current.current = { key: newKey(), body: serialized };
    return current.current.key;
  }, []);
  const succeeded = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, succeeded };
}
