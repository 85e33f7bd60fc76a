import { existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { DOCS_INIT_FILE, docsAssetContentType, docsInitScript, docsPageHtml, swaggerAssetPath } from './docs-page';

describe(docsPageHtml.name, () => {
  const html = docsPageHtml();

  it('loads Swagger UI and the initializer from the local assets route', () => {
    expect(html).toContain('<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">');
    expect(html).toContain('<script src="/api/docs/assets/swagger-ui-bundle.js"></script>');
    expect(html).toContain(`<script src="/api/docs/assets/${DOCS_INIT_FILE}"></script>`);
    expect(html).toContain('data-openapi-url="/api/openapi.json"');
  });

  it('reaches no other host (no CDN) and has no inline script', () => {
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/ src="/);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/ on[a-z]+=/);
  });

  it('uses the given URLs, escaped', () => {
    const custom = docsPageHtml('/v2/openapi.json?x="<y>"', '/static/docs/');
    expect(custom).toContain('data-openapi-url="/v2/openapi.json?x=&quot;&lt;y&gt;&quot;"');
    expect(custom).toContain('src="/static/docs/swagger-ui-bundle.js"');
  });
});

describe(docsInitScript.name, () => {
  it('starts Swagger UI on the document URL without the online validator', () => {
    let options: Record<string, unknown> | undefined;
    let onLoad: (() => void) | undefined;
    const root = { getAttribute: (name: string) => (name === 'data-openapi-url' ? '/api/openapi.json' : null) };
    const SwaggerUIBundle = Object.assign((o: Record<string, unknown>) => ((options = o), {}), {
      presets: { apis: 'apis' },
    });
    const window = { addEventListener: (event: string, fn: () => void) => event === 'load' && (onLoad = fn) };
    runInNewContext(docsInitScript(), { window, document: { getElementById: () => root }, SwaggerUIBundle });
    onLoad?.();
    expect(options).toMatchObject({
      url: '/api/openapi.json',
      domNode: root,
      validatorUrl: null,
      layout: 'BaseLayout',
    });
  });
});

describe(swaggerAssetPath.name, () => {
  it.each(['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png', 'favicon-16x16.png'])(
    'resolves %s inside swagger-ui-dist',
    (file) => {
      const path = swaggerAssetPath(file);
      expect(path).toMatch(new RegExp(`swagger-ui-dist[/\\\\]${file.replace('.', '\\.')}$`));
      expect(existsSync(path as string)).toBe(true);
    },
  );

  it.each([
    '../package.json',
    '..%2Fpackage.json',
    '/etc/passwd',
    'index.html',
    'swagger-initializer.js',
    'swagger-ui-bundle.js.map',
    '__proto__',
    'constructor',
    '',
    DOCS_INIT_FILE,
  ])('refuses %p', (file) => {
    expect(swaggerAssetPath(file)).toBeUndefined();
  });

  it('gives the content type of each asset and nothing for other names', () => {
    expect(docsAssetContentType('swagger-ui-bundle.js')).toBe('text/javascript; charset=utf-8');
    expect(docsAssetContentType(DOCS_INIT_FILE)).toBe('text/javascript; charset=utf-8');
    expect(docsAssetContentType('swagger-ui.css')).toBe('text/css; charset=utf-8');
    expect(docsAssetContentType('favicon-16x16.png')).toBe('image/png');
    expect(docsAssetContentType('toString')).toBeUndefined();
  });
});
