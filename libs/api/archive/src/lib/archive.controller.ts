import { Body, Controller, Get, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, Public, RequireRoles, UuidParam } from '@suunta/api-core';
import type { ArchiveImportResultDto, ArchivePreviewDto, SessionUser } from '@suunta/shared-domain';
import type { Response } from 'express';
import { ARCHIVE_SCHEMA } from './archive-schema.util';
import { ArchiveService } from './archive.service';
import { archiveFileName } from './archive-file-name.util';

@ApiTags('archive')
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get('schema')
  @Public()
  @ApiOperation({ summary: 'The JSON Schema (draft 2020-12) of the Suunta archive, version 1' })
  @ApiProduces('application/schema+json')
  schema(@Res({ passthrough: true }) res: Response): object {
    res.type('application/schema+json');
    return ARCHIVE_SCHEMA;
  }

  @Get('strategies/:id')
  @RequireRoles('admin', 'management')
  @ApiOperation({
    summary: 'A strategy with its plans, progress, surveys, annual reports and minutes as one archive (format suunta-archive, version 1)',
    description: 'Imports into any organization with POST /api/archive/import. The format is documented by GET /api/archive/schema and libs/api/archive/README.md.',
  })
  @ApiOkResponse({ description: 'The archive (JSON), as a download' })
  async export(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const archive = await this.archive.export(user.organizationId, id);
    const json = Buffer.from(JSON.stringify(archive, null, 2), 'utf8');
    res.setHeader('Content-Disposition', `attachment; filename="${archiveFileName(archive.strategy.title, archive.strategy.key, 'json')}"`);
    return new StreamableFile(json, { type: 'application/json; charset=utf-8', length: json.length });
  }

  @Get('strategies/:id/stratml')
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'The strategy alone as StratML Part 1 (ISO 17469-1), for public-sector archiving' })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'StrategicPlan XML, as a download' })
  async stratml(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { xml, title } = await this.archive.stratml(user.organizationId, id);
    const bytes = Buffer.from(xml, 'utf8');
    res.setHeader('Content-Disposition', `attachment; filename="${archiveFileName(title, null, 'stratml.xml')}"`);
    return new StreamableFile(bytes, { type: 'application/xml; charset=utf-8', length: bytes.length });
  }

  @Post('import/preview')
  @RequireRoles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What importing an archive would create, with nothing written',
    description:
      'Answers 200 whatever the archive holds: schema errors with the JSON path of each bad field, regions this organization lacks, ' +
      'conflicts with what it already has (blocking or not), and the counts per kind. canImport says whether POST /api/archive/import would go through.',
  })
  @ApiBody({ description: 'The archive (suunta-archive, version 1)', schema: { type: 'object' } })
  @ApiOkResponse({ description: 'ArchivePreviewDto' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than the request limit (2 MB)' })
  preview(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<ArchivePreviewDto> {
    return this.archive.preview(user, body);
  }

  @Post('import')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Import an archive into this organization: everything in one transaction, or nothing' })
  @ApiBody({ description: 'The archive (suunta-archive, version 1)', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'ArchiveImportResultDto: the new strategy and what was created' })
  @ApiBadRequestResponse({ description: 'The archive breaks its schema or its own references (each field named by its path)' })
  @ApiUnprocessableEntityResponse({ description: 'The archive names a region this organization lacks' })
  @ApiConflictResponse({ description: 'The organization already has the strategy key, a plan code, a survey, a report or a meeting code' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than the request limit (2 MB)' })
  import(@CurrentUser() user: SessionUser, @Body() body: unknown): Promise<ArchiveImportResultDto> {
    return this.archive.import(user, body);
  }
}
