import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import type {
  ApprovePlanInput,
  ChangeActionStatusInput,
  ClosePlanInput,
  CopyPlanInput,
  CreatePlanActionInput,
  CreatePlanInput,
  CreatePlanThemeInput,
  PlanActionStatus,
  PlanActionTargetInput,
  ReopenPlanInput,
  UpdatePlanActionInput,
  UpdatePlanInput,
  UpdatePlanThemeInput,
} from '@suunta/shared-domain';
import { PLAN_ACTION_STATUSES, PLAN_LIMITS } from '@suunta/shared-domain';
import { IsCalendarDate } from '@suunta/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsIsoDate, NestedList, NullableText, OptionalRequiredText, RequiredText, Stacked } from '@suunta/api-core';

const UUID_EXAMPLE = '0b8a4c0e-6a52-4c3e-9a0b-3f5d2a1e7c90';

export class CreatePlanThemeDto implements CreatePlanThemeInput {
  @ApiProperty({ example: UUID_EXAMPLE, description: "A focus area of the plan's strategy" })
  @IsUUID()
  focusAreaId!: string;

  @ApiPropertyOptional({ example: 'Sosiaalisen vahvistaminen', description: "Defaults to the focus area's title" })
  @NullableText(PLAN_LIMITS.title)
  title?: string;
}

export class CreatePlanDto implements CreatePlanInput {
  @ApiProperty({ example: UUID_EXAMPLE })
  @IsUUID()
  strategyId!: string;

  @ApiProperty({ example: 'SONet BOTNIAn toimintasuunnitelma 2021–2022, Keski-Pohjanmaa' })
  @RequiredText(PLAN_LIMITS.title)
  title!: string;

  @ApiProperty({ example: 2021, description: 'The plan covers startYear and startYear + 1' })
  @IsInt()
  @Min(PLAN_LIMITS.minYear)
  @Max(PLAN_LIMITS.maxYear - 1)
  startYear!: number;

