import { Controller, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { csvRow, CurrentUser, GetRoute } from '@suunta/api-core';
import type { AuditActorDto, AuditPageDto, SessionUser } from '@suunta/shared-domain';
import { helsinkiDay } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import { AuditQueryDto } from './audit-query.dto';
import { AuditQueryService } from './audit-query.service';

/** Who reads the whole trail: admins and the board. */
const AUDITORS = ['admin', 'board'] as const;
const CSV_COLUMNS = ['at_utc', 'actor_email', 'actor_name', 'action', 'entity_type', 'entity_id', 'ip', 'before', 'after'];

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @GetRoute({
    access: 'authenticated',
    summary: 'The audit trail, newest first',
    description:
      'Admins and board members: the whole trail, filtered by entityType, entityId, actorId, action, q (object name), from, to. ' +
      "Everyone else: one entity's own history (entityType and entityId both given; not for user or access records), else 403.",
    ok: 'A page of audit entries',
  })
  list(@CurrentUser() user: SessionUser, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(user, query);
  }

  @GetRoute('actors', { access: AUDITORS, summary: 'The people who appear in the trail as authors (for the person filter)', ok: 'id, name and e-mail of each author, by name' })
  actors(@CurrentUser() user: SessionUser): Promise<AuditActorDto[]> {
    return this.audit.actors(user);
  }

  @GetRoute('export.csv', { access: AUDITORS, summary: 'The filtered audit trail as CSV (UTF-8 with BOM, for spreadsheets)' })
  @ApiProduces('text/csv')
  async exportCsv(@CurrentUser() user: SessionUser, @Query() query: AuditQueryDto, @Res() res: FastifyReply): Promise<void> {
    const rows = await this.audit.export(user, query);
    const day = helsinkiDay();
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="suunta-audit-${day}.csv"`);
    res.header('Cache-Control', 'no-store');
    let body = '\uFEFF' + csvRow(CSV_COLUMNS);
    for (const r of rows) {
      body += csvRow([r.at, r.actorEmail, r.actorName, r.action, r.entityType, r.entityId, r.ip, r.before, r.after]);
    }
    res.send(body);
  }
}
