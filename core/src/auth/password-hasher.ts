import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters; stored with every hash so they can be raised later. */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** The production cost (about 32 MiB and ~100 ms per hash); only tests may go lower. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

const SALT_BYTES = 32;
const KEY_BYTES = 64;
/** Bounds for parameters read back from the database, so a corrupt row cannot ask for gigabytes. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * Hashes and verifies passwords with scrypt, encoded as `scrypt$N$r$p$salt_b64$hash_b64`.
 * Passwords are NFKC-normalised first, so the same password typed on two keyboards matches.
 */
export class PasswordHasher {
  private readonly params: ScryptParams;
  private dummyHash: Promise<string> | undefined;

  constructor(options: { params?: Partial<ScryptParams> } = {}) {
    this.params = { ...DEFAULT_SCRYPT_PARAMS, ...options.params };
    checkParams(this.params);
    if (this.params.N < DEFAULT_SCRYPT_PARAMS.N && process.env.NODE_ENV !== 'test') {
      throw new Error('scrypt N below 2^15 is for tests only');
    }
  }

  async hash(password: string): Promise<string> {
    const { N, r, p } = this.params;
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(password, salt, KEY_BYTES, this.params);
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  /** Whether `password` matches `encoded`; a malformed hash never matches (but costs the same time). */
  async verify(password: string, encoded: string): Promise<boolean> {
    const parsed = parseHash(encoded);
    if (!parsed) return this.verifyDummy(password);
    const key = await deriveKey(password, parsed.salt, parsed.key.length, parsed.params);
    return timingSafeEqual(key, parsed.key);
  }

  /** Spends the time of a real verification and answers false: used when the account does not exist. */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    const parsed = parseHash(await this.dummyHash);
    if (parsed) await deriveKey(password, parsed.salt, parsed.key.length, parsed.params);
    return false;
  }

  /** Whether `encoded` was made with weaker parameters than this hasher's (rehash it at the next login). */
  needsRehash(encoded: string): boolean {
    const parsed = parseHash(encoded);
    if (!parsed) return true;
    const { N, r, p } = parsed.params;
    return N < this.params.N || r < this.params.r || p < this.params.p || parsed.salt.length < SALT_BYTES;
  }
}

interface ParsedHash {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function parseHash(encoded: string): ParsedHash | undefined {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN));
  const params = { N: N ?? NaN, r: r ?? NaN, p: p ?? NaN };
  if (!validParams(params)) return undefined;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 16 || key.length < 16 || key.length > 128) return undefined;
  return { params, salt, key };
}

function validParams({ N, r, p }: ScryptParams): boolean {
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  const within = (value: number, max: number): boolean => Number.isInteger(value) && value >= 1 && value <= max;
  return powerOfTwo && N <= MAX_N && within(r, MAX_R) && within(p, MAX_P);
}

function checkParams(params: ScryptParams): void {
  if (!validParams(params)) {
    throw new Error(`Invalid scrypt parameters N=${params.N} r=${params.r} p=${params.p}`);
  }
}

function deriveKey(password: string, salt: Buffer, length: number, { N, r, p }: ScryptParams): Promise<Buffer> {
  // scrypt needs about 128·N·r bytes; Node refuses anything above maxmem (32 MiB by default, exactly our cost).
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
