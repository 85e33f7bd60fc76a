import { isCrossOriginCookieHandshake } from './collab-origin';

const cookie = { cookie: 'hms_session=abc', host: 'hms.example.org' };
const plain = { queryToken: false, trustProxy: false };

describe(isCrossOriginCookieHandshake.name, () => {
  it('accepts the cookie from a page of this server, and handshakes that are not from a browser', () => {
    expect(isCrossOriginCookieHandshake({ ...cookie, origin: 'https://hms.example.org' }, plain)).toBe(false);
    expect(isCrossOriginCookieHandshake(cookie, plain)).toBe(false);
  });

  it('refuses the cookie from a page of a sibling sub-domain, another port or an opaque origin', () => {
    expect(isCrossOriginCookieHandshake({ ...cookie, origin: 'https://wiki.example.org' }, plain)).toBe(true);
    expect(isCrossOriginCookieHandshake({ ...cookie, origin: 'https://hms.example.org:8443' }, plain)).toBe(true);
    expect(isCrossOriginCookieHandshake({ ...cookie, origin: 'null' }, plain)).toBe(true);
  });

  it('leaves credentials the page presented itself alone', () => {
    const other = { ...cookie, origin: 'https://other.example' };
    expect(isCrossOriginCookieHandshake(other, { ...plain, queryToken: true })).toBe(false);
    expect(isCrossOriginCookieHandshake({ ...other, authorization: 'Bearer t' }, plain)).toBe(false);
  });

  it('compares with the forwarded host only behind a trusted proxy', () => {
    const proxied = {
      ...cookie,
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'hms.example.org',
      origin: 'https://hms.example.org',
    };
    expect(isCrossOriginCookieHandshake(proxied, { ...plain, trustProxy: true })).toBe(false);
    expect(isCrossOriginCookieHandshake(proxied, plain)).toBe(true);
  });
});
