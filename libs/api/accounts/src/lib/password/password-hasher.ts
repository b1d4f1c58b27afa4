import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * OWASP Password Storage Cheat Sheet, argon2id, first recommended configuration:
 * m = 19 MiB, t = 2, p = 1 (≈ 30 ms per hash on the reference machine).
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified instead of a real hash when the account does not exist, so timing does not reveal which e-mails exist. */
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFKC'), ARGON2_OPTIONS);
  }

  /** False for a wrong password, for a missing hash and for a malformed one. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await (this.dummyHash ??= this.hash('not-a-real-password-' + Math.random())));
    try {
      return (await argon2.verify(target, password.normalize('NFKC'))) && hash !== null;
    } catch {
      return false;
    }
  }

  /** True when the hash was made with weaker (older) parameters; rehashed at the next sign-in. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, { memoryCost: ARGON2_OPTIONS.memoryCost, timeCost: ARGON2_OPTIONS.timeCost, parallelism: ARGON2_OPTIONS.parallelism });
  }
}
