import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

const backend = 'http://127.0.0.1:8080';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: backend, changeOrigin: false },
  '/q': { target: backend, changeOrigin: false },
};

/**
 * The SPA's Content-Security-Policy (the same as deploy/nginx.conf): scripts from its own origin only, never
 * inline; inline styles because Designsystemet's web components fall back to <style> elements; the API on the
 * same origin and Keycloak for tokens. keycloak-js runs without iframes (checkLoginIframe off, no silent
 * check-sso), so no frames are loaded, and no one may frame the app (frame-ancestors, in a header only).
 */
export function contentSecurityPolicy(keycloakUrl: string, asHeader: boolean): string {
  const keycloakOrigin = new URL(keycloakUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${keycloakOrigin}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${keycloakOrigin}`,
    // a <meta> policy may not name frame-ancestors
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** The security headers `vite preview` sends with every answer, as nginx does in production. */
export function securityHeaders(keycloakUrl: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(keycloakUrl, true),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * The policy also as a <meta> tag in the built index.html, for any server that sends none. Not applied to the
 * dev server, whose hot reload needs inline scripts.
 */
function contentSecurityPolicyMeta(keycloakUrl: string): Plugin {
  return {
    name: 'bta-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(keycloakUrl, false),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const keycloakUrl = env.VITE_KEYCLOAK_URL || 'http://localhost:8180';
  return {
    plugins: [react(), contentSecurityPolicyMeta(keycloakUrl)],
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      proxy,
      headers: securityHeaders(keycloakUrl),
    },
    // One bundle for an intranet app; Designsystemet with its icons is most of it.
    build: { sourcemap: true, chunkSizeWarningLimit: 1000 },
  };
});
