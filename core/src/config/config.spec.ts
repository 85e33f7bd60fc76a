import { ConfigError, loadConfig, redactUrl } from './config';

const SECRET = 'hunter2-super-secret';

function errorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe(loadConfig.name, () => {
  it('applies the defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      database: { kind: 'embedded', dataDir: './.hms' },
      redisUrl: 'redis://127.0.0.1:6379',
      plugins: 'all',
      logLevel: 'info',
      dbPoolSize: 10,
      auditShards: 8,
      commandLanes: 1,
      workers: true,
      accessPolicy: 'care-relationship',
      emergencyAccessMinutes: 60,
      publicUrl: 'http://localhost:3000',
      production: false,
      trustProxy: false,
    });
  });

  it('reads every variable when all are set', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://hms:pw@db.local:5432/hms',
      HMS_DATA_DIR: '/var/lib/hms',
      REDIS_URL: 'rediss://cache.local:6380',
      HMS_PLUGINS: ' patient, @acme/hms-plugin-lab ,./plugins/local ',
      HMS_ADMIN_PASSWORD: 'correct horse battery',
      HMS_LOG_LEVEL: 'debug',
      HMS_DB_POOL_SIZE: '50',
      HMS_AUDIT_SHARDS: '16',
      HMS_COMMAND_LANES: '2',
      HMS_WORKERS: 'off',
      HMS_ACCESS_POLICY: 'role',
      HMS_EMERGENCY_ACCESS_MINUTES: '30',
      HMS_PUBLIC_URL: 'https://hms.example.org',
      HMS_TRUST_PROXY: 'off',
      NODE_ENV: 'production',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'server', url: 'postgresql://hms:pw@db.local:5432/hms' },
      redisUrl: 'rediss://cache.local:6380',
      plugins: ['patient', '@acme/hms-plugin-lab', './plugins/local'],
      adminPassword: 'correct horse battery',
      logLevel: 'debug',
      dbPoolSize: 50,
      auditShards: 16,
      commandLanes: 2,
      workers: false,
      accessPolicy: 'role',
      emergencyAccessMinutes: 30,
      publicUrl: 'https://hms.example.org',
      production: true,
      trustProxy: false,
    });
  });

  it('trusts the proxy in production unless told otherwise, and elsewhere only when told', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).trustProxy).toBe(true);
    expect(loadConfig({ HMS_TRUST_PROXY: 'on' }).trustProxy).toBe(true);
    expect(errorOf({ HMS_TRUST_PROXY: 'yes' }).problems.map((p) => p.variable)).toEqual(['HMS_TRUST_PROXY']);
  });

  it("refuses HMS_WORKERS other than 'on'/'off', and 'off' with the embedded database", () => {
    expect(
      errorOf({ HMS_WORKERS: 'maybe', DATABASE_URL: 'postgres://db/hms' }).problems.map((p) => p.variable),
    ).toEqual(['HMS_WORKERS']);
    expect(errorOf({ HMS_WORKERS: 'off' }).problems).toEqual([
      { variable: 'HMS_WORKERS', message: expect.stringContaining('needs DATABASE_URL') },
    ]);
  });

  it('accepts the postgres:// scheme too', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/hms' }).database).toEqual({
      kind: 'server',
      url: 'postgres://db/hms',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', HMS_PLUGINS: '' })).toMatchObject({
      port: 3000,
      database: { kind: 'embedded' },
      plugins: 'all',
    });
  });

  it("reads HMS_PLUGINS 'none' as no plugins and 'all' as every plugin", () => {
    expect(loadConfig({ HMS_PLUGINS: 'none' }).plugins).toEqual([]);
    expect(loadConfig({ HMS_PLUGINS: 'ALL' }).plugins).toBe('all');
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ HMS_PLUGINS: 'patient' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
    expect(Object.isFrozen(config.plugins)).toBe(true);
  });

  it.each([
    ['PORT', '65536', 'PORT must be an integer from 0 to 65535 (0: any free port)'],
    ['PORT', '80.5', 'PORT must be an integer from 0 to 65535 (0: any free port)'],
    ['PORT', 'http', 'PORT must be an integer from 0 to 65535 (0: any free port)'],
    ['HOST', 'two words', 'HOST must be a host name'],
    ['DATABASE_URL', 'mysql://db/hms', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    ['REDIS_URL', 'http://cache:6379', 'REDIS_URL must be a redis:// or rediss:// URL'],
    ['HMS_PLUGINS', 'patient,,ehr', 'HMS_PLUGINS has an empty entry'],
    ['HMS_PLUGINS', 'patient,', 'HMS_PLUGINS has an empty entry'],
    ['HMS_PLUGINS', 'patient, ehr ,patient', 'HMS_PLUGINS lists "patient" twice'],
    ['HMS_PLUGINS', 'none,patient', "HMS_PLUGINS may use 'none' only on its own"],
    ['HMS_ADMIN_PASSWORD', 'short', 'HMS_ADMIN_PASSWORD must be at least 12 characters long'],
    ['HMS_QUEUE_PREFIX', 'a:b', 'HMS_QUEUE_PREFIX must be 1-64 letters, digits, dots, dashes or underscores'],
    [
      'HMS_LOGIN_LIMITS',
      '30',
      'HMS_LOGIN_LIMITS must be three attempts/seconds pairs: per address, per account and address, per account (e.g. 30/300,10/900,50/300)',
    ],
    ['HMS_LOG_LEVEL', 'verbose', 'HMS_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    ['HMS_DB_POOL_SIZE', '0', 'HMS_DB_POOL_SIZE must be an integer from 1 to 200'],
    ['HMS_DB_POOL_SIZE', '201', 'HMS_DB_POOL_SIZE must be an integer from 1 to 200'],
    ['HMS_AUDIT_SHARDS', '65', 'HMS_AUDIT_SHARDS must be an integer from 1 to 64'],
    ['HMS_AUDIT_SHARDS', '-1', 'HMS_AUDIT_SHARDS must be an integer from 1 to 64'],
    ['HMS_COMMAND_LANES', '0', 'HMS_COMMAND_LANES must be an integer from 1 to 32'],
    ['NODE_ENV', 'prod uction', 'NODE_ENV must be a word'],
  ])('refuses %s=%j, saying what it expects', (variable, value, expected) => {
    const error = errorOf({ [variable]: value });
    expect(error.message).toContain(expected);
    expect(error.problems.map((p) => p.variable)).toEqual([variable]);
  });

  it('reports every bad variable at once', () => {
    const error = errorOf({ PORT: 'x', HMS_AUDIT_SHARDS: '0', HMS_LOG_LEVEL: 'loud' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['HMS_AUDIT_SHARDS', 'HMS_LOG_LEVEL', 'PORT']);
    expect(error.message).toMatch(/^Invalid configuration: /);
  });

  it.each([
    ['DATABASE_URL', `mysql://hms:${SECRET}@db/hms`],
    ['DATABASE_URL', `${SECRET}`],
    ['REDIS_URL', `http://:${SECRET}@cache:6379`],
    ['HMS_ADMIN_PASSWORD', SECRET.slice(0, 11)],
  ])('never echoes the secret in a bad %s', (variable, value) => {
    const error = errorOf({ [variable]: value });
    expect(error.message).not.toContain(SECRET.slice(0, 11));
    expect(JSON.stringify(error.problems)).not.toContain(SECRET.slice(0, 11));
  });
});

describe(redactUrl.name, () => {
  it('hides the password of a URL and keeps the rest', () => {
    expect(redactUrl(`postgresql://hms:${SECRET}@db.local:5432/hms`)).toBe('postgresql://hms:***@db.local:5432/hms');
    expect(redactUrl(`redis://:${SECRET}@cache:6379/0`)).toBe('redis://:***@cache:6379/0');
  });

  it('hides a password given as a query parameter', () => {
    const redacted = redactUrl(`postgres://hms@db/hms?sslmode=require&password=${SECRET}`);
    expect(redacted).not.toContain(SECRET);
    expect(redacted).toContain('sslmode=require');
  });

  it('leaves a URL without a password unchanged', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('hides a value that is not a URL entirely', () => {
    expect(redactUrl(`hms:${SECRET}@db`)).not.toContain(SECRET);
  });
});
