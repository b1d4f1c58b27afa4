import type {
  CriticalSuccessFactorNode,
  EvaluationCriterionNode,
  FocusAreaNode,
  StrategyActionNode,
  StrategySummaryDto,
  StrategyTreeDto,
} from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';

/** How much hangs under a focus area (the cards of the overview show it). */
export interface FocusAreaCounts {
  csfs: number;
  criteria: number;
  actions: number;
}

export function focusAreaCounts(fa: FocusAreaNode): FocusAreaCounts {
  const criteria = fa.csfs.flatMap((c) => c.criteria);
  return {
    csfs: fa.csfs.length,
    criteria: criteria.length,
    actions: fa.csfs.reduce((n, c) => n + c.actions.length, 0) + criteria.reduce((n, c) => n + c.actions.length, 0),
  };
}

export type SearchHitKind = 'focusArea' | 'csf' | 'criterion' | 'action';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  focusAreaId: string;
  /** The matching item's own text. */
  text: string;
  /** Where it sits: the titles above it, outermost first. */
  path: string[];
}

/** Lower-case and without combining marks, so "tiedon" finds "Tiedon" (ä and ö stay letters of their own). */
export function normalize(text: string): string {
  return text.toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
}

/**
 * Finds every focus area, CSF, criterion and action whose text contains all the words of the
 * query (in any order), in tree order. Criteria match on their method and frequency too, and
 * actions on their responsible roles' names.
 */
export function searchTree(tree: StrategyTreeDto, query: string, roleName: (role: StrategyActionNode['roles'][number]) => string = (r) => r.name.fi): SearchHit[] {
  const words = normalize(query).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const matches = (...texts: (string | null | undefined)[]) => {
    const haystack = normalize(texts.filter(Boolean).join(' '));
    return words.every((w) => haystack.includes(w));
  };
  const hits: SearchHit[] = [];
  const pushActions = (actions: StrategyActionNode[], focusAreaId: string, path: string[]) => {
    for (const a of actions) {
      if (matches(a.text, a.goal, a.roleNote, a.note, ...a.roles.map(roleName))) hits.push({ kind: 'action', id: a.id, focusAreaId, text: a.text, path });
    }
  };
  for (const fa of tree.focusAreas) {
    if (matches(fa.title, fa.description, fa.code)) hits.push({ kind: 'focusArea', id: fa.id, focusAreaId: fa.id, text: fa.title, path: [] });
    for (const csf of fa.csfs) {
      if (matches(csf.title, csf.description)) hits.push({ kind: 'csf', id: csf.id, focusAreaId: fa.id, text: csf.title, path: [fa.title] });
      for (const c of csf.criteria) {
        if (matches(c.title, c.description, c.method, c.frequency, c.unit)) {
          hits.push({ kind: 'criterion', id: c.id, focusAreaId: fa.id, text: c.title, path: [fa.title, csf.title] });
        }
        pushActions(c.actions, fa.id, [fa.title, csf.title, c.title]);
      }
      pushActions(csf.actions, fa.id, [fa.title, csf.title]);
    }
  }
  return hits;
}

/** The element id a node has on the focus-area page (search results and links jump to it). */
export function anchorId(kind: SearchHitKind, nodeId: string): string {
  return `${kind}-${nodeId}`;
}

/**
 * The version to open when none is chosen: the version in force — approved and valid today
 * (`validFrom`–`validTo`, open ends allowed); else the approved one that started last; else the
 * newest non-draft; else the newest of all. The board's status page picks its default the same
 * way, so both pages open on the same version. An archived version (2015) is never the default
 * while an approved one exists: it is reached through the version switcher.
 */
export function defaultStrategy(strategies: StrategySummaryDto[], today = helsinkiDay()): StrategySummaryDto | undefined {
  const newestFirst = [...strategies].reverse();
  const approved = newestFirst.filter((s) => s.status === 'approved');
  const inForce = approved.find((s) => (s.validFrom === null || s.validFrom <= today) && (s.validTo === null || s.validTo >= today));
  const latestStart = [...approved].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
  return inForce ?? latestStart ?? newestFirst.find((s) => s.status !== 'draft') ?? newestFirst[0];
}

export function findFocusArea(tree: StrategyTreeDto, focusAreaId: string): FocusAreaNode | undefined {
  return tree.focusAreas.find((fa) => fa.id === focusAreaId);
}

export function findCriterion(tree: StrategyTreeDto, criterionId: string): { fa: FocusAreaNode; csf: CriticalSuccessFactorNode; criterion: EvaluationCriterionNode } | undefined {
  for (const fa of tree.focusAreas) {
    for (const csf of fa.csfs) {
      const criterion = csf.criteria.find((c) => c.id === criterionId);
      if (criterion) return { fa, csf, criterion };
    }
  }
  return undefined;
}

/** Moves one item of a list up or down (for keyboard-friendly reordering); returns the new id order. */
export function moveId(ids: string[], idToMove: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(idToMove);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
