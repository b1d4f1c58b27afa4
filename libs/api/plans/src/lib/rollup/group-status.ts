import type { RollupStatus } from '@suunta/shared-domain';

/** What the group rule reads: the group's live (not cancelled) actions counted by their own status, and how many are overdue. */
export interface GroupStatusCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  /** Live actions flagged overdue (planned or in progress, no update for 90 days once the year is 90 days old). */
  overdue: number;
}

/**
 * The one implementation of the group status of a focus area (per theme × year) or a region
 * (per region × year), used by the plans roll-up and by the dashboard when two plans share a
 * focus area. Documented in libs/api/plans/README.md ("Focus area and region").
 *
 * judged = on track + at risk + off track (no-data and cancelled actions are not judged).
 * 1. nothing judged and nothing overdue → no data;
 * 2. nothing overdue and ≥ ⅔ of the judged on track → on track;
 * 3. > ⅓ of the judged off track → off track;
 * 4. else at risk — so any overdue action keeps the group from "on track", and an overdue action
 *    with no data yet is a warning (at risk), not silence (no data).
 * Integer arithmetic only (cross-multiplied), so no rounding decides a borderline case.
 */
export function groupStatus(c: GroupStatusCounts): RollupStatus {
  const judged = c.onTrack + c.atRisk + c.offTrack;
  if (judged === 0 && c.overdue === 0) return 'no_data';
  if (c.overdue === 0 && 3 * c.onTrack >= 2 * judged) return 'on_track';
  if (3 * c.offTrack > judged) return 'off_track';
  return 'at_risk';
}
