import { dirname, join } from 'node:path';

/**
 * The API reference page (Swagger UI). Hospitals often run on closed networks, so every asset is served
 * by the API itself from the installed `swagger-ui-dist` package, never from a CDN. The page carries no
 * inline script, so it works under a `script-src 'self'` Content-Security-Policy: the initializer is a
 * separate asset (`docs-init.js`) that reads the document URL from a data attribute.
 */

/** The initializer's file name under the assets route. */
export const DOCS_INIT_FILE = 'docs-init.js';

/** The only files the assets route serves from swagger-ui-dist, with their content types. */
const SWAGGER_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/**
 * The HTML of the docs page.
 * @example
 * reply.type('text/html; charset=utf-8').send(docsPageHtml());
 */
export function docsPageHtml(openApiUrl = '/api/openapi.json', assetsBase = '/api/docs/assets'): string {
  const asset = (file: string): string => escapeAttribute(`${assetsBase.replace(/\/+$/, '')}/${file}`);
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>HMS API reference</title>
    <link rel="stylesheet" href="${asset('swagger-ui.css')}">
    <link rel="icon" type="image/png" href="${asset('favicon-32x32.png')}" sizes="32x32">
    <link rel="icon" type="image/png" href="${asset('favicon-16x16.png')}" sizes="16x16">
  </head>
  <body>
    <div id="swagger-ui" data-openapi-url="${escapeAttribute(openApiUrl)}"></div>
    <script src="${asset('swagger-ui-bundle.js')}"></script>
    <script src="${asset(DOCS_INIT_FILE)}"></script>
  </body>
</html>
`;
}

/**
 * The initializer script served as `docs-init.js`. `validatorUrl: null` matters: by default Swagger UI
 * sends the document to validator.swagger.io, which a closed network cannot reach and an open one should
 * not be told about. The base layout leaves out the top bar, whose URL box would load any other document.
 */
export function docsInitScript(): string {
  return `'use strict';
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi-url'),
    domNode: root,
    deepLinking: true,
    layout: 'BaseLayout',
    presets: [SwaggerUIBundle.presets.apis],
    validatorUrl: null,
    persistAuthorization: false,
    displayRequestDuration: true,
  });
});
`;
}

let swaggerDir: string | undefined;

/**
 * The absolute path of an allowed swagger-ui-dist file, or `undefined` for any other name. The name is
 * looked up in a fixed list, never joined as given, so `../` and the like cannot reach other files.
 * @example
 * const path = swaggerAssetPath(request.params.file); if (!path) throw new NotFoundError('ASSET_NOT_FOUND');
 */
export function swaggerAssetPath(file: string): string | undefined {
  if (!Object.hasOwn(SWAGGER_ASSETS, file)) return undefined;
  swaggerDir ??= dirname(require.resolve('swagger-ui-dist/package.json'));
  return join(swaggerDir, file);
}

/** The content type of a docs asset (the swagger-ui-dist files and `docs-init.js`), or `undefined`. */
export function docsAssetContentType(file: string): string | undefined {
  if (file === DOCS_INIT_FILE) return 'text/javascript; charset=utf-8';
  return Object.hasOwn(SWAGGER_ASSETS, file) ? SWAGGER_ASSETS[file] : undefined;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
