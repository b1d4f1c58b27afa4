import argon2 from 'argon2';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP parameters and verifies', async () => {
    const hash = await hasher.hash('lakeus tuulee aina');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await hasher.verify(hash, 'lakeus tuulee aina')).toBe(true);
    expect(await hasher.verify(hash, 'lakeus tuulee ain')).toBe(false);
    expect(hasher.needsRehash(hash)).toBe(false);
  });

  it('refuses a missing hash (unknown account) and a malformed one', async () => {
    expect(await hasher.verify(null, 'anything at all')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything at all')).toBe(false);
  });

  it('asks for a rehash of weaker hashes', async () => {
    const weak = await argon2.hash('lakeus tuulee aina', { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(hasher.needsRehash(weak)).toBe(true);
    expect(await hasher.verify(weak, 'lakeus tuulee aina')).toBe(true);
  });
});
