import { DEFAULT_SCRYPT_PARAMS, PasswordHasher } from './password-hasher';

const fast = new PasswordHasher({ params: { N: 2 ** 10 } });

describe(PasswordHasher.name, () => {
  it('encodes the parameters, a 32-byte salt and a 64-byte key', async () => {
    const encoded = await fast.hash('correct horse battery staple');
    const [scheme, N, r, p, salt, key] = encoded.split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '1024', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(32);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(64);
  });

  it('uses N = 2^15, r = 8, p = 1 by default', async () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
    expect(await new PasswordHasher().hash('x')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const encoded = await fast.hash('s3cret-passphrase');
    await expect(fast.verify('s3cret-passphrase', encoded)).resolves.toBe(true);
    await expect(fast.verify('s3cret-passphrasf', encoded)).resolves.toBe(false);
    await expect(fast.verify('', encoded)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await fast.hash('same')).not.toEqual(await fast.hash('same'));
  });

  it('verifies with the parameters stored in the hash, so they can be raised later', async () => {
    const old = await new PasswordHasher({ params: { N: 2 ** 9, r: 4 } }).hash('pw');
    await expect(fast.verify('pw', old)).resolves.toBe(true);
    expect(fast.needsRehash(old)).toBe(true);
    expect(fast.needsRehash(await fast.hash('pw'))).toBe(false);
  });

  it('treats the same password in another Unicode form as the same', async () => {
    const encoded = await fast.hash('caf\u00e9');
    await expect(fast.verify('cafe\u0301', encoded)).resolves.toBe(true);
  });

  it.each([
    ['garbage', 'not-a-hash'],
    ['another scheme', 'bcrypt$2b$10$abc'],
    [
      'an absurd cost',
      `scrypt$${2 ** 30}$8$1$${Buffer.alloc(32).toString('base64')}$${Buffer.alloc(64).toString('base64')}`,
    ],
    [
      'a cost that is not a power of two',
      `scrypt$1000$8$1$${Buffer.alloc(32).toString('base64')}$${Buffer.alloc(64).toString('base64')}`,
    ],
    ['an empty key', `scrypt$1024$8$1$${Buffer.alloc(32).toString('base64')}$`],
  ])('never matches %s', async (_, encoded) => {
    await expect(fast.verify('pw', encoded)).resolves.toBe(false);
  });

  it('answers false for the dummy verification', async () => {
    await expect(fast.verifyDummy('anything')).resolves.toBe(false);
  });

  it('refuses invalid parameters', () => {
    expect(() => new PasswordHasher({ params: { N: 1000 } })).toThrow(/Invalid scrypt parameters/);
  });

  it('refuses a cost below 2^15 outside tests', () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => new PasswordHasher({ params: { N: 2 ** 10 } })).toThrow(/tests only/);
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
