import { ConflictException, HttpStatus, Injectable } from '@nestjs/common';
import { domainError, notFound, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  CreateFundingEntryDto,
  FieldError,
  FundingDocumentDto,
  FundingEarmarkDto,
  FundingEntryDto,
  FundingOverviewDto,
  FundingQuery,
  FundingYearDto,
  SessionUser,
  UpdateFundingEntryDto,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { fromCents, sharePercent, summarizeYear, toCents } from './funding-figures.util';

interface EntryRow {
  id: string;
  year: number;
  source: FundingEntryDto['source'];
  payer: FundingEntryDto['payer'];
  region_id: string | null;
  region_code: string | null;
  description: string | null;
  amount: string;
  pool_amount: string | null;
  pool_description: string | null;
  source_ref: string | null;
  version: number;
  updated_at: Date;
}

const SELECT = `
  SELECT e.id, e.year, e.source, e.payer, e.region_id, r.code AS region_code, e.description, e.amount::text AS amount,
         e.pool_amount::text AS pool_amount, e.pool_description, e.source_ref, e.version, e.updated_at
    FROM funding_entry e LEFT JOIN region r ON r.id = e.region_id`;

const ORDER = `ORDER BY e.year, array_position(ARRAY['state_subsidy', 'municipal', 'project', 'other'], e.source), e.payer NULLS LAST, r.code NULLS FIRST, e.created_at, e.id`;

/**
 * Funding per year and source. Every signed-in role reads; management and admins write (the routes
 * decide). Every change writes its `funding_entry` audit row in the same transaction. Totals and
 * shares are computed from the entries on each read (`summarizeYear`), never stored.
 *
 * Other domains (the board pack) read the figures through `overview()`.
 */
@Injectable()
export class FundingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Each year that has entries (within the range), oldest first, with its computed totals. */
  async overview(organizationId: string, query: FundingQuery = {}): Promise<FundingOverviewDto> {
    const entries = await this.entries(this.dataSource.manager, organizationId, {
      where: `($2::int IS NULL OR e.year >= $2) AND ($3::int IS NULL OR e.year <= $3)`,
      params: [query.fromYear ?? null, query.toYear ?? null],
    });
    const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
    return { years: years.map((y) => summarizeYear(y, entries.filter((e) => e.year === y))) };
  }

  /** One year's figures (empty totals when nothing is recorded). */
  async year(organizationId: string, year: number): Promise<FundingYearDto> {
    const { years } = await this.overview(organizationId, { fromYear: year, toYear: year });
    return years[0] ?? summarizeYear(year, []);
  }

  async get(organizationId: string, id: string): Promise<FundingEntryDto> {
    return this.find(this.dataSource.manager, organizationId, id);
  }

  async create(user: SessionUser, dto: CreateFundingEntryDto): Promise<FundingEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, user.organizationId, dto);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO funding_entry (organization_id, year, source, payer, region_id, description, amount, pool_amount, pool_description, source_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [user.organizationId, dto.year, dto.source, dto.payer ?? null, dto.regionId ?? null, dto.description ?? null, dto.amount, dto.poolAmount ?? null, dto.poolDescription ?? null, dto.sourceRef ?? null],
      );
      await this.writeParts(manager, user.organizationId, id, dto);
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'funding_entry', entityId: id, action: 'create', before: null, after });
      return after;
    });
  }

  /** Replaces the entry with the body (earmarks and documents included); 409 when `version` is stale. */
  async update(user: SessionUser, id: string, dto: UpdateFundingEntryDto): Promise<FundingEntryDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.version !== dto.version) throw stale(id, dto.version, before);
      await this.check(manager, user.organizationId, dto);
      await manager.query(
        `UPDATE funding_entry SET year = $2, source = $3, payer = $4, region_id = $5, description = $6, amount = $7, pool_amount = $8,
                pool_description = $9, source_ref = $10, updated_at = now(), version = version + 1
          WHERE id = $1`,
        [id, dto.year, dto.source, dto.payer ?? null, dto.regionId ?? null, dto.description ?? null, dto.amount, dto.poolAmount ?? null, dto.poolDescription ?? null, dto.sourceRef ?? null],
      );
      await manager.query(`DELETE FROM funding_earmark WHERE entry_id = $1`, [id]);
      await manager.query(`DELETE FROM funding_document WHERE entry_id = $1`, [id]);
      await this.writeParts(manager, user.organizationId, id, dto);
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'funding_entry', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  /** Deletes the entry (its earmarks and documents with it); the audit row keeps what it was. */
  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.version !== version) throw stale(id, version, before);
      await manager.query(`DELETE FROM funding_entry WHERE id = $1`, [id]);
      await this.audit.record(manager, user, { entityType: 'funding_entry', entityId: id, action: 'delete', before, after: null });
    });
  }

  /** Rules across fields, each named: payer only for municipal money, earmarks within the amount, the pool at least the amount, a region of the organization. */
  private async check(manager: EntityManager, organizationId: string, dto: CreateFundingEntryDto): Promise<void> {
    const errors: FieldError[] = [];
    if (dto.payer && dto.source !== 'municipal') {
      errors.push({ field: 'payer', code: 'not_allowed', message: 'payer is only for municipal contributions' });
    }
    const amount = toCents(dto.amount);
    const earmarked = (dto.earmarks ?? []).reduce((acc, m) => acc + toCents(m.amount), 0n);
    if (earmarked > amount) {
      errors.push({ field: 'earmarks', code: 'out_of_range', message: `earmarks total ${fromCents(earmarked)} € exceeds the amount ${fromCents(amount)} €` });
    }
    (dto.earmarks ?? []).forEach((m, i) => {
      if (toCents(m.amount) === 0n) errors.push({ field: `earmarks.${i}.amount`, code: 'out_of_range', message: `earmarks.${i}.amount must be more than zero` });
    });
    if (dto.poolAmount !== null && dto.poolAmount !== undefined && toCents(dto.poolAmount) < amount) {
      errors.push({ field: 'poolAmount', code: 'out_of_range', message: `poolAmount ${fromCents(toCents(dto.poolAmount))} € is less than the amount ${fromCents(amount)} €` });
    }
    if (errors.length > 0) {
      throw domainError('validation_failed', HttpStatus.BAD_REQUEST, errors.map((e) => e.message).join('; '), undefined, { errors });
    }
    if (dto.regionId) {
      const [region] = await manager.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [dto.regionId, organizationId]);
      if (!region) throw notFound('region_not_found', `Region ${dto.regionId} not found`, { id: dto.regionId });
    }
  }

  private async writeParts(manager: EntityManager, organizationId: string, entryId: string, dto: CreateFundingEntryDto): Promise<void> {
    for (const [i, m] of (dto.earmarks ?? []).entries()) {
      await manager.query(
        `INSERT INTO funding_earmark (organization_id, entry_id, kind, label, amount, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`,
        [organizationId, entryId, m.kind, m.label ?? null, m.amount, i + 1],
      );
    }
    for (const [i, d] of (dto.documents ?? []).entries()) {
      await manager.query(
        `INSERT INTO funding_document (organization_id, entry_id, title, url, file_ref, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`,
        [organizationId, entryId, d.title, d.url ?? null, d.fileRef ?? null, i + 1],
      );
    }
  }

  /** An entry of the organization (404 otherwise); `lock` takes the row for the transaction. */
  private async find(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<FundingEntryDto> {
    const [entry] = await this.entries(manager, organizationId, { where: `e.id = $2`, params: [id], lock });
    if (!entry) throw notFound('funding_entry_not_found', `Funding entry ${id} not found`, { id });
    return entry;
  }

  private async entries(
    manager: EntityManager,
    organizationId: string,
    filter: { where: string; params: unknown[]; lock?: boolean },
  ): Promise<FundingEntryDto[]> {
    const rows: EntryRow[] = await manager.query(
      `${SELECT} WHERE e.organization_id = $1 AND ${filter.where} ${ORDER}${filter.lock ? ' FOR UPDATE OF e' : ''}`,
      [organizationId, ...filter.params],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const earmarks: { entry_id: string; kind: FundingEarmarkDto['kind']; label: string | null; amount: string }[] = await manager.query(
      `SELECT entry_id, kind, label, amount::text AS amount FROM funding_earmark WHERE entry_id = ANY($1) ORDER BY entry_id, sort_order`,
      [ids],
    );
    const documents: { entry_id: string; title: string; url: string | null; file_ref: string | null }[] = await manager.query(
      `SELECT entry_id, title, url, file_ref FROM funding_document WHERE entry_id = ANY($1) ORDER BY entry_id, sort_order`,
      [ids],
    );
    return rows.map((r) => {
      const amount = toCents(r.amount);
      const own = earmarks.filter((m) => m.entry_id === r.id);
      const earmarked = own.reduce((acc, m) => acc + toCents(m.amount), 0n);
      return {
        id: r.id,
        year: r.year,
        source: r.source,
        payer: r.payer,
        regionId: r.region_id,
        regionCode: r.region_code,
        description: r.description,
        amount: fromCents(amount),
        poolAmount: r.pool_amount === null ? null : fromCents(toCents(r.pool_amount)),
        poolDescription: r.pool_description,
        poolSharePercent: r.pool_amount === null ? null : sharePercent(amount, toCents(r.pool_amount)),
        earmarks: own.map((m) => ({ kind: m.kind, label: m.label, amount: fromCents(toCents(m.amount)), sharePercent: sharePercent(toCents(m.amount), amount) })),
        unearmarked: fromCents(amount - earmarked),
        documents: documents.filter((d) => d.entry_id === r.id).map((d): FundingDocumentDto => ({ title: d.title, url: d.url, fileRef: d.file_ref })),
        sourceRef: r.source_ref,
        version: r.version,
        updatedAt: new Date(r.updated_at).toISOString(),
      };
    });
  }
}

function stale(id: string, version: number, current: FundingEntryDto): ConflictException {
  return versionConflict(`Funding entry ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version }, current);
}
