import { createTestApp, ensureOrganization, signIn } from '@suunta/api-testing';
import type { SignedInAgent, TestApp, TestOrganization } from '@suunta/api-testing';
import type { PlanRollupDto, RollupStatus, UnitTotal } from '@suunta/shared-domain';
import fc from 'fast-check';
import { AppModule } from '../src/app/app.module';
import { addAction, createPlan, createStrategyFixture, StrategyFixture } from './support/plans-fixtures';

/**
 * Property: for random entry sets, as-of days and region filters, the SQL roll-ups equal a
 * straightforward recomputation in TypeScript written from the rules in libs/api/plans/README.md
 * (loops over plain arrays; it shares no code with the API). Runs against real PostgreSQL.
 *
 * The roll-ups read the pre-aggregated log (`progress_summary`, kept in step by trigger): the
 * second property writes, corrects, moves, retracts and deletes entries at random, one statement
 * or many rows at a time, and checks both that the summary equals a from-scratch recomputation
 * (written here, independently) and that the roll-up still equals the TypeScript model. As-of days
 * fall before, inside and well after the entries' dates, so both the settled groups (read as one
 * row) and the recent ones (read entry by entry) are covered.
 *
 * Status history (issue 17): the first property also gives the actions a random status history —
 * changes with random effective days, recorded in random order, with or without the first row —
 * and the model judges each action by the status it had as of the day (capped at its year's end),
 * worked out here from the rows (`statusAsOf`), not from the SQL function.
 */

interface ActionSpec {
  key: string;
  theme: 0 | 1;
  year: number;
  status: string;
  target?: { value?: number; unit?: string; milestoneDate?: string };
  criteria: (keyof StrategyFixture['criteria'])[];
  regions: string[];
}

const ACTIONS: ActionSpec[] = [
  { key: 'a1', theme: 0, year: 2021, status: 'planned', target: { value: 4, unit: 'kokousta' }, criteria: ['meetings'], regions: ['KP', 'EP'] },
  { key: 'a2', theme: 0, year: 2021, status: 'in_progress', target: { value: 10, unit: 'kpl' }, criteria: ['survey'], regions: ['KP'] },
  { key: 'a3', theme: 0, year: 2022, status: 'planned', criteria: [], regions: ['EP', 'PO'] },
  { key: 'a4', theme: 1, year: 2021, status: 'done', target: { value: 2, unit: 'kpl' }, criteria: [], regions: ['KP'] },
  { key: 'a5', theme: 1, year: 2022, status: 'postponed', criteria: [], regions: ['PO'] },
  { key: 'a6', theme: 1, year: 2021, status: 'cancelled', criteria: [], regions: ['KP'] },
  { key: 'a7', theme: 1, year: 2021, status: 'planned', target: { milestoneDate: '2021-09-30' }, criteria: ['milestone'], regions: ['KP', 'PO'] },
  { key: 'a8', theme: 0, year: 2022, status: 'in_progress', target: { value: 3.5, unit: 'kokousta' }, criteria: ['meetings'], regions: ['KP'] },
];
const REGION_CODES = ['EP', 'KP', 'PO'];

interface Act { id: string; theme: number; focusArea: string; year: number; status: string; targetCents: number | null; targetUnit: string | null; targetDate: string | null; regions: string[]; criteria: string[] }
interface Crit { id: string; focusArea: string; kind: string; valueUnit: string; targetCents: number | null; deadline: string | null }
interface Entry { id: string; region: string; year: number; date: string; createdAt: number; actionId: string | null; criterionId: string | null; cents: number | null; unit: string | null; retracted: boolean }

// ---------------------------------------------------------------- the straightforward model

/** One recorded status of an action; `seq` is the order of recording (later wins a tie of days). */
interface StatusRow { actionId: string; status: string; effectiveOn: string; seq: number }

/**
 * The status a yearly action had as of a day (rules in libs/api/plans/README.md): the latest row
 * effective on or before the day — or, once the action's year is over, on or before its 31.12. —
 * ties by recording order; before its first row, its first status; with no rows, its status.
 */
