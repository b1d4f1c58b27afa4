import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@suunta/api-core';
import type {
  ActionRollupDto,
  CriterionRollupDto,
  DashboardActionFigure,
  DashboardCountCriterion,
  DashboardCriteriaFigure,
  DashboardDto,
  DashboardEntriesQuery,
  DashboardEntryDto,
  DashboardFilters,
  DashboardFocusAreaDto,
  DashboardFocusAreaEntriesDto,
  DashboardLineageNode,
  DashboardLinks,
  DashboardPlanRef,
  DashboardQuery,
  DashboardRegionOption,
  DashboardStrategyOption,
  DashboardSurveyFigure,
  DashboardSurveyPoint,
  DashboardSurveyRowDto,
  DataFreshness,
  LocalizedText,
  MeasurementKind,
  PlanActionStatus,
  RollupStatus,
  StrategyMapAxis,
  StrategyMapCell,
  StrategyMapColumn,
  StrategyMapDto,
  StrategyMapQuery,
  StrategyMapRow,
  StrategyStatus,
  TrendDirection,
} from '@suunta/shared-domain';
import { ROLLUP_STATUSES, STRATEGY_MAP_AXES } from '@suunta/shared-domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/*
 * Query DTOs (validated) and response shapes for the OpenAPI document only: the service returns the
 * shared interfaces from @suunta/shared-domain, which these classes implement so they cannot drift.
 */

const STATUS_RULES =
  "Plans' roll-up rules (libs/api/plans): an action is on_track when done, or when its logged value is at least " +
  'target × elapsed share of the year; at_risk at half that or when postponed; off_track below it, when cancelled or past ' +
  'its target date; no_data without entries. A focus area is on_track when ≥ 2/3 of its judged actions are, off_track ' +
  'when > 1/3 are, else at_risk; no_data when none is judged.';

export class DashboardQueryDto implements DashboardQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Strategy version (default: the approved one valid today, else the latest approved)' })
  @IsOptional()
  @IsUUID()
  strategyId?: string;

  @ApiPropertyOptional({ example: 2020, description: 'Operating year (default: the current year if it has data, else the latest year with data)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'One region; omitted: the whole organization' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2020-12-31', description: 'Judge the roll-ups as of this day (default: today, UTC)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class DashboardEntriesQueryDto implements DashboardEntriesQuery {
  @ApiProperty({ example: 2020 }) @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year!: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() asOf?: string;
}

export class StrategyMapQueryDto extends DashboardQueryDto implements StrategyMapQuery {
  @ApiPropertyOptional({ enum: STRATEGY_MAP_AXES, default: 'regions', description: 'Columns: the regions in the year, or the years in the region (or the whole organization)' })
  @IsOptional()
  @IsIn(STRATEGY_MAP_AXES)
  axis?: StrategyMapAxis;
}

export class BoardPackQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: ['fi', 'sv', 'en'], default: 'fi', description: 'Language of the PDF' })
  @IsOptional()
  @IsIn(['fi', 'sv', 'en'])
  lang?: 'fi' | 'sv' | 'en';
}

// ------------------------------------------------------------------ responses

class LocalizedTextResponse implements LocalizedText {
  @ApiProperty() fi!: string;
  @ApiPropertyOptional() sv?: string;
  @ApiPropertyOptional() en?: string;
}

export class DashboardStrategyOptionResponse implements DashboardStrategyOption {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: '2020' }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['draft', 'approved', 'archived'] }) status!: StrategyStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) validFrom!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) validTo!: string | null;
}

export class DashboardRegionOptionResponse implements DashboardRegionOption {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'KP' }) code!: string;
  @ApiProperty({ type: LocalizedTextResponse }) name!: LocalizedText;
}

class DashboardOptionsResponse {
  @ApiProperty({ type: [DashboardStrategyOptionResponse] }) strategies!: DashboardStrategyOption[];
  @ApiProperty({ type: [Number], description: "Years with approved plans, progress entries or surveys for the strategy's focus areas (and their predecessors' surveys)" })
  years!: number[];
  @ApiProperty({ type: [DashboardRegionOptionResponse] }) regions!: DashboardRegionOption[];
}

export class DashboardFiltersResponse implements DashboardFilters {
  @ApiProperty({ format: 'uuid' }) strategyId!: string;
  @ApiProperty({ type: String, nullable: true }) strategyCode!: string | null;
  @ApiProperty() strategyTitle!: string;
  @ApiProperty({ example: 2020 }) year!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '`null`: the whole organization' }) regionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ format: 'date', description: 'The day the roll-ups were judged as of' }) asOf!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
}

