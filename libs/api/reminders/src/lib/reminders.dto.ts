import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REMINDER_CADENCES,
  REMINDER_LIMITS,
  REMINDER_OWNER_ROLES,
  type ReminderCadence,
  type ReminderOwnerRole,
  type ReminderSubjectKind,
  type ReminderSubscriptionAction,
  type ReminderSubscriptionInput,
  type SetReminderDutyInput,
  type UpdateReminderSettingsInput,
} from '@suunta/shared-domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const present = (_: unknown, v: unknown) => v !== null && v !== undefined;

export class SetReminderDutyBody implements SetReminderDutyInput {
  @ApiProperty({ enum: ['criterion', 'action'] }) @IsIn(['criterion', 'action']) subjectKind!: ReminderSubjectKind;
  @ApiProperty({ description: 'The criterion or yearly action' }) @IsUUID() subjectId!: string;
  @ApiPropertyOptional({ nullable: true, description: 'A person (user account) who owns the item' }) @ValidateIf(present) @IsUUID() ownerUserId?: string | null;
  @ApiPropertyOptional({ nullable: true, enum: REMINDER_OWNER_ROLES, description: 'Or a role: planner (per region), management' })
  @ValidateIf(present)
  @IsIn(REMINDER_OWNER_ROLES)
  ownerRole?: ReminderOwnerRole | null;
  @ApiProperty({ enum: REMINDER_CADENCES }) @IsIn(REMINDER_CADENCES) cadence!: ReminderCadence;
  @ApiPropertyOptional({ description: 'The version read, when the item already has a duty (409 when stale)' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class DeleteReminderDutyParams {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class MissingOwnersQuery {
  @ApiPropertyOptional({ example: 2026, description: 'Default: this year' }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class UpdateReminderSettingsBody implements UpdateReminderSettingsInput {
  @ApiProperty({ minimum: REMINDER_LIMITS.minLeadDays, maximum: REMINDER_LIMITS.maxLeadDays })
  @IsInt()
  @Min(REMINDER_LIMITS.minLeadDays)
  @Max(REMINDER_LIMITS.maxLeadDays)
  leadDays!: number;
  @ApiProperty({ description: 'The version read (0 before the first save); 409 when stale' }) @IsInt() @Min(0) version!: number;
}

export class ReminderSubscriptionBody implements ReminderSubscriptionInput {
  @ApiProperty({ description: 'The token of the link in a reminder mail' }) @IsString() @MaxLength(100) @Matches(/^[A-Za-z0-9_-]+$/) token!: string;
  @ApiProperty({ enum: ['snooze', 'unsubscribe', 'resume'] }) @IsIn(['snooze', 'unsubscribe', 'resume']) action!: ReminderSubscriptionAction;
}
