import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, PutRoute, UuidParam } from '@suunta/api-core';
import type {
  CriticalSuccessFactorDto,
  EvaluationCriterionDto,
  FocusAreaDto,
  FocusAreaLineageDto,
  SessionUser,
  StrategyActionDto,
} from '@suunta/shared-domain';
import { OptionalVersionQuery, ReorderDto } from '../dto/common.dto';
import {
  CriticalSuccessFactorResponse,
  EvaluationCriterionResponse,
  FocusAreaLineageResponse,
  FocusAreaResponse,
  StrategyActionResponse,
} from '../dto/responses.dto';
import {
  CreateCriticalSuccessFactorDto,
  CreateEvaluationCriterionDto,
  CreateStrategyActionDto,
  UpdateCriticalSuccessFactorDto,
  UpdateEvaluationCriterionDto,
  UpdateFocusAreaDto,
  UpdateStrategyActionDto,
} from '../dto/tree-node.dto';
import { FocusAreaMappingService } from '../services/focus-area-mapping.service';
import { StrategyNodeService } from '../services/strategy-node.service';
import { read, STALE_OR_READ_ONLY, write, writeNoContent } from './api-docs.util';

const Id = () => UuidParam('id');
const DELETE_CONFLICT = 'The strategy is read-only, the version is stale, or logged work (progress, plans) refers to it or to something under it';

@ApiTags('strategy')
@Controller('focus-areas')
export class FocusAreasController {
  constructor(
    private readonly nodes: StrategyNodeService,
    private readonly mappings: FocusAreaMappingService,
  ) {}

  @GetRoute(':id', read({ ok: FocusAreaResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaDto> {
    return this.nodes.getFocusArea(user.organizationId, id);
  }

  @PatchRoute(':id', write({ ok: FocusAreaResponse, conflict: STALE_OR_READ_ONLY }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateFocusAreaDto): Promise<FocusAreaDto> {
    return this.nodes.updateFocusArea(user, id, body);
  }

  @DeleteRoute(':id', writeNoContent('Deleted with its CSFs, criteria and actions', { conflict: DELETE_CONFLICT }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteFocusArea(user, id, query.version);
  }

  @GetRoute(':id/lineage', read({
    summary: "The focus area's lineage across strategy versions",
    description: 'The focus areas it continues (negative distance) and those that continue it (positive), by mappings and copies.',
    ok: FocusAreaLineageResponse,
  }))
  lineage(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaLineageDto> {
    return this.mappings.lineage(user.organizationId, id);
  }

  @PostRoute(':id/critical-success-factors', write({ ok: CriticalSuccessFactorResponse, conflict: 'The strategy is read-only' }))
  createCsf(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateCriticalSuccessFactorDto): Promise<CriticalSuccessFactorDto> {
    return this.nodes.createCsf(user, id, body);
  }

  @PutRoute(':id/critical-success-factors/order', writeNoContent('Reordered', { conflict: 'The strategy is read-only, or the list does not match the current CSFs' }))
  async reorderCsfs(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCsfs(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('critical-success-factors')
export class CriticalSuccessFactorsController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @GetRoute(':id', read({ ok: CriticalSuccessFactorResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<CriticalSuccessFactorDto> {
    return this.nodes.getCsf(user.organizationId, id);
  }

  @PatchRoute(':id', write({ ok: CriticalSuccessFactorResponse, conflict: STALE_OR_READ_ONLY }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateCriticalSuccessFactorDto): Promise<CriticalSuccessFactorDto> {
    return this.nodes.updateCsf(user, id, body);
  }

  @DeleteRoute(':id', writeNoContent('Deleted with its criteria and actions', { conflict: DELETE_CONFLICT }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteCsf(user, id, query.version);
  }

  @PostRoute(':id/criteria', write({ ok: EvaluationCriterionResponse, conflict: 'The strategy is read-only' }))
  createCriterion(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateEvaluationCriterionDto): Promise<EvaluationCriterionDto> {
    return this.nodes.createCriterion(user, id, body);
  }

  @PutRoute(':id/criteria/order', writeNoContent('Reordered', { conflict: 'The strategy is read-only, or the list does not match the current criteria' }))
  async reorderCriteria(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCriteria(user, id, body);
  }

  @PostRoute(':id/actions', write({
    summary: 'Add an action to the CSF itself (not to one of its criteria)',
    ok: StrategyActionResponse,
    conflict: 'The strategy is read-only',
  }))
  createAction(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.createAction(user, { csfId: id }, body);
  }

  @PutRoute(':id/actions/order', writeNoContent('Reordered', { conflict: 'The strategy is read-only, or the list does not match the current actions' }))
  async reorderActions(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCsfActions(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('criteria')
export class CriteriaController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @GetRoute(':id', read({ ok: EvaluationCriterionResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<EvaluationCriterionDto> {
    return this.nodes.getCriterion(user.organizationId, id);
  }

  @PatchRoute(':id', write({
    summary: 'Edit a criterion',
    description: 'A milestone or qualitative criterion has no yearlyTarget; switching to one of those kinds drops the old target.',
    ok: EvaluationCriterionResponse,
    conflict: STALE_OR_READ_ONLY,
  }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateEvaluationCriterionDto): Promise<EvaluationCriterionDto> {
    return this.nodes.updateCriterion(user, id, body);
  }

  @DeleteRoute(':id', writeNoContent('Deleted with its actions', { conflict: DELETE_CONFLICT }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteCriterion(user, id, query.version);
  }

  @PostRoute(':id/actions', write({ ok: StrategyActionResponse, conflict: 'The strategy is read-only' }))
  createAction(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.createAction(user, { criterionId: id }, body);
  }

  @PutRoute(':id/actions/order', writeNoContent('Reordered', { conflict: 'The strategy is read-only, or the list does not match the current actions' }))
  async reorderActions(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCriterionActions(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('strategy-actions')
export class StrategyActionsController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @GetRoute(':id', read({ ok: StrategyActionResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<StrategyActionDto> {
    return this.nodes.getAction(user.organizationId, id);
  }

  @PatchRoute(':id', write({ ok: StrategyActionResponse, conflict: STALE_OR_READ_ONLY }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.updateAction(user, id, body);
  }

  @DeleteRoute(':id', writeNoContent('Deleted', { conflict: DELETE_CONFLICT }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteAction(user, id, query.version);
  }
}