export class DashboardPlanRefResponse implements DashboardPlanRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '`null`: organization-wide' }) regionId!: string | null;
  @ApiProperty() startYear!: number;
}

class ActionIdsResponse {
  @ApiProperty({ type: [String] }) done!: string[];
  @ApiProperty({ type: [String] }) inProgress!: string[];
  @ApiProperty({ type: [String] }) overdue!: string[];
  @ApiProperty({ type: [String] }) all!: string[];
}

export class DashboardActionFigureResponse implements DashboardActionFigure {
  @ApiProperty({ description: "The year's yearly actions under the focus area in the plans in scope (with a region: those done in it)" }) total!: number;
  @ApiProperty() planned!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() done!: number;
  @ApiProperty() postponed!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ description: 'Planned or in progress, the year at least 90 days old, no entry in the 90 days before asOf (plans rule)' }) overdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'done / (total − cancelled); null when no action counts' }) shareDone!: number | null;
  @ApiProperty({ type: ActionIdsResponse, description: 'Action ids per bucket, for drilling down' }) ids!: DashboardActionFigure['ids'];
}

class CriteriaIdsResponse {
  @ApiProperty({ type: [String] }) onTarget!: string[];
  @ApiProperty({ type: [String] }) all!: string[];
}

export class DashboardCriteriaFigureResponse implements DashboardCriteriaFigure {
  @ApiProperty({ description: "Criteria linked to the focus area's actions in the plans in scope" }) total!: number;
  @ApiProperty({ description: 'Criteria whose roll-up status is on_track (count: actual ≥ target × elapsed share; milestone: logged; others: any entry)' })
  onTarget!: number;
  @ApiProperty() atRisk!: number;
  @ApiProperty() offTrack!: number;
  @ApiProperty() noData!: number;
  @ApiProperty({ type: CriteriaIdsResponse }) ids!: DashboardCriteriaFigure['ids'];
}

export class DashboardCountCriterionResponse implements DashboardCountCriterion {
  @ApiProperty({ format: 'uuid' }) criterionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['count'] }) measurementKind!: MeasurementKind;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yearly target' }) yearlyTarget!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "Sum of the year's logged values in the criterion's unit; null when none" }) actual!: number | null;
  @ApiProperty() entries!: number;
  @ApiProperty({ enum: ROLLUP_STATUSES }) status!: RollupStatus;
}

export class DashboardSurveyFigureResponse implements DashboardSurveyFigure {
  @ApiProperty() year!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ value×n / Σ n over the Likert answers of the focus area and its predecessors, two decimals' })
  average!: number | null;
  @ApiProperty({ description: 'Σ n: answers to the focus area’s question(s)' }) respondentCount!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest earlier year with answers' }) previousYear!: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousAverage!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'average − previousAverage (both as shown)' }) change!: number | null;
  @ApiProperty({ type: [String] }) surveyIds!: string[];
  @ApiProperty({ type: [String], description: 'Focus areas (this one or predecessors) whose survey themes were pooled' }) sourceFocusAreaIds!: string[];
}

export class DashboardSurveyPointResponse implements DashboardSurveyPoint {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true, description: '`null`: all regions pooled' }) regionId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) average!: number | null;
  @ApiProperty() respondentCount!: number;
  @ApiProperty({ type: [String] }) surveyIds!: string[];
  @ApiProperty({ type: [String] }) sourceFocusAreaIds!: string[];
}

export class DashboardLineageNodeResponse implements DashboardLineageNode {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty({ type: String, nullable: true, example: '2018-5' }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) strategyId!: string;
  @ApiProperty({ type: String, nullable: true }) strategyCode!: string | null;
  @ApiProperty({ description: '0 itself, −1 predecessor, −2 …' }) distance!: number;
}

export class DashboardLinksResponse implements DashboardLinks {
  @ApiProperty({ example: '/api/dashboard/focus-areas/{id}/entries?year=2020' }) entries!: string;
  @ApiProperty() progressEntries!: string;
  @ApiProperty() surveys!: string;
  @ApiProperty() surveySeries!: string;
}

export class DataFreshnessResponse implements DataFreshness {
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Newest live progress entry (up to asOf) against the actions and criteria behind the figure' })
  lastEntryDate!: string | null;
  @ApiProperty({ format: 'date', description: "The day freshness is judged on: asOf, or the year's 31.12. when the year was over by then" })
  referenceDate!: string;
  @ApiProperty({ description: 'Anything left to log: an action not done or cancelled, or a criterion' }) hasItems!: boolean;
  @ApiProperty({ description: 'hasItems, the reference day at least 90 days into the year, and no entry dated within the 90 days up to it (plans’ overdue window)' })
  stale!: boolean;
}

