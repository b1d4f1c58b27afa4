export * from './lib/charts/chart-mapping.util';
export * from './lib/charts/stacked-distribution-chart.component';
export * from './lib/charts/trend-chart.component';
export * from './lib/charts/bar-chart-mapping.util';
export * from './lib/charts/grouped-bar-chart.component';
export * from './lib/charts/progress-bar-chart.component';
export * from './lib/status-chip/status-chip.component';
export * from './lib/confirm-dialog/confirm-dialog.component';