function statusAsOf(a: Act, rows: StatusRow[], asOf: string): string {
  const mine = rows.filter((r) => r.actionId === a.id).sort((x, y) => (x.effectiveOn !== y.effectiveOn ? (x.effectiveOn < y.effectiveOn ? -1 : 1) : x.seq - y.seq));
  if (mine.length === 0) return a.status;
  const until = asOf < `${a.year}-12-31` ? asOf : `${a.year}-12-31`;
  const known = mine.filter((r) => r.effectiveOn <= until);
  return (known.length ? known[known.length - 1] : mine[0]).status;
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const daysInYear = (y: number) => day(`${y + 1}-01-01`) - day(`${y}-01-01`);
const elapsed = (y: number, asOf: string) => Math.max(0, Math.min(day(asOf) - day(`${y}-01-01`) + 1, daysInYear(y)));

function ratio(actualCents: number, targetCents: number, y: number, asOf: string): RollupStatus {
  const lhs = actualCents * daysInYear(y);
  const rhs = targetCents * elapsed(y, asOf);
  if (lhs >= rhs) return 'on_track';
  if (2 * lhs >= rhs) return 'at_risk';
  return 'off_track';
}

function latestOf(es: Entry[]): number | null {
  const sorted = [...es].sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : y.createdAt - x.createdAt));
  return sorted.length ? (sorted[0].cents as number) / 100 : null;
}

function totalsOf(es: Entry[]): UnitTotal[] {
  const map = new Map<string, { cents: number; n: number }>();
  for (const e of es) {
    if (e.cents === null) continue;
    const t = map.get(e.unit as string) ?? { cents: 0, n: 0 };
    t.cents += e.cents;
    t.n += 1;
    map.set(e.unit as string, t);
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unit, t]) => ({ unit, sum: t.cents / 100, entries: t.n }));
}