export class DashboardFocusAreaResponse implements DashboardFocusAreaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: '2020-3' }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty({ enum: ROLLUP_STATUSES, description: `${STATUS_RULES} no_data also when no plan in scope has a theme for it.` }) status!: RollupStatus;
  @ApiProperty({ type: [String] }) planIds!: string[];
  @ApiProperty({ type: [String] }) themeIds!: string[];
  @ApiProperty({ type: DashboardActionFigureResponse }) actions!: DashboardActionFigure;
  @ApiProperty({ type: DashboardCriteriaFigureResponse }) criteria!: DashboardCriteriaFigure;
  @ApiProperty({ type: [DashboardCountCriterionResponse], description: 'Count criteria: progress against the yearly target' }) countCriteria!: DashboardCountCriterion[];
  @ApiProperty({ type: DashboardSurveyFigureResponse }) survey!: DashboardSurveyFigure;
  @ApiProperty({ type: [DashboardLineageNodeResponse] }) lineage!: DashboardLineageNode[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: "Latest change among the year's actions, live entries and surveys behind the figures" })
  lastUpdated!: string | null;
  @ApiProperty({ type: DataFreshnessResponse }) freshness!: DataFreshness;
  @ApiProperty({ type: DashboardLinksResponse }) links!: DashboardLinks;
}

class StatusCountsResponse {
  @ApiProperty() on_track!: number;
  @ApiProperty() at_risk!: number;
  @ApiProperty() off_track!: number;
  @ApiProperty() no_data!: number;
}

export class DashboardResponse implements DashboardDto {
  @ApiProperty({ type: DashboardFiltersResponse }) filters!: DashboardFilters;
  @ApiProperty({ type: DashboardOptionsResponse }) options!: DashboardDto['options'];
  @ApiProperty({ type: [DashboardPlanRefResponse], description: 'Approved or closed plans of the strategy covering the year (with a region: organization-wide and that region’s)' })
  plans!: DashboardPlanRef[];
  @ApiProperty({ type: [DashboardFocusAreaResponse] }) focusAreas!: DashboardFocusAreaDto[];
  @ApiProperty({ type: [DashboardSurveyPointResponse], description: 'Survey score per focus area and year in the selected scope (lineage followed)' })
  surveyTrend!: DashboardSurveyPoint[];
  @ApiProperty({ type: [DashboardSurveyPointResponse], description: 'Survey score per focus area and region in the selected year' })
  surveyByRegion!: DashboardSurveyPoint[];
  @ApiProperty({ type: StatusCountsResponse, description: 'Focus areas per status' }) statusCounts!: Record<RollupStatus, number>;
}

class UnitTotalResponse {
  @ApiProperty() unit!: string;
  @ApiProperty() sum!: number;
  @ApiProperty() entries!: number;
}

export class ActionRollupResponse implements ActionRollupDto {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ format: 'uuid' }) themeId!: string;
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['planned', 'in_progress', 'done', 'postponed', 'cancelled'] }) actionStatus!: PlanActionStatus;
  @ApiProperty() entries!: number;
  @ApiProperty({ type: String, nullable: true }) lastEntryDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) targetValue!: number | null;
  @ApiProperty({ type: String, nullable: true }) targetUnit!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) actual!: number | null;
  @ApiProperty({ type: Number, nullable: true }) latest!: number | null;
  @ApiProperty({ type: [UnitTotalResponse] }) totals!: ActionRollupDto['totals'];
  @ApiProperty({ enum: ROLLUP_STATUSES }) status!: RollupStatus;
  @ApiProperty() overdue!: boolean;
}

export class CriterionRollupResponse implements CriterionRollupDto {
  @ApiProperty({ format: 'uuid' }) criterionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: ['count', 'survey', 'self_assessment', 'milestone', 'qualitative'] }) measurementKind!: MeasurementKind;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearlyTarget!: number | null;
  @ApiProperty() entries!: number;
  @ApiProperty({ type: String, nullable: true }) lastEntryDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) actual!: number | null;
  @ApiProperty({ type: Number, nullable: true }) latest!: number | null;
  @ApiProperty({ enum: ROLLUP_STATUSES }) status!: RollupStatus;
  @ApiProperty() overdue!: boolean;
}

