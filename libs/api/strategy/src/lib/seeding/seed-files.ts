import type {
  EvaluationCriterionContentInput,
  LocalizedText,
  MappingStrength,
  MeasurementKind,
  ResponsibleRoleKind,
  ResponsibleRoleScope,
  StrategyContentDto,
  StrategyDocument,
} from '@suunta/shared-domain';
import { criterionContentOf, strategyContentOf } from '../services/strategy-content';

/**
 * The shapes of tools/seed-data as this domain reads them. The files carry more (source lines,
 * transcription notes, aliases) for reviewers; only the fields below are loaded.
 */
export interface OrganizationSeedFile {
  code: string;
  roles?: { code: string; kind: ResponsibleRoleKind; scope?: ResponsibleRoleScope; name: LocalizedText }[];
  people?: { key: string; name: string; title?: string | null; organization?: string | null; roles?: string[]; regions?: string[] }[];
}

interface SeedMeasure {
  text: string;
  measurementKind: MeasurementKind;
  unit?: string | null;
  target?: number | null;
  frequency?: string | null;
}

interface SeedAction {
  text: string;
  roles?: string[];
  roleNote?: string | null;
  group?: string | null;
  occasion?: string | null;
  measures?: SeedMeasure[];
}

interface SeedCriterion extends EvaluationCriterionContentInput {
  measures?: SeedMeasure[];
  responsibleRoles?: string[] | null;
  actions?: SeedAction[];
}

export interface StrategySeedFile extends Partial<StrategyContentDto> {
  key: string;
  title: string;
  validFrom?: string | null;
  validTo?: string | null;
  status?: StrategyDocument['status'];
  approvedBy?: string | null;
  approvedOn?: string | null;
  basedOnStrategy?: string | null;
  focusAreas: {
    key: string;
    title: string;
    description?: string | null;
    csfs?: { title: string; description?: string | null; criteria?: SeedCriterion[]; actions?: SeedAction[] }[];
  }[];
}

export interface FocusAreaMappingSeed {
  from: string;
  to: string;
  strength?: MappingStrength;
  note?: string | null;
}

const measures = (list: SeedMeasure[] | undefined) =>
  list?.map((m) => ({ text: m.text, measurementKind: m.measurementKind, unit: m.unit ?? null, target: m.target ?? null, frequency: m.frequency ?? null }));

const action = (a: SeedAction) => ({
  text: a.text,
  goal: a.group ?? null,
  roles: a.roles ?? [],
  roleNote: a.roleNote ?? null,
  // the occasion ("Lapuan strategiatilaisuus 17.3.") is content; transcription notes stay in the file
  note: a.occasion ?? null,
  measures: measures(a.measures),
});

/** A seed file as an import document: the one path by which strategies enter the database. */
export function seedToDocument(file: StrategySeedFile): StrategyDocument {
  return {
    key: file.key,
    title: file.title,
    validFrom: file.validFrom ?? null,
    validTo: file.validTo ?? null,
    status: file.status ?? 'draft',
    approvedBy: file.approvedBy ?? null,
    approvedOn: file.approvedOn ?? null,
    ...strategyContentOf(file),
    focusAreas: file.focusAreas.map((fa) => ({
      key: fa.key,
      title: fa.title,
      description: fa.description ?? null,
      csfs: (fa.csfs ?? []).map((csf) => ({
        title: csf.title,
        description: csf.description ?? null,
        actions: (csf.actions ?? []).map(action),
        criteria: (csf.criteria ?? []).map((c) => ({
          ...criterionContentOf(c),
          measures: measures(c.measures),
          roles: c.responsibleRoles ?? [],
          actions: (c.actions ?? []).map(action),
        })),
      })),
    })),
  };
}
