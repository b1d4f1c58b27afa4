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
    let message = '';
    try {
      validateEnvironment({ DATABASE_URL: 'mysql://x', PORT: 'abc', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL: DATABASE_URL must be a postgres:// URL');
    expect(message).toContain('PORT: PORT must be a whole number, e.g. 3000');
    expect(message).toContain('LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  });

  it('requires DATABASE_URL', () => {
    expect(() => validateEnvironment({})).toThrow(EnvironmentError);
  });
});

describe('validateEnvironment optional settings', () => {
  it('keeps optional folders and origins that are set', () => {
    const env = validateEnvironment({ DATABASE_URL: 'postgres://localhost/x', WEB_DIST: 'dist/apps/web/browser', CORS_ORIGINS: 'https://a.fi' });
    expect(env.WEB_DIST).toBe('dist/apps/web/browser');
    expect(env.CORS_ORIGINS).toBe('https://a.fi');
  });
});

describe('validateEnvironment backup and metrics settings', () => {
  const url = 'postgres://u:p@localhost:5432/suunta';

  it('keeps 14 backups, backs up daily only when asked, and has metrics off by default', () => {
    const env = validateEnvironment({ DATABASE_URL: url });
    expect([env.BACKUP_KEEP, env.BACKUP_DAILY, env.BACKUP_DIR, env.METRICS_TOKEN]).toEqual([14, false, undefined, undefined]);
  });

  it('names a bad backup count and a metrics token too short to protect anything', () => {
    expect(() => validateEnvironment({ DATABASE_URL: url, BACKUP_KEEP: 'all', METRICS_TOKEN: 'short' })).toThrow(
      /BACKUP_KEEP: BACKUP_KEEP must be a whole number[\s\S]*METRICS_TOKEN: METRICS_TOKEN must be at least 16 characters/,
    );
    expect(validateEnvironment({ DATABASE_URL: url, BACKUP_KEEP: '3', BACKUP_DAILY: 'true' })).toMatchObject({ BACKUP_KEEP: 3, BACKUP_DAILY: true });
  });
});
