import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('lakeus tuulee aina lännestä')).toBeNull();
    expect(passwordProblem('Kahvi-ja-pulla-kello-14')).toBeNull();
  });

  it('refuses passwords shorter than 12 characters, counting characters not bytes', () => {
    expect(passwordProblem('Ääkköset12!')).toMatch(/at least 12/);
    expect(passwordProblem('Ääkköset123!')).toBeNull();
  });

  it('refuses absurdly long passwords', () => {
    expect(passwordProblem('a-b'.repeat(100))).toMatch(/at most 256/);
  });

  it('refuses common passwords and decorated common stems', () => {
    expect(passwordProblem('Salasana2024!')).toMatch(/too common/);
    expect(passwordProblem('123456789012')).toMatch(/too common|predictable/);
    expect(passwordProblem('qwertyqwerty')).toMatch(/too common/);
    expect(passwordProblem('!!Password123!!')).toMatch(/too common/);
    expect(passwordProblem('salasanasalasana')).toMatch(/too common/);
  });

  it('refuses repeated characters and sequences', () => {
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/predictable/);
    expect(passwordProblem('abcdefghijklmn')).toMatch(/predictable/);
    expect(passwordProblem('ababababababab')).toMatch(/too common|predictable/);
  });

  it("refuses the user's own e-mail or name", () => {
    expect(passwordProblem('kaisa.virtanen', { email: 'kaisa.virtanen@example.fi' })).toMatch(/e-mail address or name/);
    expect(passwordProblem('KaisaVirtanen2025', { displayName: 'Kaisa Virtanen' })).toMatch(/e-mail address or name/);
  });
});
