export * from './lib/health/health.service';
export * from './lib/i18n/language.service';
export * from './lib/i18n/transloco.providers';
export * from './lib/auth/auth.service';
export * from './lib/auth/auth.interceptor';
export * from './lib/auth/auth.guards';
export * from './lib/auth/auth.providers';
export * from './lib/storage/browser-storage';