export class DashboardEntryResponse implements DashboardEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) entryDate!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ type: String, nullable: true }) actionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actionTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) actionStatus!: PlanActionStatus | null;
  @ApiProperty({ type: String, nullable: true }) criterionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) criterionTitle!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty() narrative!: string;
  @ApiProperty({ type: String, nullable: true }) evidenceUrl!: string | null;
  @ApiProperty() authorName!: string;
}

export class DashboardSurveyRowResponse implements DashboardSurveyRowDto {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'uuid', description: 'The focus area (this one or a predecessor) the survey theme is linked to' }) focusAreaId!: string;
  @ApiProperty() themeTitle!: string;
  @ApiProperty({ type: Number, nullable: true }) average!: number | null;
  @ApiProperty() respondentCount!: number;
}

class EntriesFocusAreaResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) strategyId!: string;
}

export class DashboardFocusAreaEntriesResponse implements DashboardFocusAreaEntriesDto {
  @ApiProperty({ type: EntriesFocusAreaResponse }) focusArea!: DashboardFocusAreaEntriesDto['focusArea'];
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true }) regionId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'KP' }) regionCode!: string | null;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [ActionRollupResponse], description: 'The actions behind the action figures, with their roll-up status' }) actions!: ActionRollupDto[];
  @ApiProperty({ type: [CriterionRollupResponse], description: 'The criteria behind the criteria figures' }) criteria!: CriterionRollupDto[];
  @ApiProperty({ type: [DashboardEntryResponse], description: 'Live progress entries of the year and scope, newest first' }) entries!: DashboardEntryDto[];
  @ApiProperty({ type: [DashboardSurveyRowResponse], description: 'Survey themes behind the survey figure' }) surveys!: DashboardSurveyRowDto[];
}

// ------------------------------------------------------------------ strategy map

const TRENDS = ['up', 'down', 'same'];

export class StrategyMapColumnResponse implements StrategyMapColumn {
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '`null`: the whole organization' }) regionId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'KP' }) regionCode!: string | null;
}

class StrategyMapCriteriaResponse {
  @ApiProperty() onTarget!: number;
  @ApiProperty() total!: number;
  @ApiProperty() previousYear!: number;
  @ApiProperty() previousOnTarget!: number;
  @ApiProperty() previousTotal!: number;
  @ApiProperty({ enum: TRENDS, nullable: true, description: 'onTarget/total against previousOnTarget/previousTotal (exact); null when either total is 0' })
  trend!: TrendDirection | null;
}

class StrategyMapSurveyResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'Σ value×n / Σ n (lineage pooled), two decimals — the board page’s survey average' }) average!: number | null;
  @ApiProperty() respondentCount!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest earlier year with answers' }) previousYear!: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousAverage!: number | null;
  @ApiProperty({ type: Number, nullable: true }) change!: number | null;
  @ApiProperty({ enum: TRENDS, nullable: true, description: 'Sign of change; null without an earlier year' }) trend!: TrendDirection | null;
}

export class StrategyMapCellResponse extends StrategyMapColumnResponse implements StrategyMapCell {
  @ApiProperty({ enum: ROLLUP_STATUSES, description: `The board page's status for this focus area, region and year. ${STATUS_RULES}` }) status!: RollupStatus;
  @ApiProperty({ type: StrategyMapCriteriaResponse, description: 'Criteria on target, against the same cell a year earlier' }) criteria!: StrategyMapCell['criteria'];
  @ApiProperty({ type: StrategyMapSurveyResponse }) survey!: StrategyMapCell['survey'];
  @ApiProperty({ type: DataFreshnessResponse }) freshness!: DataFreshness;
}

export class StrategyMapRowResponse implements StrategyMapRow {
  @ApiProperty({ format: 'uuid' }) focusAreaId!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [StrategyMapCellResponse], description: 'One per column, in the columns’ order' }) cells!: StrategyMapCell[];
}

class StrategyMapFiltersResponse extends DashboardFiltersResponse {
  @ApiProperty({ enum: STRATEGY_MAP_AXES }) axis!: StrategyMapAxis;
}

export class StrategyMapResponse implements StrategyMapDto {
  @ApiProperty({ type: StrategyMapFiltersResponse }) filters!: StrategyMapDto['filters'];
  @ApiProperty({ type: [StrategyMapColumnResponse], description: 'axis=regions: the regions in scope in the year; axis=years: up to six years (to the as-of year) in the region scope' })
  columns!: StrategyMapColumn[];
  @ApiProperty({ type: [StrategyMapRowResponse], description: 'One per focus area of the strategy version' }) rows!: StrategyMapRow[];
}
