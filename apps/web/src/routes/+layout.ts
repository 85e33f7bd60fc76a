// A single-page app: nothing is rendered on a server or prerendered; the API serves index.html for every route.
export const ssr = false;
export const prerender = false;