  @ApiPropertyOptional({ example: UUID_EXAMPLE, nullable: true, description: 'Leave out for an organization-wide plan' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @ApiPropertyOptional({ type: [CreatePlanThemeDto] })
  @NestedList(() => CreatePlanThemeDto, PLAN_LIMITS.listItems, true)
  themes?: CreatePlanThemeDto[];
}

export class VersionedDto {
  @ApiProperty({ example: 1, description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdatePlanDto extends VersionedDto implements UpdatePlanInput {
  @ApiPropertyOptional({ example: 'Toimintasuunnitelma 2021–2022' })
  @OptionalRequiredText(PLAN_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ example: null, nullable: true })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;
}

export class ApprovePlanDto extends VersionedDto implements ApprovePlanInput {
  @ApiProperty({ example: '2020-12-15', format: 'date', description: 'The day the management group approved the plan' })
  @IsIsoDate()
  approvedOn!: string;
}

export class ReopenPlanDto extends VersionedDto implements ReopenPlanInput {
  @ApiProperty({ example: 'Johtoryhmä päätti 3.3.2021 lisätä toimenpiteen teemaan 2.' })
  @RequiredText(PLAN_LIMITS.reason)
  reason!: string;
}

export class ClosePlanDto extends VersionedDto implements ClosePlanInput {}

export class CopyPlanDto implements CopyPlanInput {
  @ApiPropertyOptional({ example: 'SONet BOTNIAn toimintasuunnitelma 2021–2022, Keski-Pohjanmaa' })
  @NullableText(PLAN_LIMITS.title)
  title?: string;
}

export class UpdatePlanThemeDto extends VersionedDto implements UpdatePlanThemeInput {
  @ApiPropertyOptional({ example: UUID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  focusAreaId?: string;

  @ApiPropertyOptional({ example: 'Sosiaalisen vahvistaminen' })
  @OptionalRequiredText(PLAN_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;
}

export class PlanActionTargetDto implements PlanActionTargetInput {
  @ApiPropertyOptional({ example: 2, nullable: true, description: 'A number; requires unit' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: '$property must be a number with at most two decimals' })
  @Min(0)
  @Max(PLAN_LIMITS.targetMax)
  value?: number | null;

  @ApiPropertyOptional({ example: 'kokoontumista', nullable: true })
  @ValidateIf((o: PlanActionTargetDto) => o.value !== undefined && o.value !== null)
  @RequiredText(PLAN_LIMITS.unit)
  unit?: string | null;

  @ApiPropertyOptional({ example: '2021-03-31', nullable: true, format: 'date' })
  @IsOptional()
  @IsIsoDate()
  milestoneDate?: string | null;
}

/** A yearly action's target (a number with its unit, or a milestone date), in the new action and the edit. */
const ActionTarget = () => Stacked(ApiPropertyOptional({ type: PlanActionTargetDto, nullable: true }), IsOptional(), ValidateNested(), Type(() => PlanActionTargetDto));
/** A yearly action's place among its theme's actions. */
const SortOrder = () => Stacked(ApiPropertyOptional({ example: 1 }), IsOptional(), IsInt(), Min(0));

const uuidList = (description: string, min = 0) => [
  ApiProperty({ type: [String], example: [UUID_EXAMPLE], description }),
  IsArray(),
  ArrayMinSize(min),
  ArrayMaxSize(PLAN_LIMITS.listItems),
  ArrayUnique(),
  IsUUID('all', { each: true }),
];

function apply(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/** What a yearly action holds besides its theme, year, title, status, regions and roles: the same checks when created and edited. */
class PlanActionDetailsDto {
  @ApiPropertyOptional({ nullable: true, example: 'Verkosto kokoontuu kaksi kertaa vuodessa.' })
  @NullableText(PLAN_LIMITS.text)
  description?: string | null;

  @ActionTarget()
  target?: PlanActionTargetDto | null;

  @IsOptional()
  @apply(uuidList('Named people (optional)'))
  personIds?: string[];

  @IsOptional()
  @apply(uuidList('Evaluation criteria the action serves'))
  criterionIds?: string[];

  @SortOrder()
  sortOrder?: number;
}

export class CreatePlanActionDto extends PlanActionDetailsDto implements CreatePlanActionInput {
  @ApiProperty({ example: UUID_EXAMPLE, description: 'One of the plan’s themes' })
  @IsUUID()
  themeId!: string;

  @ApiProperty({ example: 2021, description: 'One of the plan’s two years' })
  @IsInt()
  @Min(PLAN_LIMITS.minYear)
  @Max(PLAN_LIMITS.maxYear)
  year!: number;

  @ApiProperty({ example: 'Maakunnallisen kirjaamisvalmentajien verkoston koordinointi' })
  @RequiredText(PLAN_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ enum: PLAN_ACTION_STATUSES, example: 'planned' })
  @IsOptional()
  @IsIn(PLAN_ACTION_STATUSES)
  status?: PlanActionStatus;

  @apply(uuidList('Regions the action is done in (at least one)', 1))
  regionIds!: string[];

  @apply(uuidList('Responsible roles (at least one)', 1))
  roleIds!: string[];
}

const EFFECTIVE_ON_DOC = {
  format: 'date',
  example: '2020-11-30',
  description:
    'The day the new status took effect (default: today, or the plan period\'s start if that is later). Not in the future, ' +
    'not before the plan period starts, not before the action\'s previous status change. Roll-ups as of a day use it.',
};

export class UpdatePlanActionDto extends IntersectionType(VersionedDto, PlanActionDetailsDto) implements UpdatePlanActionInput {
  @ApiPropertyOptional({ example: UUID_EXAMPLE, description: 'Move to another theme of the plan' })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @ApiPropertyOptional({ example: 2022, description: 'Move to the other year of the plan' })
  @IsOptional()
  @IsInt()
  @Min(PLAN_LIMITS.minYear)
  @Max(PLAN_LIMITS.maxYear)
  year?: number;

  @ApiPropertyOptional({ example: 'Maakunnallisen kirjaamisvalmentajien verkoston koordinointi' })
  @OptionalRequiredText(PLAN_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ enum: PLAN_ACTION_STATUSES })
  @IsOptional()
  @IsIn(PLAN_ACTION_STATUSES)
  status?: PlanActionStatus;

  @ApiPropertyOptional({ ...EFFECTIVE_ON_DOC })
  @IsOptional()
  @IsCalendarDate()
  statusEffectiveOn?: string;

  @IsOptional()
  @apply(uuidList('Regions (at least one)', 1))
  regionIds?: string[];

  @IsOptional()
  @apply(uuidList('Responsible roles (at least one)', 1))
  roleIds?: string[];
}


export class ChangeActionStatusDto extends VersionedDto implements ChangeActionStatusInput {
  @ApiProperty({ enum: PLAN_ACTION_STATUSES, example: 'done' })
  @IsIn(PLAN_ACTION_STATUSES)
  status!: PlanActionStatus;

  @ApiPropertyOptional({ ...EFFECTIVE_ON_DOC })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;
}
