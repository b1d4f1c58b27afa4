import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, STALE_VERSION, UuidParam } from '@suunta/api-core';
import type { CommentDto, SessionUser } from '@suunta/shared-domain';
import { CommentQueryParams, CreateCommentBody, DeleteCommentParams, UpdateCommentBody } from './comments.dto';
import { CommentsService } from './comments.service';

/** Who comments: the board, the management group and admins; everyone signed in reads. */
const COMMENTERS = ['board', 'management', 'admin'] as const;

@ApiTags('governance')
@Controller('comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @GetRoute({ access: 'authenticated', summary: 'Comments on a focus area for a year (optionally one region), oldest first', ok: 'CommentDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: CommentQueryParams): Promise<CommentDto[]> {
    return this.comments.list(user.organizationId, query);
  }

  @PostRoute({ access: COMMENTERS, summary: 'Comment on a focus area for a year', ok: 'CommentDto', notFound: 'Unknown focus area or region' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateCommentBody): Promise<CommentDto> {
    return this.comments.create(user, body);
  }

  @PatchRoute(':id', { access: COMMENTERS, summary: 'Edit one of your own comments', ok: 'CommentDto', forbidden: 'Not the author', conflict: STALE_VERSION })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateCommentBody): Promise<CommentDto> {
    return this.comments.update(user, id, body);
  }

  @DeleteRoute(':id', {
    access: COMMENTERS,
    status: HttpStatus.NO_CONTENT,
    summary: 'Delete a comment (soft): the author or an admin',
    ok: 'Deleted',
    forbidden: 'Neither the author nor an admin',
    conflict: STALE_VERSION,
  })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteCommentParams): Promise<void> {
    return this.comments.remove(user, id, query.version);
  }
}
