/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the app itself (its HTML, scripts and styles, never API answers) in the browser, so a page reloaded
// offline still opens and the outbox and opened patients in IndexedDB stay usable.
import { build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `hms-app-${version}`;
const APP_SHELL = '/';
const ASSETS = [...build, ...files, APP_SHELL];

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/health') return; // data: always the network
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (request.mode === 'navigate') {
    // Any client route: the network's index.html when online, the kept one when not.
    event.respondWith(fetch(request).catch(async () => (await caches.match(APP_SHELL)) ?? Response.error()));
  }
});
