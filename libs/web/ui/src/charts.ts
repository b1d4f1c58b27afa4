// The chart components (ngx-charts and d3) as a second entry point. The main entry is imported by
// nearly every page for its chips, dates and dialogs; through it every first visit loaded and
// evaluated ~250 kB of chart code that a page draws later, if at all (issue 16: the board defers
// its charts until they scroll into view, and the barrel had undone that). The pure mappings the
// charts draw from (`chart-mapping.util`, `bar-chart-mapping.util`) stay in the main entry.
export * from './lib/charts/stacked-distribution-chart.component';
export * from './lib/charts/trend-chart.component';
export * from './lib/charts/grouped-bar-chart.component';
export * from './lib/charts/progress-bar-chart.component';
export * from './lib/charts/chart-frame.component';
export * from './lib/charts/chart-width';
