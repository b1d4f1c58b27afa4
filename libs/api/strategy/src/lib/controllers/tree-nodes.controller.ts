import { Body, Controller, Delete, Get, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, UuidParam } from '@suunta/api-core';
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
import { ApiConflict, NoContent, ReadAccess, STALE_OR_READ_ONLY, WriteAccess } from './api-docs.util';

const Id = () => UuidParam('id');
const DELETE_CONFLICT = 'The strategy is read-only, the version is stale, or logged work (progress, plans) refers to it or to something under it';

@ApiTags('strategy')
@Controller('focus-areas')
export class FocusAreasController {
  constructor(
    private readonly nodes: StrategyNodeService,
    private readonly mappings: FocusAreaMappingService,
  ) {}

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: FocusAreaResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaDto> {
    return this.nodes.getFocusArea(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOkResponse({ type: FocusAreaResponse })
  @ApiConflict(STALE_OR_READ_ONLY)
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateFocusAreaDto): Promise<FocusAreaDto> {
    return this.nodes.updateFocusArea(user, id, body);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted with its CSFs, criteria and actions')
  @ApiConflict(DELETE_CONFLICT)
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteFocusArea(user, id, query.version);
  }

  @Get(':id/lineage')
  @ReadAccess()
  @ApiOperation({
    summary: "The focus area's lineage across strategy versions",
    description: 'The focus areas it continues (negative distance) and those that continue it (positive), by mappings and copies.',
  })
  @ApiOkResponse({ type: FocusAreaLineageResponse })
  lineage(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaLineageDto> {
    return this.mappings.lineage(user.organizationId, id);
  }

  @Post(':id/critical-success-factors')
  @WriteAccess()
  @ApiCreatedResponse({ type: CriticalSuccessFactorResponse })
  @ApiConflict('The strategy is read-only')
  createCsf(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateCriticalSuccessFactorDto): Promise<CriticalSuccessFactorDto> {
    return this.nodes.createCsf(user, id, body);
  }

  @Put(':id/critical-success-factors/order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The strategy is read-only, or the list does not match the current CSFs')
  async reorderCsfs(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCsfs(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('critical-success-factors')
export class CriticalSuccessFactorsController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: CriticalSuccessFactorResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<CriticalSuccessFactorDto> {
    return this.nodes.getCsf(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOkResponse({ type: CriticalSuccessFactorResponse })
  @ApiConflict(STALE_OR_READ_ONLY)
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateCriticalSuccessFactorDto): Promise<CriticalSuccessFactorDto> {
    return this.nodes.updateCsf(user, id, body);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted with its criteria and actions')
  @ApiConflict(DELETE_CONFLICT)
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteCsf(user, id, query.version);
  }

  @Post(':id/criteria')
  @WriteAccess()
  @ApiCreatedResponse({ type: EvaluationCriterionResponse })
  @ApiConflict('The strategy is read-only')
  createCriterion(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateEvaluationCriterionDto): Promise<EvaluationCriterionDto> {
    return this.nodes.createCriterion(user, id, body);
  }

  @Put(':id/criteria/order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The strategy is read-only, or the list does not match the current criteria')
  async reorderCriteria(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCriteria(user, id, body);
  }

  @Post(':id/actions')
  @WriteAccess()
  @ApiOperation({ summary: 'Add an action to the CSF itself (not to one of its criteria)' })
  @ApiCreatedResponse({ type: StrategyActionResponse })
  @ApiConflict('The strategy is read-only')
  createAction(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.createAction(user, { csfId: id }, body);
  }

  @Put(':id/actions/order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The strategy is read-only, or the list does not match the current actions')
  async reorderActions(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCsfActions(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('criteria')
export class CriteriaController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: EvaluationCriterionResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<EvaluationCriterionDto> {
    return this.nodes.getCriterion(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOperation({
    summary: 'Edit a criterion',
    description: 'A milestone or qualitative criterion has no yearlyTarget; switching to one of those kinds drops the old target.',
  })
  @ApiOkResponse({ type: EvaluationCriterionResponse })
  @ApiConflict(STALE_OR_READ_ONLY)
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateEvaluationCriterionDto): Promise<EvaluationCriterionDto> {
    return this.nodes.updateCriterion(user, id, body);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted with its actions')
  @ApiConflict(DELETE_CONFLICT)
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteCriterion(user, id, query.version);
  }

  @Post(':id/actions')
  @WriteAccess()
  @ApiCreatedResponse({ type: StrategyActionResponse })
  @ApiConflict('The strategy is read-only')
  createAction(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: CreateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.createAction(user, { criterionId: id }, body);
  }

  @Put(':id/actions/order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The strategy is read-only, or the list does not match the current actions')
  async reorderActions(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: ReorderDto): Promise<void> {
    await this.nodes.reorderCriterionActions(user, id, body);
  }
}

@ApiTags('strategy')
@Controller('strategy-actions')
export class StrategyActionsController {
  constructor(private readonly nodes: StrategyNodeService) {}

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: StrategyActionResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<StrategyActionDto> {
    return this.nodes.getAction(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOkResponse({ type: StrategyActionResponse })
  @ApiConflict(STALE_OR_READ_ONLY)
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateStrategyActionDto): Promise<StrategyActionDto> {
    return this.nodes.updateAction(user, id, body);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted')
  @ApiConflict(DELETE_CONFLICT)
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.nodes.deleteAction(user, id, query.version);
  }
}
