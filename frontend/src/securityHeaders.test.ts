import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
import viteConfig, { contentSecurityPolicy } from '../vite.config';

/** Issue 15: the SPA as `vite preview` serves it carries the same security headers as nginx in production. */
describe('vite preview security headers', () => {
  const config = (viteConfig as (env: { mode: string; command: 'build' | 'serve'; isPreview: boolean }) => UserConfig)({
    mode: 'production',
    command: 'serve',
    isPreview: true,
  });
  const headers = (config.preview?.headers ?? {}) as Record<string, string>;

  it('allows scripts from its own origin only and no framing', () => {
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' http://localhost:8180");
    expect(csp).toContain("object-src 'none'");
  });

  it('sends nosniff, no referrer and DENY', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(contentSecurityPolicy('http://localhost:8180', false)).not.toContain('frame-ancestors');
  });
});
