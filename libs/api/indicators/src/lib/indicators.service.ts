import { ConflictException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { conflict, domainError, Environment, notFound, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { JobsService } from '@suunta/api-jobs';
import { StrategyReadService } from '@suunta/api-strategy';
import type {
  CreateIndicatorChoiceDto,
  IndicatorChoiceDto,
  IndicatorCsvPreviewDto,
  IndicatorCsvProblem,
  IndicatorCsvUploadDto,
  IndicatorFocusAreaOptionDto,
  IndicatorRegionDto,
  IndicatorSeriesDto,
  IndicatorSyncStartedDto,
  IndicatorTrendDto,
  ThlText,
  SessionUser,
  UpdateIndicatorChoiceDto,
  UpdateIndicatorRegionDto,
} from '@suunta/shared-domain';
import { helsinkiYear } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { SotkanetClient, SotkanetError, type SotkanetMetadata } from './sotkanet.client';
import { parseSotkanetCsv } from './sotkanet-csv.util';

/** The pg-boss queue of the Sotkanet fetch. */
export const INDICATOR_SYNC_QUEUE = 'indicators.sync';

/** How many years back from THL's newest year a sync fetches. */
export const SYNC_YEARS = 10;

interface ChoiceRow {
  id: string;
  sotkanet_id: number;
  focus_area_id: string | null;
  title_fi: string | null;
  title_sv: string | null;
  title_en: string | null;
  description: ThlText | null;
  interpretation: ThlText | null;
  source: ThlText | null;
  unit: string | null;
  decimals: number | null;
  range_start: number | null;
  range_end: number | null;
  fetch_status: IndicatorChoiceDto['fetchStatus'];
  fetch_error: string | null;
  last_attempt_at: Date | null;
  values_fetched_at: Date | null;
  values_source: IndicatorChoiceDto['valuesSource'];
  value_count: number;
  version: number;
}

interface RegionRow {
  region_id: string;
  region_code: string;
  name: { fi?: string; sv?: string; en?: string };
  sotkanet_category: string | null;
  sotkanet_code: string | null;
  sotkanet_region_id: number | null;
  sotkanet_title: string | null;
  version: number | null;
}

export interface SyncOutcome {
  indicatorId: string;
  sotkanetId: number;
  status: 'ok' | 'failed';
  valueCount: number;
  error: string | null;
}

const CHOICE_SELECT = `
  SELECT c.id, c.sotkanet_id, c.focus_area_id, c.title_fi, c.title_sv, c.title_en, c.description, c.interpretation, c.source,
         c.unit, c.decimals, c.range_start, c.range_end, c.fetch_status, c.fetch_error, c.last_attempt_at, c.values_fetched_at,
         c.values_source, c.version,
         (SELECT count(*)::int FROM indicator_value v WHERE v.choice_id = c.id) AS value_count
    FROM indicator_choice c`;

function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}

/**
 * THL Sotkanet context indicators: which indicators an organization follows (each linked to a
 * focus area), how its regions are found in Sotkanet, and the values fetched (job
 * `indicators.sync`) or uploaded from a Sotkanet CSV export. Every signed-in role reads; management
 * and admins choose, link, map regions, start a sync and upload (the routes decide). Choices and
 * region mappings are audited and versioned (409 when stale).
 */
@Injectable()
export class IndicatorsService {
  private readonly logger = new Logger(IndicatorsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyReadService,
    private readonly jobs: JobsService,
    private readonly env: Environment,
  ) {
    // A failed fetch is recorded on each indicator (status `failed`, the reason) and the job
    // completes: retrying a server that cannot reach Sotkanet every few minutes helps nobody.
    jobs.register<{ organizationId: string }>(INDICATOR_SYNC_QUEUE, { retryLimit: 0, deleteAfterSeconds: 7 * 24 * 3600 }, async (data) => {
      await this.sync(data.organizationId);
    });
  }

  async list(organizationId: string): Promise<IndicatorChoiceDto[]> {
    return this.choices(this.dataSource.manager, organizationId, 'TRUE', []);
  }

  /** The indicators linked to a focus area, each with its series per region (gender total). */
  async trends(organizationId: string, focusAreaId: string): Promise<IndicatorTrendDto[]> {
    const indicators = await this.choices(this.dataSource.manager, organizationId, 'c.focus_area_id = $2', [focusAreaId]);
    if (indicators.length === 0) return [];
    const rows: { choice_id: string; region_id: string; region_code: string; name: RegionRow['name']; sort_order: number; year: number; value: string; abs_value: string | null }[] =
      await this.dataSource.query(
        `SELECT v.choice_id, v.region_id, r.code AS region_code, r.name, r.sort_order, v.year, v.value::text AS value, v.abs_value::text AS abs_value
           FROM indicator_value v JOIN region r ON r.id = v.region_id
          WHERE v.organization_id = $1 AND v.choice_id = ANY($2::uuid[]) AND v.gender = 'total'
          ORDER BY r.sort_order, r.code, v.year`,
        [organizationId, indicators.map((i) => i.id)],
      );
    return indicators.map((indicator) => {
      const series: IndicatorSeriesDto[] = [];
      for (const r of rows.filter((x) => x.choice_id === indicator.id)) {
        let s = series.find((x) => x.regionId === r.region_id);
        if (!s) {
          s = { regionId: r.region_id, regionCode: r.region_code, regionName: r.name.fi ?? r.region_code, points: [] };
          series.push(s);
        }
        s.points.push({ year: r.year, value: Number(r.value), absValue: r.abs_value === null ? null : Number(r.abs_value) });
      }
      return { indicator, series };
    });
  }

  /** Focus areas to link to (api-strategy's options: strategies valid this year first). */
  async focusAreaOptions(organizationId: string): Promise<IndicatorFocusAreaOptionDto[]> {
    const options = await this.strategy.focusAreaOptions(organizationId, helsinkiYear());
    return options.map((o) => ({ id: o.id, code: o.code, title: o.title, strategyTitle: o.strategyTitle, validThisYear: o.validInYear }));
  }

  async get(organizationId: string, id: string): Promise<IndicatorChoiceDto> {
    return this.find(this.dataSource.manager, organizationId, id);
  }

  async create(user: SessionUser, dto: CreateIndicatorChoiceDto): Promise<IndicatorChoiceDto> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.focusAreaId) await this.requireFocusArea(manager, user.organizationId, dto.focusAreaId);
      const [existing] = await manager.query(`SELECT id FROM indicator_choice WHERE organization_id = $1 AND sotkanet_id = $2`, [user.organizationId, dto.sotkanetId]);
      if (existing) throw conflict('indicator_already_chosen', `Sotkanet indicator ${dto.sotkanetId} is already chosen`, { sotkanetId: dto.sotkanetId });
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO indicator_choice (organization_id, sotkanet_id, focus_area_id, title_fi) VALUES ($1, $2, $3, $4) RETURNING id`,
        [user.organizationId, dto.sotkanetId, dto.focusAreaId ?? null, dto.title ?? null],
      );
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'indicator_choice', entityId: id, action: 'create', before: null, after: auditView(after) });
      return after;
    });
  }

  /** Links the indicator to another focus area (or none); 409 when `version` is stale. */
  async update(user: SessionUser, id: string, dto: UpdateIndicatorChoiceDto): Promise<IndicatorChoiceDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.version !== dto.version) throw stale(id, dto.version, before);
      if (dto.focusAreaId) await this.requireFocusArea(manager, user.organizationId, dto.focusAreaId);
      await manager.query(`UPDATE indicator_choice SET focus_area_id = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [id, dto.focusAreaId]);
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'indicator_choice', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
      return after;
    });
  }

  /** Stops following the indicator; its stored values go with it (the audit row keeps what it was). */
  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.version !== version) throw stale(id, version, before);
      await manager.query(`DELETE FROM indicator_choice WHERE id = $1`, [id]);
      await this.audit.record(manager, user, { entityType: 'indicator_choice', entityId: id, action: 'delete', before: auditView(before), after: null });
    });
  }

  /** Every region of the organization with how it is found in Sotkanet (unmapped regions too). */
  async regions(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<IndicatorRegionDto[]> {
    const rows: RegionRow[] = await manager.query(
      `SELECT r.id AS region_id, r.code AS region_code, r.name, m.sotkanet_category, m.sotkanet_code, m.sotkanet_region_id, m.sotkanet_title, m.version
         FROM region r LEFT JOIN indicator_region m ON m.region_id = r.id
        WHERE r.organization_id = $1 ORDER BY r.sort_order, r.code`,
      [organizationId],
    );
    return rows.map((r) => ({
      regionId: r.region_id,
      regionCode: r.region_code,
      regionName: r.name.fi ?? r.region_code,
      sotkanetCategory: r.sotkanet_category ?? 'MAAKUNTA',
      sotkanetCode: r.sotkanet_code,
      sotkanetRegionId: r.sotkanet_region_id,
      sotkanetTitle: r.sotkanet_title,
      version: r.version ?? 0,
    }));
  }

  /** Sets how a region is found in Sotkanet; `version` 0 for a region not mapped yet; 409 when stale. */
  async updateRegion(user: SessionUser, regionId: string, dto: UpdateIndicatorRegionDto): Promise<IndicatorRegionDto> {
    return this.dataSource.transaction(async (manager) => {
      const [region] = await manager.query(`SELECT id FROM region WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [regionId, user.organizationId]);
      if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
      const before = (await this.regions(user.organizationId, manager)).find((r) => r.regionId === regionId) as IndicatorRegionDto;
      if (before.version !== dto.version) {
        throw versionConflict(`The Sotkanet mapping of region ${before.regionCode} was changed by someone else; reload and try again`, { version: dto.version }, before);
      }
      if (dto.sotkanetCode === null && dto.sotkanetRegionId === null) {
        throw domainError('validation_failed', HttpStatus.BAD_REQUEST, 'sotkanetCode or sotkanetRegionId is required', undefined, {
          errors: [{ field: 'sotkanetCode', code: 'required', message: 'sotkanetCode or sotkanetRegionId is required' }],
        });
      }
      // A changed code makes the resolved id stale unless the id is given too.
      const codeChanged = dto.sotkanetCode !== before.sotkanetCode || dto.sotkanetCategory !== before.sotkanetCategory;
      const regionIdValue = dto.sotkanetRegionId ?? (codeChanged ? null : before.sotkanetRegionId);
      await manager.query(
        `INSERT INTO indicator_region (organization_id, region_id, sotkanet_category, sotkanet_code, sotkanet_region_id, sotkanet_title)
         VALUES ($1, $2, $3, $4, $5, NULL)
         ON CONFLICT (region_id) DO UPDATE SET sotkanet_category = EXCLUDED.sotkanet_category, sotkanet_code = EXCLUDED.sotkanet_code,
           sotkanet_region_id = EXCLUDED.sotkanet_region_id,
           sotkanet_title = CASE WHEN EXCLUDED.sotkanet_region_id IS NOT DISTINCT FROM indicator_region.sotkanet_region_id THEN indicator_region.sotkanet_title END,
           version = indicator_region.version + 1, updated_at = now()`,
        [user.organizationId, regionId, dto.sotkanetCategory, dto.sotkanetCode, regionIdValue],
      );
      const after = (await this.regions(user.organizationId, manager)).find((r) => r.regionId === regionId) as IndicatorRegionDto;
      await this.audit.record(manager, user, { entityType: 'indicator_region', entityId: regionId, action: before.version === 0 ? 'create' : 'update', before: before.version === 0 ? null : before, after });
      return after;
    });
  }

  /** Enqueues a fetch of every chosen indicator from Sotkanet (job `indicators.sync`). */
  async startSync(user: SessionUser): Promise<IndicatorSyncStartedDto> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM indicator_choice WHERE organization_id = $1`, [user.organizationId]);
    const jobId = await this.jobs.send(INDICATOR_SYNC_QUEUE, { organizationId: user.organizationId });
    return { jobId, indicatorCount: n };
  }

  /**
   * Fetches THL's metadata and the last {@link SYNC_YEARS} years of values of every chosen
   * indicator for the organization's mapped regions, replacing the values stored. A failure is
   * recorded on the indicator (status `failed` with the reason; earlier values are kept) and
   * never thrown: one unreachable indicator does not stop the others.
   */
  async sync(organizationId: string): Promise<SyncOutcome[]> {
    const client = new SotkanetClient(this.env.SOTKANET_URL, this.env.SOTKANET_TIMEOUT_SECONDS * 1000);
    const choices: { id: string; sotkanet_id: number }[] = await this.dataSource.query(
      `SELECT id, sotkanet_id FROM indicator_choice WHERE organization_id = $1 ORDER BY sotkanet_id`,
      [organizationId],
    );
    if (choices.length === 0) return [];
    let regionError: string | null = null;
    let byId = new Map<number, string>();
    try {
      byId = await this.resolveRegions(client, organizationId);
      if (byId.size === 0) regionError = 'No region of the organization is mapped to a Sotkanet region';
    } catch (error) {
      regionError = error instanceof SotkanetError ? error.message : `Sotkanet regions: ${(error as Error).message}`;
    }
    const outcomes: SyncOutcome[] = [];
    for (const choice of choices) {
      try {
        if (regionError) throw new SotkanetError(regionError);
        const meta = await client.metadata(choice.sotkanet_id);
        const end = meta.rangeEnd ?? helsinkiYear() - 1;
        const start = Math.max(meta.rangeStart ?? end - SYNC_YEARS + 1, end - SYNC_YEARS + 1);
        const years = Array.from({ length: end - start + 1 }, (_, i) => start + i);
        const data = (await client.data(choice.sotkanet_id, years)).filter((d) => byId.has(d.region) && d.gender === 'total');
        await this.dataSource.transaction(async (manager) => {
          await this.writeMetadata(manager, choice.id, meta);
          await manager.query(`DELETE FROM indicator_value WHERE choice_id = $1`, [choice.id]);
          for (const d of data) {
            await manager.query(
              `INSERT INTO indicator_value (organization_id, choice_id, region_id, year, gender, value, abs_value, source, fetched_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, 'sotkanet_api', now())
               ON CONFLICT (choice_id, region_id, year, gender) DO UPDATE SET value = EXCLUDED.value, abs_value = EXCLUDED.abs_value`,
              [organizationId, choice.id, byId.get(d.region), d.year, d.gender, d.value, d.absValue],
            );
          }
          await manager.query(
            `UPDATE indicator_choice SET fetch_status = 'ok', fetch_error = NULL, last_attempt_at = now(), values_fetched_at = now(), values_source = 'sotkanet_api' WHERE id = $1`,
            [choice.id],
          );
        });
        outcomes.push({ indicatorId: choice.id, sotkanetId: choice.sotkanet_id, status: 'ok', valueCount: data.length, error: null });
      } catch (error) {
        const message = error instanceof SotkanetError ? error.message : `Indicator ${choice.sotkanet_id}: ${(error as Error).message}`;
        this.logger.warn(`Sotkanet fetch of indicator ${choice.sotkanet_id} failed: ${message}`);
        await this.dataSource.query(`UPDATE indicator_choice SET fetch_status = 'failed', fetch_error = $2, last_attempt_at = now() WHERE id = $1`, [choice.id, message.slice(0, 1000)]);
        outcomes.push({ indicatorId: choice.id, sotkanetId: choice.sotkanet_id, status: 'failed', valueCount: 0, error: message });
      }
    }
    return outcomes;
  }

  /**
   * Checks a Sotkanet CSV export and previews it; with `dryRun: false` and no problems, stores its
   * values (replacing those of the same indicator, region, year and gender) in one transaction.
   */
  async uploadCsv(user: SessionUser, dto: IndicatorCsvUploadDto): Promise<IndicatorCsvPreviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const parsed = parseSotkanetCsv(dto.csv);
      const problems: IndicatorCsvProblem[] = [...parsed.problems];
      const choices: { id: string; sotkanet_id: number; title_fi: string | null }[] = await manager.query(
        `SELECT id, sotkanet_id, title_fi FROM indicator_choice WHERE organization_id = $1 FOR UPDATE`,
        [user.organizationId],
      );
      const regions = await this.regions(user.organizationId, manager);
      const regionNames: { id: string; names: string[] }[] = await manager.query(
        `SELECT id, ARRAY[lower(code), lower(name->>'fi'), lower(name->>'sv'), lower(name->>'en')] AS names FROM region WHERE organization_id = $1`,
        [user.organizationId],
      );
      const resolveRegion = (cell: string): IndicatorRegionDto | undefined => {
        if (/^\d+$/.test(cell)) return regions.find((r) => r.sotkanetRegionId === Number(cell));
        const lower = cell.toLowerCase();
        const byName = regionNames.find((r) => r.names.includes(lower));
        return byName ? regions.find((r) => r.regionId === byName.id) : regions.find((r) => r.sotkanetTitle?.toLowerCase() === lower);
      };
      const accepted: { choiceId: string; regionId: string; row: (typeof parsed.rows)[number] }[] = [];
      for (const row of parsed.rows) {
        const choice = choices.find((c) => c.sotkanet_id === row.indicator);
        if (!choice) {
          problems.push({ line: row.line, code: 'unknown_indicator', message: `Line ${row.line}: indicator ${row.indicator} is not one of the chosen indicators`, column: 'indicator', value: String(row.indicator) });
          continue;
        }
        const region = resolveRegion(row.region);
        if (!region) {
          problems.push({ line: row.line, code: 'unknown_region', message: `Line ${row.line}: region "${row.region}" is not a region of the organization (nor its Sotkanet id)`, column: 'region', value: row.region });
          continue;
        }
        accepted.push({ choiceId: choice.id, regionId: region.regionId, row });
      }
      problems.sort((a, b) => a.line - b.line);
      const perIndicator = choices
        .map((c) => {
          const mine = accepted.filter((a) => a.choiceId === c.id);
          return {
            sotkanetId: c.sotkanet_id,
            title: c.title_fi,
            valueCount: mine.length,
            years: [...new Set(mine.map((a) => a.row.year))].sort((a, b) => a - b),
            regionCodes: regions.filter((r) => mine.some((a) => a.regionId === r.regionId)).map((r) => r.regionCode),
          };
        })
        .filter((p) => p.valueCount > 0);
      const preview: IndicatorCsvPreviewDto = {
        columns: parsed.columns,
        rowCount: parsed.rows.length + parsed.skippedEmpty + parsed.problems.length,
        skippedEmpty: parsed.skippedEmpty,
        perIndicator,
        problems,
        stored: false,
      };
      if (dto.dryRun) return preview;
      if (problems.length > 0 || accepted.length === 0) {
        const errors = problems.length > 0 ? problems : [{ line: 1, code: 'empty', message: 'The file has no values to store' }];
        throw domainError('indicator_csv_invalid', HttpStatus.BAD_REQUEST, errors.map((p) => p.message).slice(0, 20).join('; '), { count: errors.length }, {
          errors: errors.map((p) => ({ field: `line ${p.line}`, code: p.code, message: p.message })),
        });
      }
      for (const a of accepted) {
        await manager.query(
          `INSERT INTO indicator_value (organization_id, choice_id, region_id, year, gender, value, abs_value, source, fetched_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'csv_upload', now())
           ON CONFLICT (choice_id, region_id, year, gender) DO UPDATE SET value = EXCLUDED.value, abs_value = EXCLUDED.abs_value, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at`,
          [user.organizationId, a.choiceId, a.regionId, a.row.year, a.row.gender, a.row.value, a.row.absValue],
        );
      }
      for (const p of perIndicator) {
        const choice = choices.find((c) => c.sotkanet_id === p.sotkanetId) as (typeof choices)[number];
        await manager.query(
          `UPDATE indicator_choice SET fetch_status = 'ok', fetch_error = NULL, values_fetched_at = now(), values_source = 'csv_upload', updated_at = now() WHERE id = $1`,
          [choice.id],
        );
        await this.audit.record(manager, user, {
          entityType: 'indicator_choice',
          entityId: choice.id,
          action: 'import',
          before: null,
          after: { sotkanetId: p.sotkanetId, title: p.title, valueCount: p.valueCount, years: p.years, regions: p.regionCodes, source: 'csv_upload' },
        });
      }
      return { ...preview, stored: true };
    });
  }

  /** Resolves mapped regions without a Sotkanet id from Sotkanet's region list (stored); Sotkanet region id → region id. */
  private async resolveRegions(client: SotkanetClient, organizationId: string): Promise<Map<number, string>> {
    let mapped = await this.regions(organizationId);
    if (mapped.some((r) => r.version > 0 && r.sotkanetRegionId === null && r.sotkanetCode !== null)) {
      const sotkanet = await client.regions();
      for (const r of mapped.filter((m) => m.version > 0 && m.sotkanetRegionId === null && m.sotkanetCode !== null)) {
        const found = sotkanet.find((s) => s.category === r.sotkanetCategory && s.code === r.sotkanetCode);
        if (found) {
          await this.dataSource.query(`UPDATE indicator_region SET sotkanet_region_id = $2, sotkanet_title = $3, updated_at = now() WHERE region_id = $1`, [
            r.regionId,
            found.id,
            found.title.fi,
          ]);
        }
      }
      mapped = await this.regions(organizationId);
    }
    return new Map(mapped.filter((r) => r.sotkanetRegionId !== null).map((r) => [r.sotkanetRegionId as number, r.regionId]));
  }

  private async writeMetadata(manager: EntityManager, id: string, m: SotkanetMetadata): Promise<void> {
    await manager.query(
      `UPDATE indicator_choice SET title_fi = $2, title_sv = $3, title_en = $4, description = $5, interpretation = $6, source = $7, unit = $8,
              decimals = $9, range_start = $10, range_end = $11, metadata_fetched_at = now()
        WHERE id = $1`,
      [id, m.title.fi, m.title.sv, m.title.en, m.description, m.interpretation, m.source, m.unit, m.decimals, m.rangeStart, m.rangeEnd],
    );
  }

  private async requireFocusArea(manager: EntityManager, organizationId: string, focusAreaId: string): Promise<void> {
    const [ref] = await this.strategy.focusAreaRefs(organizationId, [focusAreaId], 'newest_strategy_first', manager);
    if (!ref) throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
  }

  private async find(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<IndicatorChoiceDto> {
    const [choice] = await this.choices(manager, organizationId, 'c.id = $2', [id], lock);
    if (!choice) throw notFound('indicator_not_found', `Indicator ${id} not found`, { id });
    return choice;
  }

  private async choices(manager: EntityManager, organizationId: string, where: string, params: unknown[], lock = false): Promise<IndicatorChoiceDto[]> {
    const rows: ChoiceRow[] = await manager.query(
      `${CHOICE_SELECT} WHERE c.organization_id = $1 AND ${where} ORDER BY c.sotkanet_id${lock ? ' FOR UPDATE OF c' : ''}`,
      [organizationId, ...params],
    );
    const focusAreaIds = [...new Set(rows.map((r) => r.focus_area_id).filter((x): x is string => x !== null))];
    const refs = await this.strategy.focusAreaRefs(organizationId, focusAreaIds, 'newest_strategy_first', manager);
    return rows.map((r) => {
      const fa = refs.find((x) => x.id === r.focus_area_id);
      return {
        id: r.id,
        sotkanetId: r.sotkanet_id,
        focusAreaId: r.focus_area_id,
        focusAreaCode: fa?.code ?? null,
        focusAreaTitle: fa?.title ?? null,
        title: { fi: r.title_fi, sv: r.title_sv, en: r.title_en },
        description: r.description,
        interpretation: r.interpretation,
        source: r.source,
        unit: r.unit,
        decimals: r.decimals,
        rangeStart: r.range_start,
        rangeEnd: r.range_end,
        fetchStatus: r.fetch_status,
        fetchError: r.fetch_error,
        lastAttemptAt: iso(r.last_attempt_at),
        valuesFetchedAt: iso(r.values_fetched_at),
        valuesSource: r.values_source,
        valueCount: r.value_count,
        version: r.version,
      };
    });
  }
}

/** What the audit trail keeps of a choice: the choice itself, not THL's long texts. */
function auditView(c: IndicatorChoiceDto): Record<string, unknown> {
  return { sotkanetId: c.sotkanetId, title: c.title.fi, focusAreaId: c.focusAreaId, focusArea: c.focusAreaCode ?? c.focusAreaTitle, version: c.version };
}

function stale(id: string, version: number, current: IndicatorChoiceDto): ConflictException {
  return versionConflict(`Indicator ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version }, current);
}
