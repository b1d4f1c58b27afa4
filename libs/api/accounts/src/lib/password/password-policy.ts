import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@suunta/shared-domain';
import { COMMON_PASSWORDS } from './common-passwords';

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.normalize('NFKC').toLowerCase()));

/**
 * Checks a new password against NIST SP 800-63B style rules: long enough, not absurdly long (an
 * argon2 input bound), not a known common password or a decoration of one, not a run of one
 * character or a keyboard/number sequence, not the user's own e-mail or name.
 * Returns the reason it is refused, or null when it is acceptable. No composition rules: length
 * does more than forced symbols.
 */
export function passwordProblem(password: string, about: { email?: string; displayName?: string } = {}): string | null {
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `The password may be at most ${PASSWORD_MAX_LENGTH} characters long`;
  }
  const lower = normalized.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  const stem = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (COMMON.has(compact) || COMMON.has(stem) || isRepetitionOfCommon(stem)) {
    return 'The password is too common; choose a less predictable one (a few unrelated words work well)';
  }
  if (new Set(compact).size <= 2 || isSequence(compact)) {
    return 'The password is too predictable (repeated characters or a sequence)';
  }
  const personal = [about.email?.split('@')[0], about.email, about.displayName?.replace(/\s+/g, '')]
    .filter((v): v is string => !!v && v.length >= 4)
    .map((v) => v.toLowerCase());
  if (personal.some((p) => compact === p || stem === p || stem === p.replace(/[^\p{L}]/gu, ''))) {
    return 'The password must not be your e-mail address or name';
  }
  return null;
}

/** "salasanasalasana", "qwertyqwerty": a common word repeated. */
function isRepetitionOfCommon(stem: string): boolean {
  for (let size = 3; size <= stem.length / 2; size++) {
    if (stem.length % size === 0 && stem.slice(0, size).repeat(stem.length / size) === stem) {
      return true;
    }
  }
  return false;
}

/** "abcdefghijkl", "123456789012", "987654321098": each character one step from the previous. */
function isSequence(s: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < s.length; i++) {
    const step = s.charCodeAt(i) - s.charCodeAt(i - 1);
    steps.add(step === -9 || step === 9 ? Math.sign(step) * -1 : step); // 9→0 and 0→9 wrap
  }
  return steps.size === 1 && [1, -1].includes([...steps][0]);
}
