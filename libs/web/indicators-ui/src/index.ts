export * from './lib/focus-area-indicators.component';
export * from './lib/indicator-line-chart.component';
export * from './lib/indicator-translations';
export * from './lib/indicator-view.util';
