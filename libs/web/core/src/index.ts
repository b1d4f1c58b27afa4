export * from './lib/health/health.service';
export * from './lib/i18n/language.service';
export * from './lib/i18n/transloco.providers';
