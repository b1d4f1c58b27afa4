import { Controller, HttpStatus, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Environment, GetRoute, PostRoute, publicUrl, UuidParam } from '@suunta/api-core';
import { assertCanWriteMeeting, GovernanceService } from '@suunta/api-governance';
import type { MeetingDigestDto, MeetingDigestSnapshotDto, SessionUser } from '@suunta/shared-domain';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DIGEST_LANGS, type DigestLang } from './meeting-digest.i18n';
import { digestFileName, renderDigestPdf } from './meeting-digest.pdf';
import { MeetingDigestService } from './meeting-digest.service';

export class DigestPdfQuery {
  @ApiPropertyOptional({ enum: DIGEST_LANGS, default: 'fi' })
  @IsOptional()
  @IsIn(DIGEST_LANGS)
  lang?: DigestLang;
}

/** The meeting digest: whoever may read the meeting reads its digest; making it again is for those who may write the meeting. */
@ApiTags('governance')
@Controller('meetings/:id/digest')
export class MeetingDigestController {
  constructor(
    private readonly digests: MeetingDigestService,
    private readonly governance: GovernanceService,
    private readonly env: Environment,
  ) {}

  @GetRoute({
    access: 'authenticated',
    summary: 'The digest computed now: what changed for the body (and region) since its previous meeting',
    ok: 'MeetingDigestDto',
    notFound: 'meeting_not_found: no such meeting in the organization',
  })
  live(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<MeetingDigestDto> {
    return this.digests.compute(user.organizationId, id);
  }

  @GetRoute('snapshot', {
    access: 'authenticated',
    summary: 'The stored digest (made when the meeting was scheduled, or again on request); snapshot null when none yet',
    ok: '{ snapshot: MeetingDigestSnapshotDto | null }',
  })
  async stored(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<{ snapshot: MeetingDigestSnapshotDto | null }> {
    return { snapshot: await this.digests.snapshot(user.organizationId, id) };
  }

  @GetRoute('pdf', { access: 'authenticated', summary: 'The digest computed now as a PDF (fi, sv or en)' })
  @ApiProduces('application/pdf')
  async livePdf(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DigestPdfQuery, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const lang = query.lang ?? 'fi';
    const content = await this.digests.compute(user.organizationId, id);
    return this.send(res, await renderDigestPdf(content, lang, publicUrl(this.env)), digestFileName(content, lang));
  }

  @GetRoute('snapshot/pdf', { access: 'authenticated', summary: 'The stored digest as a PDF: the Finnish file as stored; sv/en written from the stored content' })
  @ApiProduces('application/pdf')
  async storedPdf(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DigestPdfQuery, @Res({ passthrough: true }) res: FastifyReply): Promise<StreamableFile> {
    const lang = query.lang ?? 'fi';
    const { pdf, content } = await this.digests.storedPdf(user.organizationId, id);
    const file = lang === 'fi' ? pdf : await renderDigestPdf(content, lang, publicUrl(this.env));
    return this.send(res, file, digestFileName(content, lang));
  }

  @PostRoute('generate', {
    access: ['admin', 'management', 'planner'],
    status: HttpStatus.OK,
    summary: 'Make the digest again now and store it (as editing the meeting: a planner only for a body of their region)',
    ok: 'MeetingDigestSnapshotDto',
  })
  async generate(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<MeetingDigestSnapshotDto> {
    const meeting = await this.governance.getMeeting(user.organizationId, id);
    assertCanWriteMeeting(user, meeting.regionId);
    return this.digests.generate(user.organizationId, id, 'manual', user);
  }

  private send(res: FastifyReply, file: Buffer, name: string): StreamableFile {
    res.header('Content-Disposition', `attachment; filename="${name}"`);
    return new StreamableFile(file, { type: 'application/pdf', length: file.length });
  }
}
