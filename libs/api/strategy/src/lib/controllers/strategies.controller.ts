import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, type PreparedJson, PutRoute, UuidParam } from '@suunta/api-core';
import type {
  FocusAreaDto,
  SessionUser,
  StrategyDocument,
  StrategyDto,
  StrategyImportPreviewDto,
  StrategyImportResultDto,
  StrategySummaryDto,
  StrategyTreeDto,
} from '@suunta/shared-domain';
import { OptionalVersionQuery, ReorderDto } from '../dto/common.dto';
import { StrategyDocumentDto } from '../dto/document.dto';
import {
  FocusAreaResponse,
  StrategyImportPreviewResponse,
  StrategyImportResultResponse,
  StrategyResponse,
  StrategySummaryResponse,
  StrategyTreeResponse,
} from '../dto/responses.dto';
import { ChangeStrategyStatusDto, CopyStrategyDto, CreateStrategyDto, StrategyListQuery, UpdateStrategyDto } from '../dto/strategy.dto';
import { CreateFocusAreaDto } from '../dto/tree-node.dto';
import { StrategyDocumentService } from '../services/strategy-document.service';
import { StrategyNodeService } from '../services/strategy-node.service';
import { StrategyTreeService } from '../services/strategy-tree.service';
import { StrategyService } from '../services/strategy.service';
import { read, STALE_OR_READ_ONLY, write, writeNoContent } from './api-docs.util';

const Id = () => UuidParam('id');

@ApiTags('strategy')
@Controller('strategies')
export class StrategiesController {
  constructor(
    private readonly strategies: StrategyService,
    private readonly trees: StrategyTreeService,
    private readonly documents: StrategyDocumentService,
    private readonly nodes: StrategyNodeService,
  ) {}

  @GetRoute(read({ summary: 'The strategy versions of the organization, oldest first', ok: [StrategySummaryResponse] }))
  list(@CurrentUser() user: SessionUser, @Query() query: StrategyListQuery): Promise<StrategySummaryDto[]> {
    return this.strategies.list(user.organizationId, query.status);
  }

  @PostRoute(write({ summary: 'Create a new draft strategy', ok: StrategyResponse, conflict: 'The key is already used by another strategy' }))
  create(@CurrentUser() user: SessionUser, @Body() body: CreateStrategyDto): Promise<StrategyDto> {
    return this.strategies.create(user, body);
  }

  @PostRoute('import', write({
    summary: 'Import a whole strategy from a JSON document (the format of the export)',
    description:
      'Creates a new strategy with its status from the document (default draft). Roles are named by code and must exist. ' +
      'The strategy key and focus-area keys must be free in the organization (409 otherwise); leave `key` out to import a second copy.',
    ok: StrategyImportResultResponse,
    conflict: 'The strategy key or a focus-area key is already taken',
  }))
  @ApiBody({ type: StrategyDocumentDto })
  import(@CurrentUser() user: SessionUser, @Body() body: StrategyDocumentDto): Promise<StrategyImportResultDto> {
    return this.documents.import(user, body);
  }

  @PostRoute('import/preview', write({
    status: HttpStatus.OK,
    summary: 'Check a strategy document without importing it',
    description:
      'Runs exactly the checks of POST /api/strategies/import (the document, role codes, retired roles, free keys) and says what the import would create: ' +
      'focus areas, critical success factors, criteria, actions, sub-measures and the roles named. Nothing is written. ' +
      'A document the import would refuse gets the same answer here: 400 with each field named by its path, or 409 for a taken key.',
    ok: StrategyImportPreviewResponse,
    conflict: 'The strategy key or a focus-area key is already taken',
  }))
  @ApiBody({ type: StrategyDocumentDto })
  preview(@CurrentUser() user: SessionUser, @Body() body: StrategyDocumentDto): Promise<StrategyImportPreviewDto> {
    return this.documents.preview(user.organizationId, body);
  }

  @GetRoute(':id', read({ summary: 'One strategy without its tree', ok: StrategyResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<StrategyDto> {
    return this.strategies.get(user.organizationId, id);
  }

  @PatchRoute(':id', write({
    summary: 'Edit a draft strategy (send only the fields to change, with the version you read)',
    ok: StrategyResponse,
    conflict: STALE_OR_READ_ONLY,
  }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateStrategyDto): Promise<StrategyDto> {
    return this.strategies.update(user, id, body);
  }

  @DeleteRoute(':id', writeNoContent('Deleted with its whole tree', {
    summary: 'Delete a draft strategy with everything under it',
    description: 'Approved and archived strategies are never deleted.',
    conflict: 'Not a draft, a stale version, or other records (plans, progress) refer to its tree',
  }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.strategies.delete(user, id, query.version);
  }

  @PatchRoute(':id/status', write({
    summary: 'Approve a draft or archive an approved strategy',
    description:
      'draft → approved (needs approvedByRoleId of a body and approvedOn), approved → archived. ' +
      'This is the only change an approved or archived strategy accepts.',
    ok: StrategyResponse,
    conflict: 'Not an allowed transition, a stale version, or a strategy without focus areas',
  }))
  changeStatus(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ChangeStrategyStatusDto): Promise<StrategyDto> {
    return this.strategies.changeStatus(user, id, body);
  }

  @GetRoute(':id/tree', read({
    summary: 'The whole strategy: focus areas → CSFs → criteria → actions, with their roles',
    description: 'Read in a fixed number of queries, whatever the size of the tree.',
    ok: StrategyTreeResponse,
  }))
  tree(@CurrentUser() user: SessionUser, @Id() id: string): Promise<PreparedJson<StrategyTreeDto>> {
    return this.trees.treeForReading(user, id);
  }

  @GetRoute(':id/export', read({ summary: 'The whole strategy as one JSON document, for POST /api/strategies/import', ok: StrategyDocumentDto }))
  export(@CurrentUser() user: SessionUser, @Id() id: string): Promise<StrategyDocument> {
    return this.documents.export(user.organizationId, id);
  }

  @PostRoute(':id/copy', write({
    summary: 'Copy as a new draft version',
    description: 'Every copied focus area, CSF, criterion and action remembers its original in `predecessorId`.',
    ok: StrategyResponse,
    conflict: 'The key is already used by another strategy',
  }))
  copy(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CopyStrategyDto): Promise<StrategyDto> {
    return this.strategies.copy(user, id, body);
  }

  @PostRoute(':id/focus-areas', write({
    summary: 'Add a focus area at the end of a draft strategy',
    ok: FocusAreaResponse,
    conflict: 'The strategy is read-only, or the key is taken',
  }))
  createFocusArea(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateFocusAreaDto): Promise<FocusAreaDto> {
    return this.nodes.createFocusArea(user, id, body);
  }

  @PutRoute(':id/focus-areas/order', writeNoContent('Reordered', {
    summary: 'Reorder the focus areas (send all their ids in the new order)',
    conflict: 'The strategy is read-only, or the list does not match its current focus areas',
  }))
  async reorderFocusAreas(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.strategies.reorderFocusAreas(user, id, body);
  }
}
