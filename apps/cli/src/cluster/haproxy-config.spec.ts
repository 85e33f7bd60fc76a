import { haproxyConfig } from './haproxy-config';

describe(haproxyConfig.name, () => {
  const config = haproxyConfig({
    host: '127.0.0.1',
    port: 8080,
    apis: [
      { name: 'api1', port: 3001 },
      { name: 'api2', port: 3002 },
    ],
  });
  const backend = (name: string): string => config.split(new RegExp(`^backend ${name}$`, 'm'))[1]!.split('\n\n')[0]!;

  it('listens where asked and lists every API process in each backend, health-checked', () => {
    expect(config).toContain('bind 127.0.0.1:8080');
    for (const name of ['hms_api', 'hms_live', 'hms_collab']) {
      expect(backend(name)).toContain('server api1 127.0.0.1:3001 check');
      expect(backend(name)).toContain('server api2 127.0.0.1:3002 check');
      expect(backend(name)).toContain('option httpchk GET /health');
    }
  });

  it('keeps a co-edited document on one process and spreads everything else by open requests', () => {
    expect(backend('hms_collab')).toMatch(/balance uri\n\s+hash-type consistent/);
    expect(backend('hms_api')).toContain('balance leastconn');
    expect(config).toMatch(/use_backend hms_collab if collab/);
  });

  it('never replays a request that may have reached a process', () => {
    expect(config).toContain('retry-on conn-failure');
    expect(config).not.toMatch(/retry-on .*(response-timeout|empty-response|all-retryable-errors)/);
  });
});
