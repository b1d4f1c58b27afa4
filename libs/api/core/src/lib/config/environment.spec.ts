import { EnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  const url = 'postgres://u:p@localhost:5432/suunta';

  it('applies defaults when only DATABASE_URL is given', () => {
    const env = validateEnvironment({ DATABASE_URL: url });
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.SEED_DEMO_USERS).toBe(false);
  });

  it('parses numbers and booleans from strings', () => {
    const env = validateEnvironment({ DATABASE_URL: url, PORT: '8080', SEED_DATA: 'true', SEED_DEMO_USERS: '0' });
    expect(env.PORT).toBe(8080);
    expect(env.SEED_DATA).toBe(true);
    expect(env.SEED_DEMO_USERS).toBe(false);
  });

  it('names every bad variable in one error', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x', PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ URL[\s\S]*PORT: PORT must be a whole number[\s\S]*LOG_LEVEL: LOG_LEVEL must be one of/,
    );
  });

  it('requires DATABASE_URL', () => {
    expect(() => validateEnvironment({})).toThrow(EnvironmentError);
  });
});
