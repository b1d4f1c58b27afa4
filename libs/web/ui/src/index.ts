// The chart components are in `@suunta/web-ui/charts` (src/charts.ts), loaded only by what draws a chart.
export * from './lib/charts/chart-mapping.util';
export * from './lib/charts/bar-chart-mapping.util';
export * from './lib/status-chip/status-chip.component';
export * from './lib/focus/focus.service';
export * from './lib/data-text/data-text.component';
export * from './lib/dates/datepicker-intl';
export * from './lib/confirm-dialog/confirm-dialog.component';
export * from './lib/dialog-defaults';
export * from './lib/dates/calendar-header';
export * from './lib/i18n/scope-translations';
