import { applyDecorators, Body, Controller, HttpStatus, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiPayloadTooLargeResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute, PostRoute, UuidParam } from '@suunta/api-core';
import type { ArchiveImportResultDto, ArchivePreviewDto, SessionUser } from '@suunta/shared-domain';
import type { FastifyReply } from 'fastify';
import { ARCHIVE_SCHEMA } from './archive-schema.util';
import { ArchiveService } from './archive.service';
import { archiveFileName } from './archive-file-name.util';

/** Who exports a strategy's archive: management and admin; only admins import one. */
const EXPORTERS = ['admin', 'management'] as const;
const IMPORTERS = ['admin'] as const;

/** An archive in the body (checked by its own schema, not a DTO), up to the request limit. */
const ArchiveBody = () =>
  applyDecorators(
    ApiBody({ description: 'The archive (suunta-archive, version 1)', schema: { type: 'object' } }),
    ApiPayloadTooLargeResponse({ description: 'Larger than the request limit (2 MB)' }),
  );

@ApiTags('archive')
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @GetRoute('schema', { access: 'public', summary: 'The JSON Schema (draft 2020-12) of the Suunta archive, version 1' })
  @ApiProduces('application/schema+json')
  schema(@Res({ passthrough: true }) res: FastifyReply): object {
    res.type('application/schema+json');
    return ARCHIVE_SCHEMA;
  }

  @GetRoute('strategies/:id', {
    access: EXPORTERS,
    summary: 'A strategy with its plans, progress, surveys, annual reports and minutes as one archive (format suunta-archive, version 1)',
    description: 'Imports into any organization with POST /api/archive/import. The format is documented by GET /api/archive/schema and libs/api/archive/README.md.',
    ok: 'The archive (JSON), as a download',
  })
  async export(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const archive = await this.archive.export(user.organizationId, id);
    const json = Buffer.from(JSON.stringify(archive, null, 2), 'utf8');
    res.header('Content-Disposition', `attachment; filename="${archiveFileName(archive.strategy.title, archive.strategy.key, 'json')}"`);
    return new StreamableFile(json, { type: 'application/json; charset=utf-8', length: json.length });
  }

  @GetRoute('strategies/:id/stratml', {
    access: EXPORTERS,
    summary: 'The strategy alone as StratML Part 1 (ISO 17469-1), for public-sector archiving',
    ok: 'StrategicPlan XML, as a download',
  })
  @ApiProduces('application/xml')
  async stratml(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const { xml, title } = await this.archive.stratml(user.organizationId, id);
    const bytes = Buffer.from(xml, 'utf8');
    res.header('Content-Disposition', `attachment; filename="${archiveFileName(title, null, 'stratml.xml')}"`);
    return new StreamableFile(bytes, { type: 'application/xml; charset=utf-8', length: bytes.length });
  }

  @PostRoute('import/preview', {
    access: IMPORTERS,
    status: HttpStatus.OK,
    summary: 'What importing an archive would create, with nothing written',
    description:
      'Answers 200 whatever the archive holds: schema errors with the JSON path of each bad field, regions this organization lacks, ' +
      'conflicts with what it already has (blocking or not), and the counts per kind. canImport says whether POST /api/archive/import would go through.',
    ok: 'ArchivePreviewDto',
  })
  @ArchiveBody()
  preview(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<ArchivePreviewDto> {
    return this.archive.preview(user, body);
  }

  @PostRoute('import', {
    access: IMPORTERS,
    summary: 'Import an archive into this organization: everything in one transaction, or nothing',
    ok: 'ArchiveImportResultDto: the new strategy and what was created',
    badRequest: 'The archive breaks its schema or its own references (each field named by its path)',
    unprocessable: 'The archive names a region this organization lacks',
    conflict: 'The organization already has the strategy key, a plan code, a survey, a report or a meeting code',
  })
  @ArchiveBody()
  import(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<ArchiveImportResultDto> {
    return this.archive.import(user, body);
  }
}
