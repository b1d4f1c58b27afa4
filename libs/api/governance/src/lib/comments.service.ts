import { ConflictException, Injectable } from '@nestjs/common';
import { domainError, notFound, versionConflict } from '@suunta/api-core';
import { AccountDirectoryService, AuditService } from '@suunta/api-accounts';
import type { CommentDto, CommentQuery, CreateCommentDto, SessionUser, UpdateCommentDto } from '@suunta/shared-domain';
import { StrategyLookupService } from '@suunta/api-strategy';
import { DataSource, EntityManager } from 'typeorm';

interface CommentRow {
  id: string;
  focus_area_id: string;
  year: number;
  region_id: string | null;
  author_id: string;
  body: string;
  created_at: Date;
  edited_at: Date | null;
  version: number;
}

const SELECT = `
  SELECT c.id, c.focus_area_id, c.year, c.region_id, c.author_id, c.body, c.created_at, c.edited_at, c.version
    FROM comment c`;

/**
 * Comments on a focus area for a year. Anyone of the organization reads; board, management and
 * admins write (the route decides); only the author edits; the author or an admin deletes (soft).
 * Every change writes its audit row in the same transaction.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /** Oldest first (a conversation reads top-down); deleted ones are left out. */
  async list(organizationId: string, query: CommentQuery): Promise<CommentDto[]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `${SELECT}
        WHERE c.organization_id = $1 AND c.focus_area_id = $2 AND c.year = $3 AND c.deleted_at IS NULL
          AND ($4::uuid IS NULL OR c.region_id = $4)
        ORDER BY c.created_at, c.id`,
      [organizationId, query.focusAreaId, query.year, query.regionId ?? null],
    );
    return this.withAuthorNames(organizationId, rows, this.dataSource.manager);
  }

  async create(user: SessionUser, dto: CreateCommentDto): Promise<CommentDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.strategy.requireFocusArea(user.organizationId, dto.focusAreaId, manager);
      if (dto.regionId) {
        const [region] = await manager.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [dto.regionId, user.organizationId]);
        if (!region) throw notFound('region_not_found', `Region ${dto.regionId} not found`, { id: dto.regionId });
      }
      const [{ id }] = await manager.query(
        `INSERT INTO comment (organization_id, focus_area_id, year, region_id, author_id, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [user.organizationId, dto.focusAreaId, dto.year, dto.regionId ?? null, user.id, dto.body],
      );
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'comment', entityId: id, action: 'create', before: null, after });
      return after;
    });
  }

  /** Only the author; 409 when `version` is not the stored one. */
  async update(user: SessionUser, id: string, dto: UpdateCommentDto): Promise<CommentDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.authorId !== user.id) throw domainError('comment_not_author', 403, 'Only the author may edit a comment');
      if (before.version !== dto.version) throw stale(id, dto.version);
      await manager.query(`UPDATE comment SET body = $2, edited_at = now(), version = version + 1 WHERE id = $1`, [id, dto.body]);
      const after = await this.find(manager, user.organizationId, id);
      await this.audit.record(manager, user, { entityType: 'comment', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  /** The author or an admin; soft delete (the row stays, hidden from lists). */
  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, user.organizationId, id, true);
      if (before.authorId !== user.id && !user.roles.includes('admin')) throw domainError('comment_not_author', 403, 'Only the author or an admin may delete a comment');
      if (before.version !== version) throw stale(id, version);
      await manager.query(`UPDATE comment SET deleted_at = now(), version = version + 1 WHERE id = $1`, [id]);
      await this.audit.record(manager, user, { entityType: 'comment', entityId: id, action: 'delete', before, after: null });
    });
  }

  /** A live comment of the organization (404 otherwise); `lock` takes the row for the transaction. */
  private async find(manager: EntityManager, organizationId: string, id: string, lock = false): Promise<CommentDto> {
    const [row]: CommentRow[] = await manager.query(
      `${SELECT} WHERE c.id = $1 AND c.organization_id = $2 AND c.deleted_at IS NULL${lock ? ' FOR UPDATE OF c' : ''}`,
      [id, organizationId],
    );
    if (!row) throw notFound('comment_not_found', `Comment ${id} not found`, { id });
    const [dto] = await this.withAuthorNames(organizationId, [row], manager);
    return dto;
  }

  /** The rows as DTOs with their authors' names (accounts owns them; an author is always of the organization). */
  private async withAuthorNames(organizationId: string, rows: CommentRow[], manager: EntityManager): Promise<CommentDto[]> {
    const names = await this.accounts.displayNames(organizationId, rows.map((r) => r.author_id), manager);
    return rows.map((r) => toDto(r, names.get(r.author_id) ?? ''));
  }
}

function stale(id: string, version: number): ConflictException {
  return versionConflict(`Comment ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
}

function toDto(r: CommentRow, authorName: string): CommentDto {
  return {
    id: r.id,
    focusAreaId: r.focus_area_id,
    year: r.year,
    regionId: r.region_id,
    authorId: r.author_id,
    authorName,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
    editedAt: r.edited_at ? new Date(r.edited_at).toISOString() : null,
    version: r.version,
  };
}