function model(acts: Act[], crits: Crit[], allCrits: Crit[], entries: Entry[], asOf: string, regionFilter: string | null, allRegions: string[]) {
  const scope = regionFilter ? [regionFilter] : allRegions;
  const ent = entries.filter((e) => !e.retracted && e.date <= asOf && scope.includes(e.region));
  const recentFrom = day(asOf) - 90;

  const actionFig = (a: Act, region: string | null) => {
    const E = ent.filter((e) => e.actionId === a.id && e.year === a.year && (region === null || e.region === region));
    const inUnit = E.filter((e) => e.cents !== null && e.unit === a.targetUnit);
    const actualCents = inUnit.length ? inUnit.reduce((s, e) => s + (e.cents as number), 0) : null;
    let status: RollupStatus;
    if (a.status === 'done') status = 'on_track';
    else if (a.status === 'cancelled') status = 'off_track';
    else if (a.status === 'postponed') status = 'at_risk';
    else if (a.targetDate !== null && asOf > a.targetDate) status = 'off_track';
    else if (E.length === 0) status = 'no_data';
    else if (a.targetCents !== null && actualCents === null) status = 'no_data';
    else if (a.targetCents !== null) status = ratio(actualCents as number, a.targetCents, a.year, asOf);
    else status = 'on_track';
    const overdue = ['planned', 'in_progress'].includes(a.status) && day(asOf) >= day(`${a.year}-01-01`) + 90 && !E.some((e) => day(e.date) > recentFrom);
    return { a, E, status, overdue, actual: actualCents === null ? null : actualCents / 100, latest: latestOf(inUnit), totals: totalsOf(E) };
  };
  type Fig = ReturnType<typeof actionFig>;

  const group = (figs: Fig[], groupEntries: Entry[]) => {
    const live = figs.filter((f) => f.a.status !== 'cancelled');
    const count = (s: RollupStatus) => live.filter((f) => f.status === s).length;
    const [on, risk, off, none] = [count('on_track'), count('at_risk'), count('off_track'), count('no_data')];
    const judged = on + risk + off;
    const done = figs.filter((f) => f.a.status === 'done').length;
    const cancelled = figs.length - live.length;
    const overdue = live.filter((f) => f.overdue).length;
    return {
      actions: figs.length,
      actionsDone: done,
      actionsCancelled: cancelled,
      shareDone: figs.length - cancelled > 0 ? done / (figs.length - cancelled) : null,
      onTrack: on,
      atRisk: risk,
      offTrack: off,
      noData: none,
      overdue,
      entries: groupEntries.length,
      totals: totalsOf(groupEntries),
      // any overdue action rules out on track; an overdue action with nothing judged is at risk, not no data
      status: (judged === 0 && overdue === 0 ? 'no_data' : overdue === 0 && 3 * on >= 2 * judged ? 'on_track' : 3 * off > judged ? 'off_track' : 'at_risk') as RollupStatus,
    };
  };

  const sliceActs = acts.filter((a) => regionFilter === null || a.regions.includes(regionFilter));
  const figs = sliceActs.map((a) => actionFig(a, null));
  const years = [2021, 2022];

  const criteria = crits.flatMap((c) =>
    years.map((y) => {
      const E = ent.filter((e) => e.criterionId === c.id && e.year === y);
      const valued = E.filter((e) => e.cents !== null && e.unit === c.valueUnit);
      const actualCents = valued.length ? valued.reduce((s, e) => s + (e.cents as number), 0) : null;
      let status: RollupStatus;
      if (c.kind === 'milestone') status = E.length > 0 ? 'on_track' : c.deadline !== null && asOf > c.deadline ? 'off_track' : 'no_data';
      else if (c.kind === 'count' && c.targetCents !== null) status = actualCents === null ? 'no_data' : ratio(actualCents, c.targetCents, y, asOf);
      else status = E.length > 0 ? 'on_track' : 'no_data';
      const overdue = day(asOf) >= day(`${y}-01-01`) + 90 && asOf <= `${y}-12-31` && !E.some((e) => day(e.date) > recentFrom);
      return { criterionId: c.id, year: y, entries: E.length, actual: actualCents === null ? null : actualCents / 100, latest: latestOf(valued), status, overdue };
    }),
  );

  const themeIds = [...new Set(acts.map((a) => a.theme))].sort();
  const focusAreas = themeIds.flatMap((theme) =>
    years.map((y) => {
      const fa = acts.find((a) => a.theme === theme)?.focusArea as string;
      const themeFigs = figs.filter((f) => f.a.theme === theme && f.a.year === y);
      const themeActionIds = figs.filter((f) => f.a.theme === theme).map((f) => f.a.id);
      const faCrits = allCrits.filter((c) => c.focusArea === fa).map((c) => c.id);
      const E = ent.filter((e) => e.year === y && ((e.actionId !== null && themeActionIds.includes(e.actionId)) || (e.actionId === null && faCrits.includes(e.criterionId as string))));
      return { id: fa, year: y, ...group(themeFigs, E) };
    }),
  );

  const planCrits = crits.map((c) => c.id);
  const regions = scope.flatMap((r) =>
    years.map((y) => {
      const regionFigs = acts.filter((a) => a.year === y && a.regions.includes(r)).map((a) => actionFig(a, r));
      const E = ent.filter((e) => e.region === r && e.year === y && ((e.actionId !== null && acts.some((a) => a.id === e.actionId)) || (e.actionId === null && planCrits.includes(e.criterionId as string))));
      return { id: r, year: y, ...group(regionFigs, E) };
    }),
  );

  return {
    actions: figs.map((f) => ({ actionId: f.a.id, actionStatus: f.a.status, status: f.status, overdue: f.overdue, entries: f.E.length, actual: f.actual, latest: f.latest, totals: f.totals })),
    criteria,
    focusAreas,
    regions,
  };
}

// ---------------------------------------------------------------- the property

