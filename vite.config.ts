import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaShell } from './scripts/pwa-shell-plugin.js';

// The web app lives in src/web and is served by the Fastify server from dist/web in production.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  publicDir: 'public',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The server's CSP forbids inline scripts, and tiny assets inlined as data: URLs would muddle caching.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change rarely and the app often: separate chunks keep the big, stable parts
        // cached across updates, so an update downloads only what changed.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|i18next-icu|react-i18next|intl-messageformat|@formatjs)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  plugins: [
    react(),
    pwaShell({
      publicDir: fileURLToPath(new URL('./src/web/public', import.meta.url)),
      manifest: {
        name: 'Steady',
        short_name: 'Steady',
        description: 'A calm, private space to notice the urge, pause, soothe yourself and bring what you need to an agreed moment.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f3ed',
        theme_color: '#2f6a63',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
