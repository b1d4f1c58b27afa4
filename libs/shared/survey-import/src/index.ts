export * from './lib/survey-import.types';
export { parseWebropolReport } from './lib/webropol-report.parser';
export { parseWebropolCsv } from './lib/webropol-csv.parser';
export { hasBlockingProblems } from './lib/problems.util';
export { computeLikertStats, roundHalfUp } from './lib/likert-stats.util';
export type { LikertBucket, LikertStats } from './lib/likert-stats.util';
export { contentHash } from './lib/content-hash.util';
export { SONET_BOTNIA_EVALUATION_SCALE } from './lib/scale.util';
