import type { StrategyDocument } from './strategy';
import type { MeetingItemText } from './governance';
import type { LocalizedText } from './organization';

/**
 * The Suunta archive: one strategy with everything hung on it (plans, progress, surveys, annual
 * reports, minutes) as one JSON document that imports into any organization on any server.
 * Its JSON Schema is `libs/api/archive/src/schema/suunta-archive.schema.json`, served at
 * `GET /api/archive/schema`. References inside the archive use archive-local keys, never database
 * ids: focus areas `F1`, criteria `F1.2.3` (focus area . CSF . criterion, by position), plans
 * `P1`, plan actions `P1.A4`, surveys `S1`; regions, roles and people by their codes.
 */
export const ARCHIVE_FORMAT = 'suunta-archive';
export const ARCHIVE_VERSION = 1;

export interface SuuntaArchive {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  exportedAt: string;
  source: { organization: { code: string; name: string }; server: string };
  /** Regions named anywhere in the archive (matched by code on import; the target must have each). */
  regions: ArchiveRegion[];
  /** Responsible roles named anywhere (matched by code on import, created when missing). */
  roles: ArchiveRole[];
  /** People named anywhere (matched by key = their code on import, created when missing). */
  people: ArchivePerson[];
  strategy: StrategyDocument;
  plans: ArchivePlan[];
  progress: ArchiveProgressEntry[];
  surveys: ArchiveSurvey[];
  reports: ArchiveReport[];
  minutes: ArchiveMeeting[];
}

export interface ArchiveRegion {
  code: string;
  name: LocalizedText;
}

export interface ArchiveRole {
  code: string;
  kind: 'person' | 'body';
  scope: 'organization' | 'region';
  name: LocalizedText;
}

export interface ArchivePerson {
  key: string;
  name: string;
  title: string | null;
  employer: string | null;
}

export interface ArchivePlan {
  key: string;
  code: string | null;
  title: string;
  region: string | null;
  startYear: number;
  status: 'draft' | 'approved' | 'closed';
  approvedOn: string | null;
  closedAt: string | null;
  themes: { focusArea: string; title: string }[];
  actions: ArchivePlanAction[];
}

export interface ArchivePlanAction {
  key: string;
  code: string | null;
  /** The focus-area key of the plan theme the action sits under. */
  theme: string;
  year: number;
  title: string;
  description: string | null;
  status: 'planned' | 'in_progress' | 'done' | 'postponed' | 'cancelled';
  targetValue: number | null;
  targetUnit: string | null;
  targetDate: string | null;
  regions: string[];
  roles: string[];
  people: string[];
  criteria: string[];
}

export interface ArchiveProgressEntry {
  region: string;
  year: number;
  entryDate: string;
  criterion: string | null;
  action: string | null;
  value: number | null;
  unit: string | null;
  narrative: string;
  evidenceUrl: string | null;
  authorName: string;
  closedYearReason: string | null;
  source: string | null;
  retractedAt: string | null;
  retractedReason: string | null;
}

export interface ArchiveSurvey {
  key: string;
  region: string;
  year: number;
  title: string;
  ranFrom: string | null;
  ranTo: string | null;
  ranNote: string | null;
  invitedCount: number | null;
  respondentCount: number | null;
  sourceFormat: 'webropol-report' | 'webropol-csv';
  sourceText: string;
  contentHash: string;
  scale: { value: number; label: string }[];
  themes: { title: string; focusArea: string | null; claimedAverage: number | null; claimedSource: string | null }[];
  questions: ArchiveSurveyQuestion[];
}

export interface ArchiveSurveyQuestion {
  number: number;
  /** Index into the survey's themes (0-based), or null. */
  theme: number | null;
  text: string;
  kind: 'likert' | 'open';
  respondentCount: number;
  reportedAverage: number | null;
  sourceLine: number | null;
  sourceColumn: string | null;
  counts: { value: number; n: number; reportedPercent: number | null }[];
  openAnswers: string[];
}

export interface ArchiveReport {
  region: string | null;
  year: number;
  title: string;
  status: 'draft' | 'in_review' | 'approved';
  language: string | null;
  author: string | null;
  authorName: string | null;
  authorTitle: string | null;
  reportDate: string | null;
  introduction: string;
  plan: string | null;
  survey: string | null;
  steeringGroupName: string | null;
  steeringGroupOn: string | null;
  steeringGroupSnapshot: unknown[];
  source: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedByName: string | null;
  sections: { number: number; focusArea: string | null; heading: string; body: string; draft: string | null; draftedAt: string | null; updatedByName: string | null }[];
}

export interface ArchiveMeeting {
  code: string | null;
  region: string | null;
  body: string;
  bodyName: string | null;
  status: 'draft' | 'checked' | 'approved';
  date: string | null;
  dateEarliest: string | null;
  dateLatest: string | null;
  dateNote: string | null;
  startTime: string | null;
  endTime: string | null;
  remote: boolean;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  minuteCheckers: string[];
  attendance: unknown[];
  notes: string | null;
  source: string | null;
  approvedAt: string | null;
  items: ArchiveMeetingItem[];
}

export interface ArchiveMeetingItem extends MeetingItemText {
  sortOrder: number;
  attachments: unknown[];
  focusAreas: string[];
  actions: { action: string; fromDecision: boolean }[];
  followUps: { title: string; owner: string; dueDate: string; done: boolean }[];
}

/** Counts of what an archive holds (or an import would create), per kind. */
export interface ArchiveCounts {
  focusAreas: number;
  csfs: number;
  criteria: number;
  strategyActions: number;
  roles: number;
  people: number;
  plans: number;
  planActions: number;
  progressEntries: number;
  surveys: number;
  surveyQuestions: number;
  reports: number;
  reportSections: number;
  meetings: number;
  meetingItems: number;
}

export type ArchiveConflictKind =
  | 'strategy_key_taken'
  | 'strategy_title_period'
  | 'focus_area_keys_taken'
  | 'plan_code_taken'
  | 'survey_already_imported'
  | 'report_exists'
  | 'meeting_code_taken';

export interface ArchiveConflict {
  kind: ArchiveConflictKind;
  /** Path into the archive of the thing in conflict, e.g. `plans.0.code`. */
  path: string;
  /** What is in conflict (a key, a title, a region and year), for the message. */
  detail: string;
  /** Whether it stops the import (a warning such as a strategy of the same title and period does not). */
  blocking: boolean;
}

export interface ArchivePreviewDto {
  /** True when the import would go through as it stands. */
  canImport: boolean;
  strategy: { title: string; key: string | null; validFrom: string | null; validTo: string | null } | null;
  source: { organization: string; server: string; exportedAt: string } | null;
  /** What the import would create (roles and people: only the ones the target lacks). */
  counts: ArchiveCounts;
  conflicts: ArchiveConflict[];
  /** Region codes the archive names that the target organization lacks. */
  missingRegions: string[];
  /** Problems with the archive itself, each with the JSON path of the bad field. */
  errors: { field: string; message: string; code: string }[];
}

export interface ArchiveImportResultDto {
  strategyId: string;
  counts: ArchiveCounts;
}
