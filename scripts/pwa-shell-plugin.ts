import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { pushHandlers } from './sw-push.js';

/**
 * Makes the built web app installable and usable offline: a web manifest, a service worker that
 * precaches the app shell (never /api, so private words never sit in a cache), and a separate
 * registration script (the CSP allows no inline scripts).
 *
 * Hand-written instead of vite-plugin-pwa: that plugin builds its worker with workbox-build, which
 * depends on rollup, and the registry this project installs from has no rollup binaries for other
 * platforms, so npm 11 rejects the lock file in `npm ci`. The worker needs about forty lines.
 */
export interface ShellOptions {
  manifest: Record<string, unknown>;
  /** Public files (relative to the public folder) worth caching, e.g. icons. */
  publicDir: string;
}

export function pwaShell(opts: ShellOptions): Plugin {
  return {
    name: 'steady-pwa-shell',
    apply: 'build',
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'script', attrs: { src: '/registerSW.js', defer: true }, injectTo: 'head' },
      ];
    },
    generateBundle(_options, bundle) {
      const publicFiles = listFiles(opts.publicDir);
      const built = Object.keys(bundle).filter((f) => /\.(js|css|html|png|svg|woff2?)$/.test(f));
      // The page asks for its manifest and registration script too: a cold start offline finds them here.
      const emitted = ['manifest.webmanifest', 'registerSW.js'];
      const shell = ['/', ...new Set([...built, ...publicFiles, ...emitted])].map((f) => (f.startsWith('/') ? f : `/${f}`)).sort();
      // The cache name changes whenever any built file changes, so an update replaces the old shell.
      const version = createHash('sha256')
        .update(
          Object.values(bundle)
            .map((o) => ('code' in o ? o.code : String(o.source)))
            .join('\n'),
        )
        .digest('hex')
        .slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(opts.manifest, null, 2) });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker(version, shell) + pushHandlers(pushIcon(opts.manifest)) });
      this.emitFile({
        type: 'asset',
        fileName: 'registerSW.js',
        source:
          "if ('serviceWorker' in navigator) window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js', { scope: '/' }));\n",
      });
    },
  };
}

/** The manifest's first plain ("any") icon: what a notification shows beside its words. */
function pushIcon(manifest: Record<string, unknown>): string {
  const icons = (manifest.icons ?? []) as { src: string; purpose?: string }[];
  return (icons.find((i) => (i.purpose ?? 'any') === 'any') ?? icons[0])?.src ?? '/icons/icon-192.png';
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

function worker(version: string, shell: string[]): string {
  return `// Generated at build time by scripts/pwa-shell-plugin.ts.
const CACHE = 'steady-shell-${version}';
const SHELL = ${JSON.stringify(shell)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('steady-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only the app's own shell: API answers (private words, and the live stream /api/v1/events,
  // which must reach the page as it is written) are never cached, served from cache or touched.
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (event.request.mode === 'navigate') {
    // Fresh page when online; the cached shell when not, so SOS and the app still open offline.
    // A plain page of its own in the shell (the quick exit's) is answered as itself.
    const own = url.pathname.endsWith('.html') && SHELL.includes(url.pathname) ? url.pathname : '/';
    event.respondWith(fetch(event.request).catch(() => caches.match(own, { cacheName: CACHE })));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(event.request, { cacheName: CACHE }).then((hit) => hit || fetch(event.request)));
  }
});
`;
}
