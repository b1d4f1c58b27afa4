import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, type PreparedJson, RequireRoles, UuidParam, uuidPipe } from '@suunta/api-core';
import type { PlanDto, PlanOptionsDto, PlanRollupDto, PlanSummaryDto, SessionUser } from '@suunta/shared-domain';
import {
  ApprovePlanDto,
  ChangeActionStatusDto,
  ClosePlanDto,
  CopyPlanDto,
  CreatePlanActionDto,
  CreatePlanDto,
  CreatePlanThemeDto,
  ReopenPlanDto,
  UpdatePlanActionDto,
  UpdatePlanDto,
  UpdatePlanThemeDto,
} from '../dto/plan.dto';
import { RollupQueryDto } from '../dto/progress.dto';
import { RollupService } from '../rollup/rollup.service';
import { PlansService } from '../services/plans.service';

const LOCKED = { status: 423, description: 'The plan is approved (or closed) and locked: reopen it first' };
const STALE = { description: 'Your version is out of date (someone else saved first), or the state does not allow it' };

/** The management group plans (management, admin); everyone signed in reads. */
@ApiTags('action plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly rollups: RollupService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ description: 'The action plans of the organization, newest first' })
  list(@CurrentUser() user: SessionUser): Promise<PlanSummaryDto[]> {
    return this.plans.list(user);
  }

  @Get('options')
  @Authenticated()
  @ApiQuery({ name: 'strategyId', required: false })
  @ApiOkResponse({ description: 'Roles, people, focus areas, criteria and strategies a plan form can pick' })
  options(@CurrentUser() user: SessionUser, @Query('strategyId', uuidPipe('strategyId', true)) strategyId?: string): Promise<PlanOptionsDto> {
    return this.plans.options(user, strategyId);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ description: 'The plan with its themes and actions (roles, people, regions, criteria, targets)' })
  @ApiNotFoundResponse({ description: 'No such plan in your organization' })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<PlanDto> {
    return this.plans.get(user, id);
  }

  @Get(':id/rollup')
  @Authenticated()
  @ApiOperation({
    summary: 'Roll-ups of the plan computed in SQL: per action, criterion, focus area and region, per year',
    description: 'Sums (counts) or latest value against target, share of actions done, status on_track / at_risk / off_track / no_data and overdue updates. Rules: libs/api/plans/README.md.',
  })
  @ApiOkResponse({ description: 'The four figure families' })
  rollup(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: RollupQueryDto): Promise<PreparedJson<PlanRollupDto>> {
    return this.rollups.planRollupAnswer(user, id, query);
  }

  @Post()
  @RequireRoles('admin', 'management')
  @ApiCreatedResponse({ description: 'The new draft plan' })
  @ApiBadRequestResponse({ description: 'Invalid fields, with their paths (e.g. themes.0.focusAreaId)' })
  create(@CurrentUser() user: SessionUser, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(user, dto);
  }

  @Patch(':id')
  @RequireRoles('admin', 'management')
  @ApiResponse(LOCKED)
  @ApiConflictResponse(STALE)
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: UpdatePlanDto): Promise<PlanDto> {
    return this.plans.update(user, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'The management group approves the draft on a date; the plan is then locked' })
  @ApiConflictResponse(STALE)
  approve(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ApprovePlanDto): Promise<PlanDto> {
    return this.plans.approve(user, id, dto);
  }

  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Reopen an approved plan for changes (back to draft); the reason is audited' })
  @ApiConflictResponse(STALE)
  reopen(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ReopenPlanDto): Promise<PlanDto> {
    return this.plans.reopen(user, id, dto);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Close an approved plan; its years then take entries only with a reason' })
  @ApiConflictResponse(STALE)
  close(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ClosePlanDto): Promise<PlanDto> {
    return this.plans.close(user, id, dto);
  }

  @Post(':id/next')
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Start the next plan from this one: themes and unfinished actions carried forward' })
  @ApiCreatedResponse({ description: 'The new draft plan for the following two years' })
  @ApiConflictResponse({ description: 'The next plan has already been started from this one' })
  next(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CopyPlanDto): Promise<PlanDto> {
    return this.plans.copyForward(user, id, dto);
  }

  @Post(':id/themes')
  @RequireRoles('admin', 'management')
  @ApiResponse(LOCKED)
  addTheme(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CreatePlanThemeDto): Promise<PlanDto> {
    return this.plans.addTheme(user, id, dto);
  }

  @Patch(':id/themes/:themeId')
  @RequireRoles('admin', 'management')
  @ApiResponse(LOCKED)
  @ApiConflictResponse(STALE)
  updateTheme(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('themeId') themeId: string,
    @Body() dto: UpdatePlanThemeDto,
  ): Promise<PlanDto> {
    return this.plans.updateTheme(user, id, themeId, dto);
  }

  @Delete(':id/themes/:themeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('admin', 'management')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiResponse(LOCKED)
  @ApiConflictResponse({ description: 'The theme still has actions' })
  deleteTheme(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('themeId') themeId: string): Promise<void> {
    return this.plans.deleteTheme(user, id, themeId);
  }

  @Post(':id/actions')
  @RequireRoles('admin', 'management')
  @ApiResponse(LOCKED)
  @ApiCreatedResponse({ description: 'The plan with the new action' })
  createAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CreatePlanActionDto): Promise<PlanDto> {
    return this.plans.createAction(user, id, dto);
  }

  @Patch(':id/actions/:actionId')
  @RequireRoles('admin', 'management')
  @ApiOperation({ summary: 'Edit or move (theme, year) an action of a draft plan' })
  @ApiResponse(LOCKED)
  @ApiConflictResponse(STALE)
  updateAction(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() dto: UpdatePlanActionDto,
  ): Promise<PlanDto> {
    return this.plans.updateAction(user, id, actionId, dto);
  }

  @Post(':id/actions/:actionId/status')
  @HttpCode(HttpStatus.OK)
  @RequireRoles('admin', 'management', 'planner')
  @ApiOperation({ summary: "Change an action's execution status (also in an approved plan); planners only in their regions" })
  @ApiConflictResponse(STALE)
  changeStatus(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() dto: ChangeActionStatusDto,
  ): Promise<PlanDto> {
    return this.plans.changeActionStatus(user, id, actionId, dto);
  }

  @Delete(':id/actions/:actionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('admin', 'management')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiResponse(LOCKED)
  @ApiConflictResponse({ description: 'Progress has been logged for it, or it was carried into the next plan' })
  deleteAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('actionId') actionId: string): Promise<void> {
    return this.plans.deleteAction(user, id, actionId);
  }
}
