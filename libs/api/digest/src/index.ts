export * from './lib/digest.module';
export * from './lib/meeting-digest.service';
export * from './lib/digest-period.util';
export * from './lib/meeting-digest.pdf';
export * from './lib/meeting-digest.i18n';
