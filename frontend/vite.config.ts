import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

const backend = 'http://127.0.0.1:8080';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: backend, changeOrigin: false },
  '/q': { target: backend, changeOrigin: false },
};

/**
 * Content-Security-Policy for the built app: the SPA may talk to its own origin and to
 * Keycloak only. Not applied to the dev server, whose hot reload needs inline scripts.
 */
function contentSecurityPolicy(keycloakUrl: string): Plugin {
  const keycloakOrigin = new URL(keycloakUrl).origin;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${keycloakOrigin}`,
    `frame-src ${keycloakOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  return {
    name: 'bta-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const keycloakUrl = env.VITE_KEYCLOAK_URL || 'http://localhost:8180';
  return {
    plugins: [react(), contentSecurityPolicy(keycloakUrl)],
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
    // One bundle for an intranet app; Designsystemet with its icons is most of it.
    build: { sourcemap: true, chunkSizeWarningLimit: 1000 },
  };
});