describe('roll-ups equal a straightforward recomputation (property, real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrganization;
  let s: StrategyFixture;
  let management: SignedInAgent;
  let planId: string;
  let acts: Act[];
  let crits: Crit[];
  let allCrits: Crit[];

  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
    org = await ensureOrganization(t);
    s = await createStrategyFixture(t, org.organizationId);
    management = await signIn(t, { role: 'management' });
    const plan = await createPlan(management, s, { startYear: 2021 });
    planId = plan.id;
    const critRows: { id: string; kind: string; unit: string | null; target: string | null; deadline: string | null; fa: string }[] = await t.dataSource.query(
      `SELECT c.id, c.measurement_kind AS kind, c.unit, c.yearly_target AS target, c.deadline::text AS deadline, f.focus_area_id AS fa
       FROM evaluation_criterion c JOIN critical_success_factor f ON f.id = c.csf_id WHERE c.id = ANY($1::uuid[])`,
      [Object.values(s.criteria)],
    );
    allCrits = critRows.map((c) => ({ id: c.id, focusArea: c.fa, kind: c.kind, valueUnit: c.unit ?? 'kpl', targetCents: c.target === null ? null : Math.round(Number(c.target) * 100), deadline: c.deadline }));
    acts = [];
    for (const spec of ACTIONS) {
      const a = await addAction(management, plan, s, {
        themeIndex: spec.theme,
        year: spec.year,
        status: spec.status,
        target: spec.target ?? null,
        criterionIds: spec.criteria.map((k) => s.criteria[k]),
        regionIds: spec.regions.map((r) => org.regions[r]),
        title: spec.key,
      });
      acts.push({
        id: a.id,
        theme: spec.theme,
        focusArea: s.focusAreas[spec.theme],
        year: spec.year,
        status: spec.status,
        targetCents: spec.target?.value !== undefined ? Math.round(spec.target.value * 100) : null,
        targetUnit: spec.target?.unit ?? null,
        targetDate: spec.target?.milestoneDate ?? null,
        regions: spec.regions.map((r) => org.regions[r]),
        criteria: spec.criteria.map((k) => s.criteria[k]),
      });
    }
    const linked = new Set(acts.flatMap((a) => a.criteria));
    crits = allCrits.filter((c) => linked.has(c.id));
  });
  afterAll(() => t.close());

  /** Turns random numbers into an entry that the API would accept (same rules as its validation). */
  function toEntry(raw: { subject: number; region: number; dayOffset: number; cents: number | null; otherUnit: boolean; retracted: boolean; firstYear: boolean }, index: number): Entry {
    const regionIds = REGION_CODES.map((c) => org.regions[c]);
    const subjects = [
      ...acts.map((a) => ({ action: a, criterion: null as Crit | null })),
      ...acts.flatMap((a) => a.criteria.map((c) => ({ action: a, criterion: allCrits.find((x) => x.id === c) as Crit }))),
      ...allCrits.map((c) => ({ action: null as Act | null, criterion: c })),
    ];
    const { action, criterion } = subjects[raw.subject % subjects.length];
    const region = action ? action.regions[raw.region % action.regions.length] : regionIds[raw.region % regionIds.length];
    const year = action ? action.year : raw.firstYear ? 2021 : 2022;
    let cents: number | null = null;
    let unit: string | null = null;
    if (raw.cents !== null) {
      if (criterion) {
        if (criterion.kind === 'count') [cents, unit] = [raw.cents, criterion.valueUnit];
      } else if (action) {
        [cents, unit] = [raw.cents, raw.otherUnit || !action.targetUnit ? 'muu' : action.targetUnit];
      }
    }
    return {
      id: '',
      region,
      year,
      date: isoOf(day('2020-12-01') + raw.dayOffset),
      createdAt: index,
      actionId: action?.id ?? null,
      criterionId: criterion?.id ?? null,
      cents,
      unit,
      retracted: raw.retracted,
    };
  }

  const rawEntry = fc.record({
    subject: fc.nat(1000),
    region: fc.nat(5),
    dayOffset: fc.nat(800),
    cents: fc.option(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000_000 })), { nil: null }),
    otherUnit: fc.boolean(),
    // about one entry in five is retracted
    retracted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    firstYear: fc.boolean(),
  });

  const STATUSES = ['planned', 'in_progress', 'done', 'postponed', 'cancelled'];
  const rawStatusChange = fc.record({ act: fc.nat(ACTIONS.length - 1), status: fc.constantFrom(...STATUSES), dayOffset: fc.nat(900) });

  /** Replaces the actions' status history with the rows given (recorded in that order); returns them as the model sees them. */
  async function writeHistory(rows: Omit<StatusRow, 'seq'>[]): Promise<StatusRow[]> {
    await t.dataSource.query(`DELETE FROM plan_action_status_change WHERE action_id = ANY($1::uuid[])`, [acts.map((a) => a.id)]);
    await t.dataSource.query(
      `INSERT INTO plan_action_status_change (organization_id, action_id, status, effective_on, source)
       SELECT $1, r.action_id, r.status, r.effective_on, 'change'
         FROM unnest($2::uuid[], $3::text[], $4::date[]) WITH ORDINALITY AS r(action_id, status, effective_on, ord)
        ORDER BY r.ord`,
      [org.organizationId, rows.map((r) => r.actionId), rows.map((r) => r.status), rows.map((r) => r.effectiveOn)],
    );
    return rows.map((r, seq) => ({ ...r, seq }));
  }

  it('for every entry set, status history, as-of day and region filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rawEntry, { maxLength: 30 }),
        fc.nat(820),
        fc.option(fc.constantFrom(...REGION_CODES), { nil: null }),
        // the first rows (each action's status from the plan's start), or none; then changes on random days, in random order
        fc.boolean(),
        fc.array(rawStatusChange, { maxLength: 12 }),
        async (raws, asOfOffset, regionCode, withFirstRows, changes) => {
          const entries = raws.map(toEntry);
          const asOf = isoOf(day('2021-01-01') + asOfOffset);
          const history = await writeHistory([
            ...(withFirstRows ? acts.map((a) => ({ actionId: a.id, status: a.status, effectiveOn: '2021-01-01' })) : []),
            ...changes.map((c) => ({ actionId: acts[c.act].id, status: c.status, effectiveOn: isoOf(day('2021-01-01') + c.dayOffset) })),
          ]);
          const actsThen = acts.map((a) => ({ ...a, status: statusAsOf(a, history, asOf) }));
          await t.dataSource.query(`DELETE FROM progress_entry`);
          for (const [i, e] of entries.entries()) {
            await t.dataSource.query(
              `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, criterion_id, action_id, value, unit, narrative, author_name, created_at, retracted_at, retracted_reason)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'x', 'Property', timestamptz '2024-01-01' + make_interval(secs => $9), $10, $11)`,
              [org.organizationId, e.region, e.year, e.date, e.criterionId, e.actionId, e.cents === null ? null : (e.cents / 100).toFixed(2), e.unit, i, e.retracted ? new Date() : null, e.retracted ? 'r' : null],
            );
          }
          expect(await summaryDrift()).toEqual([]);
          await checkRollup(entries, asOf, regionCode, actsThen);
        },
      ),
      { numRuns: 60 },
    );
    // the other properties judge the actions by their status as created
    await writeHistory(acts.map((a) => ({ actionId: a.id, status: a.status, effectiveOn: '2021-01-01' })));
  }, 180_000);

  /**
   * The summary recomputed from scratch (one row per live entry's action and criterion group),
   * minus the stored one, both ways: empty when the summary is in step.
   */
  async function summaryDrift(): Promise<unknown[]> {
    const cols = `kind, subject_id, region_id, year, with_action, unit, n, value_sum, max_entry_date, latest_created_at, latest_id, latest_value`;
    const fresh = `
      WITH subj AS (
        SELECT 'action' AS kind, e.action_id AS subject_id, e.* FROM progress_entry e WHERE e.action_id IS NOT NULL AND e.retracted_at IS NULL
        UNION ALL
        SELECT 'criterion', e.criterion_id, e.* FROM progress_entry e WHERE e.criterion_id IS NOT NULL AND e.retracted_at IS NULL
      ),
      latest AS (
        SELECT DISTINCT ON (kind, subject_id, region_id, year, action_id IS NOT NULL, coalesce(unit, ''))
               kind, subject_id, region_id, year, action_id IS NOT NULL AS with_action, coalesce(unit, '') AS unit, created_at, id, value
          FROM subj ORDER BY kind, subject_id, region_id, year, action_id IS NOT NULL, coalesce(unit, ''), entry_date DESC, created_at DESC, id DESC
      )
      SELECT g.kind, g.subject_id, g.region_id, g.year, g.with_action, g.unit, g.n, g.value_sum, g.max_entry_date,
             l.created_at AS latest_created_at, l.id AS latest_id, l.value AS latest_value
        FROM (SELECT kind, subject_id, region_id, year, action_id IS NOT NULL AS with_action, coalesce(unit, '') AS unit,
                     count(*)::int AS n, sum(value) AS value_sum, max(entry_date) AS max_entry_date
                FROM subj GROUP BY 1, 2, 3, 4, 5, 6) g
        JOIN latest l USING (kind, subject_id, region_id, year, with_action, unit)`;
    return t.dataSource.query(`
      (SELECT 'missing' AS side, * FROM (${fresh}) f EXCEPT SELECT 'missing', ${cols} FROM progress_summary)
      UNION ALL
      (SELECT 'stale', ${cols} FROM progress_summary EXCEPT SELECT 'stale', * FROM (${fresh}) f)`);
  }

  /** The API's roll-up against the model; `actions` as they stood (the status-history property passes its own). */
  async function checkRollup(entries: Entry[], asOf: string, regionCode: string | null, actions = acts) {
    const regionFilter = regionCode ? org.regions[regionCode] : null;
    const res = await management.get(`/api/plans/${planId}/rollup?asOf=${asOf}${regionFilter ? `&regionId=${regionFilter}` : ''}`);
    expect(res.status).toBe(200);
    const sql = res.body as PlanRollupDto;
    const expected = model(actions, crits, allCrits, entries, asOf, regionFilter, REGION_CODES.map((c) => org.regions[c]));
    const yearOf = (x: object): string => String((x as { year?: number }).year ?? '');
    const byId = <T extends object>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => (key(a) + yearOf(a)).localeCompare(key(b) + yearOf(b)));

    expect(byId(sql.actions.map((a) => ({ actionId: a.actionId, actionStatus: a.actionStatus, status: a.status, overdue: a.overdue, entries: a.entries, actual: a.actual, latest: a.latest, totals: a.totals })), (a) => a.actionId)).toEqual(
      byId(expected.actions, (a) => a.actionId),
    );
    expect(byId(sql.criteria.map((c) => ({ criterionId: c.criterionId, year: c.year, entries: c.entries, actual: c.actual, latest: c.latest, status: c.status, overdue: c.overdue })), (c) => c.criterionId)).toEqual(
      byId(expected.criteria, (c) => c.criterionId),
    );
    const strip = (g: PlanRollupDto['focusAreas'][number]) => {
      const { themeId: _t, title: _ti, ...rest } = g;
      return rest;
    };
    expect(byId(sql.focusAreas.map(strip), (g) => g.id)).toEqual(byId(expected.focusAreas, (g) => g.id));
    expect(byId(sql.regions.map(strip), (g) => g.id)).toEqual(byId(expected.regions, (g) => g.id));
  }

  const insertEntry = async (e: Entry, i: number): Promise<string> => {
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO progress_entry (organization_id, region_id, year, entry_date, criterion_id, action_id, value, unit, narrative, author_name, created_at, retracted_at, retracted_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'x', 'Property', timestamptz '2024-01-01' + make_interval(secs => $9), $10, $11) RETURNING id`,
      [org.organizationId, e.region, e.year, e.date, e.criterionId, e.actionId, e.cents === null ? null : (e.cents / 100).toFixed(2), e.unit, i, e.retracted ? new Date() : null, e.retracted ? 'r' : null],
    );
    return row.id;
  };

  const operation = fc.record({
    op: fc.constantFrom('correct', 'retract', 'delete', 'insert', 'shiftRegion'),
    target: fc.nat(1000),
    raw: rawEntry,
    days: fc.integer({ min: -200, max: 200 }),
  });

  it('after random writes, corrections, retractions and deletions the summary equals a recomputation, and the roll-up the model', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rawEntry, { maxLength: 20 }),
        fc.array(operation, { maxLength: 12 }),
        fc.nat(900),
        fc.option(fc.constantFrom(...REGION_CODES), { nil: null }),
        async (raws, ops, asOfOffset, regionCode) => {
          await t.dataSource.query(`DELETE FROM progress_entry`);
          const entries: Entry[] = [];
          for (const raw of raws) {
            const e = toEntry(raw, entries.length);
            e.id = await insertEntry(e, entries.length);
            entries.push(e);
          }
          let deleted: Entry[] = [];
          for (const o of ops) {
            const live = entries.filter((e) => !deleted.includes(e));
            const target = live.length ? live[o.target % live.length] : null;
            if (o.op === 'insert' || !target) {
              const e = toEntry(o.raw, entries.length);
              e.id = await insertEntry(e, entries.length);
              entries.push(e);
            } else if (o.op === 'correct') {
              // a correction may change anything but the id and the time it was first logged
              const next = toEntry({ ...o.raw, retracted: target.retracted }, 0);
              Object.assign(target, { ...next, id: target.id, createdAt: target.createdAt });
              await t.dataSource.query(
                `UPDATE progress_entry SET region_id = $2, year = $3, entry_date = $4, criterion_id = $5, action_id = $6, value = $7, unit = $8, version = version + 1 WHERE id = $1`,
                [target.id, target.region, target.year, target.date, target.criterionId, target.actionId, target.cents === null ? null : (target.cents / 100).toFixed(2), target.unit],
              );
            } else if (o.op === 'retract') {
              target.retracted = true;
              await t.dataSource.query(`UPDATE progress_entry SET retracted_at = now(), retracted_reason = 'r' WHERE id = $1 AND retracted_at IS NULL`, [target.id]);
            } else if (o.op === 'delete') {
              deleted = [...deleted, target];
              await t.dataSource.query(`DELETE FROM progress_entry WHERE id = $1`, [target.id]);
            } else {
              // one statement, many rows: every entry of the target's region moves by the same number of days
              for (const e of live.filter((x) => x.region === target.region)) e.date = isoOf(day(e.date) + o.days);
              await t.dataSource.query(`UPDATE progress_entry SET entry_date = entry_date + $2::int WHERE region_id = $1`, [target.region, o.days]);
            }
          }
          expect(await summaryDrift()).toEqual([]);
          await checkRollup(entries.filter((e) => !deleted.includes(e)), isoOf(day('2021-01-01') + asOfOffset), regionCode);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('the API\'s writes (log, correct, retract) keep the summary in step in their own transaction', async () => {
    await t.dataSource.query(`DELETE FROM progress_entry`);
    const a1 = acts[0]; // 2021, target 4 kokousta, regions KP and EP
    const KP = org.regions['KP'];
    const created = await management
      .post('/api/progress-entries')
      .send({ regionId: KP, year: 2021, entryDate: '2021-03-01', actionId: a1.id, value: 2, narrative: 'Kaksi kokousta.' })
      .expect(201);
    await management
      .post('/api/progress-entries')
      .send({ regionId: KP, year: 2021, entryDate: '2021-04-01', actionId: a1.id, value: 1, narrative: 'Yksi kokous.' })
      .expect(201);
    expect(await summaryDrift()).toEqual([]);
    const [cell] = await t.dataSource.query(`SELECT n, value_sum::float8 AS sum FROM progress_summary WHERE kind = 'action' AND subject_id = $1 AND region_id = $2`, [a1.id, KP]);
    expect(cell).toEqual({ n: 2, sum: 3 });

    // corrected from 2 to 5 meetings: 5 + 1 = 6
    const corrected = await management.patch(`/api/progress-entries/${created.body.id}`).send({ version: 1, value: 5, correctionReason: 'Laskettu uudelleen.' }).expect(200);
    expect(await summaryDrift()).toEqual([]);
    const rollup = async () => ((await management.get(`/api/plans/${planId}/rollup?asOf=2022-12-31`).expect(200)).body as PlanRollupDto).actions.find((x) => x.actionId === a1.id);
    expect(await rollup()).toMatchObject({ entries: 2, actual: 6, latest: 1 });

    // the summary moves with the entry inside the writing transaction, and back with its rollback
    const sumIn = async (q: { query: (sql: string, p: unknown[]) => Promise<{ sum: number }[]> }) =>
      (await q.query(`SELECT sum(value_sum)::float8 AS sum FROM progress_summary WHERE kind = 'action' AND subject_id = $1`, [a1.id]))[0].sum;
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`UPDATE progress_entry SET value = 100 WHERE id = $1`, [created.body.id]);
        expect(await sumIn(m)).toBe(101);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await sumIn(t.dataSource)).toBe(6);
    expect(await summaryDrift()).toEqual([]);

    // retracted: only the 1 meeting of April is left
    await management.post(`/api/progress-entries/${created.body.id}/retract`).send({ version: corrected.body.version, reason: 'Kirjattu kahteen kertaan.' }).expect(200);
    expect(await summaryDrift()).toEqual([]);
    expect(await rollup()).toMatchObject({ entries: 1, actual: 1, latest: 1 });
  });
});
