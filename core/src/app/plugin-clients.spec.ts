import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { definePlugin } from '@hms/sdk';
import { pluginClientFolders, pluginClientUrl } from './plugin-clients';

const folder = mkdtempSync(path.join(tmpdir(), 'hms-plugin-client-'));
const clientModule = path.join(folder, 'linen-client.js');
writeFileSync(clientModule, 'export default {};\n');
const vendor = (client?: { module: string }) =>
  definePlugin({ name: 'linen', version: '1.0.0', sdk: '^1.0.0', ...(client ? { client } : {}) });

describe(pluginClientFolders.name, () => {
  it("answers each vendor plugin's client folder, and the URL the browser loads its module from", () => {
    expect(pluginClientFolders([vendor({ module: clientModule })]).get('linen')).toBe(folder);
    expect(pluginClientUrl(vendor({ module: clientModule }))).toBe('/api/plugins/linen/client/linen-client.js');
  });

  it('leaves out plugins without a client module (the built-in ones)', () => {
    expect(pluginClientFolders([vendor()]).size).toBe(0);
    expect(pluginClientUrl(vendor())).toBeUndefined();
  });

  it('refuses to start on a relative path, a file that is not JavaScript or a missing file, naming the plugin', () => {
    expect(() => pluginClientFolders([vendor({ module: './client.js' })])).toThrow(
      'Plugin "linen": client.module "./client.js" must be an absolute path',
    );
    expect(() => pluginClientFolders([vendor({ module: path.join(folder, 'client.ts') })])).toThrow(
      'must be a built .js or .mjs file',
    );
    expect(() => pluginClientFolders([vendor({ module: path.join(folder, 'gone.js') })])).toThrow(
      'client.module gone.js does not exist',
    );
  });
});
