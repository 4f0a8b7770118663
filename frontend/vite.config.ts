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
    /*
     * The JavaScript budget (issue 16): no chunk over 150 kB gzip and the login landing within 150 kB gzip, checked
     * by `npm run check:budget` (scripts/check-bundle-budget.mjs) from the manifest. The entry holds the login only
     * (main.tsx); the app is one chunk beside it (start.tsx), each work area one more (routes.tsx).
     */
    build: {
      sourcemap: true,
      // raw kB; the recharts chunk, loaded with the charts only, is the largest
      chunkSizeWarningLimit: 400,
      manifest: true,
      rolldownOptions: {
        treeshake: {
          // Designsystemet's React package declares no `sideEffects`, so its barrel would bring every component
          // (and its web components, floating-ui and virtual lists) into the first chunk. Its modules have no side
          // effects of their own; the web components it needs, it imports from @digdir/designsystemet-web, which
          // keeps its side effects (and App.tsx loads it for the whole document after the first render).
          moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
        },
        output: {
          // Libraries that change seldom in chunks of their own, so a new release of the app keeps them cached.
          codeSplitting: {
            groups: [
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
              {
                name: 'designsystemet-web',
                test: /[\\/]node_modules[\\/](@digdir[\\/]designsystemet-web|@u-elements|@floating-ui[\\/](dom|core|utils))[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
});
