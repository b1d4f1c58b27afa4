import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, type PreparedJson, UuidParam, uuidPipe } from '@suunta/api-core';
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

const Locked = () => ApiResponse({ status: 423, description: 'The plan is approved (or closed) and locked: reopen it first' });
const STALE = 'Your version is out of date (someone else saved first), or the state does not allow it';
/** Who writes plans: the management group (management, admin). */
const MANAGEMENT = ['admin', 'management'] as const;

/** The management group plans (management, admin); everyone signed in reads. */
@ApiTags('action plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly rollups: RollupService,
  ) {}

  @GetRoute({ access: 'authenticated', ok: 'The action plans of the organization, newest first' })
  list(@CurrentUser() user: SessionUser): Promise<PlanSummaryDto[]> {
    return this.plans.list(user);
  }

  @GetRoute('options', { access: 'authenticated', ok: 'Roles, people, focus areas, criteria and strategies a plan form can pick' })
  @ApiQuery({ name: 'strategyId', required: false })
  options(@CurrentUser() user: SessionUser, @Query('strategyId', uuidPipe('strategyId', true)) strategyId?: string): Promise<PlanOptionsDto> {
    return this.plans.options(user, strategyId);
  }

  @GetRoute(':id', {
    access: 'authenticated',
    ok: 'The plan with its themes and actions (roles, people, regions, criteria, targets)',
    notFound: 'No such plan in your organization',
  })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<PlanDto> {
    return this.plans.get(user, id);
  }

  @GetRoute(':id/rollup', {
    access: 'authenticated',
    summary: 'Roll-ups of the plan computed in SQL: per action, criterion, focus area and region, per year',
    description: 'Sums (counts) or latest value against target, share of actions done, status on_track / at_risk / off_track / no_data and overdue updates. Rules: libs/api/plans/README.md.',
    ok: 'The four figure families',
  })
  rollup(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: RollupQueryDto): Promise<PreparedJson<PlanRollupDto>> {
    return this.rollups.planRollupAnswer(user, id, query);
  }

  @PostRoute({ access: MANAGEMENT, ok: 'The new draft plan', badRequest: 'Invalid fields, with their paths (e.g. themes.0.focusAreaId)' })
  create(@CurrentUser() user: SessionUser, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(user, dto);
  }

  @PatchRoute(':id', { access: MANAGEMENT, conflict: STALE })
  @Locked()
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: UpdatePlanDto): Promise<PlanDto> {
    return this.plans.update(user, id, dto);
  }

  @PostRoute(':id/approve', { access: MANAGEMENT, status: HttpStatus.OK, summary: 'The management group approves the draft on a date; the plan is then locked', conflict: STALE })
  approve(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ApprovePlanDto): Promise<PlanDto> {
    return this.plans.approve(user, id, dto);
  }

  @PostRoute(':id/reopen', { access: MANAGEMENT, status: HttpStatus.OK, summary: 'Reopen an approved plan for changes (back to draft); the reason is audited', conflict: STALE })
  reopen(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ReopenPlanDto): Promise<PlanDto> {
    return this.plans.reopen(user, id, dto);
  }

  @PostRoute(':id/close', { access: MANAGEMENT, status: HttpStatus.OK, summary: 'Close an approved plan; its years then take entries only with a reason', conflict: STALE })
  close(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: ClosePlanDto): Promise<PlanDto> {
    return this.plans.close(user, id, dto);
  }

  @PostRoute(':id/next', {
    access: MANAGEMENT,
    summary: 'Start the next plan from this one: themes and unfinished actions carried forward',
    ok: 'The new draft plan for the following two years',
    conflict: 'The next plan has already been started from this one',
  })
  next(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CopyPlanDto): Promise<PlanDto> {
    return this.plans.copyForward(user, id, dto);
  }

  @PostRoute(':id/themes', { access: MANAGEMENT })
  @Locked()
  addTheme(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CreatePlanThemeDto): Promise<PlanDto> {
    return this.plans.addTheme(user, id, dto);
  }

  @PatchRoute(':id/themes/:themeId', { access: MANAGEMENT, conflict: STALE })
  @Locked()
  updateTheme(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('themeId') themeId: string,
    @Body() dto: UpdatePlanThemeDto,
  ): Promise<PlanDto> {
    return this.plans.updateTheme(user, id, themeId, dto);
  }

  @DeleteRoute(':id/themes/:themeId', { access: MANAGEMENT, status: HttpStatus.NO_CONTENT, ok: 'Deleted', conflict: 'The theme still has actions' })
  @Locked()
  deleteTheme(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('themeId') themeId: string): Promise<void> {
    return this.plans.deleteTheme(user, id, themeId);
  }

  @PostRoute(':id/actions', { access: MANAGEMENT, ok: 'The plan with the new action' })
  @Locked()
  createAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() dto: CreatePlanActionDto): Promise<PlanDto> {
    return this.plans.createAction(user, id, dto);
  }

  @PatchRoute(':id/actions/:actionId', { access: MANAGEMENT, summary: 'Edit or move (theme, year) an action of a draft plan', conflict: STALE })
  @Locked()
  updateAction(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() dto: UpdatePlanActionDto,
  ): Promise<PlanDto> {
    return this.plans.updateAction(user, id, actionId, dto);
  }

  @PostRoute(':id/actions/:actionId/status', {
    access: [...MANAGEMENT, 'planner'],
    status: HttpStatus.OK,
    summary: "Change an action's execution status (also in an approved plan); planners only in their regions",
    conflict: STALE,
  })
  changeStatus(
    @CurrentUser() user: SessionUser,
    @UuidParam('id') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() dto: ChangeActionStatusDto,
  ): Promise<PlanDto> {
    return this.plans.changeActionStatus(user, id, actionId, dto);
  }

  @DeleteRoute(':id/actions/:actionId', {
    access: MANAGEMENT,
    status: HttpStatus.NO_CONTENT,
    ok: 'Deleted',
    conflict: 'Progress has been logged for it, or it was carried into the next plan',
  })
  @Locked()
  deleteAction(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @UuidParam('actionId') actionId: string): Promise<void> {
    return this.plans.deleteAction(user, id, actionId);
  }
}
