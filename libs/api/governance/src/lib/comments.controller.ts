import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { CommentDto, SessionUser } from '@suunta/shared-domain';
import { CommentQueryParams, CreateCommentBody, DeleteCommentParams, UpdateCommentBody } from './comments.dto';
import { CommentsService } from './comments.service';

@ApiTags('governance')
@Controller('comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Comments on a focus area for a year (optionally one region), oldest first' })
  @ApiOkResponse({ description: 'CommentDto[]' })
  list(@CurrentUser() user: SessionUser, @Query() query: CommentQueryParams): Promise<CommentDto[]> {
    return this.comments.list(user.organizationId, query);
  }

  @Post()
  @RequireRoles('board', 'management', 'admin')
  @ApiOperation({ summary: 'Comment on a focus area for a year' })
  @ApiCreatedResponse({ description: 'CommentDto' })
  @ApiNotFoundResponse({ description: 'Unknown focus area or region' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateCommentBody): Promise<CommentDto> {
    return this.comments.create(user, body);
  }

  @Patch(':id')
  @RequireRoles('board', 'management', 'admin')
  @ApiOperation({ summary: 'Edit one of your own comments' })
  @ApiOkResponse({ description: 'CommentDto' })
  @ApiForbiddenResponse({ description: 'Not the author' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateCommentBody): Promise<CommentDto> {
    return this.comments.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('board', 'management', 'admin')
  @ApiOperation({ summary: 'Delete a comment (soft): the author or an admin' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiForbiddenResponse({ description: 'Neither the author nor an admin' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteCommentParams): Promise<void> {
    return this.comments.remove(user, id, query.version);
  }
}
