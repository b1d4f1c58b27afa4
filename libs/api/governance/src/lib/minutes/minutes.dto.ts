import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, NestedList, NullableText, OptionalRequiredText, RequiredText, trimEach, trimText } from '@suunta/api-core';
import { NETWORK_STATUSES } from '@suunta/shared-domain';
import type {
  CreateActionFromDecisionDto,
  CreateFollowUpDto,
  CreateMeetingDto,
  CreateMeetingItemDto,
  CreateNetworkDto,
  MeetingAttachment,
  MeetingAttendee,
  MeetingTransitionDto,
  MinutesImportRequestDto,
  MinutesImportSaveDto,
  NetworkStatus,
  ReopenMeetingDto,
  UpdateFollowUpDto,
  UpdateMeetingDto,
  UpdateMeetingItemDto,
  UpdateNetworkDto,
} from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** Limits of the minutes' texts. */
export const MINUTES_LIMITS = { name: 300, text: 20000, list: 100, importText: 200000 } as const;

const NullableDate = () => applyDecorators(ValidateIf((_, v) => v !== null && v !== undefined), IsCalendarDate());
const NullableTime = () =>
  applyDecorators(ValidateIf((_, v) => v !== null && v !== undefined), IsString(), Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '$property must be a time as HH:MM' }));
const Names = () =>
  applyDecorators(IsOptional(), Transform(trimEach), IsArray(), ArrayMaxSize(MINUTES_LIMITS.list), IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(MINUTES_LIMITS.name, { each: true }));
const Ids = () => applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(MINUTES_LIMITS.list), ArrayUnique(), IsUUID('all', { each: true }));
const Version = () => applyDecorators(ApiProperty({ description: 'The version read; 409 when someone saved since' }), IsInt(), Min(1));

export class AttendeeBody implements MeetingAttendee {
  @ApiProperty() @RequiredText(MINUTES_LIMITS.name) name!: string;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) organization?: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'puheenjohtaja' }) @NullableText(MINUTES_LIMITS.name) role?: string | null;
  @ApiProperty() @IsBoolean() present!: boolean;
}

export class AttachmentBody implements MeetingAttachment {
  @ApiProperty() @RequiredText(MINUTES_LIMITS.name) title!: string;
  @ApiProperty({ example: 'https://www.sonetbotnia.fi/docs/liite.pdf' })
  @Transform(trimText)
  @IsString()
  @MaxLength(2000)
  @Matches(/^https?:\/\/\S+$/, { message: '$property must be an http(s):// address' })
  url!: string;
}

class MeetingHeaderBody {
  @ApiPropertyOptional({ nullable: true, description: 'NULL: an organization-level body' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID()
  regionId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) bodyName?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-02-12' }) @NullableDate() date?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '09:30' }) @NullableTime() startTime?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '11:45' }) @NullableTime() endTime?: string | null;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) place?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remote?: boolean;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) chair?: string | null;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) secretary?: string | null;
  @ApiPropertyOptional({ type: [String] }) @Names() minuteCheckers?: string[];
  @ApiPropertyOptional({ type: [AttendeeBody] })
  @NestedList(() => AttendeeBody, MINUTES_LIMITS.list, true)
  attendance?: AttendeeBody[];
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.text) notes?: string | null;
}

export class CreateMeetingBody extends MeetingHeaderBody implements CreateMeetingDto {
  @ApiProperty({ example: 'regional_steering_group' }) @RequiredText(100) body!: string;
}

export class UpdateMeetingBody extends MeetingHeaderBody implements UpdateMeetingDto {
  @ApiPropertyOptional() @OptionalRequiredText(100) body?: string;
  @Version() version!: number;
}

class MeetingItemBody {
  @ApiPropertyOptional({ description: 'The § number' }) @IsOptional() @IsInt() @Min(1) @Max(9999) number?: number;
  @ApiPropertyOptional({ nullable: true, description: '*Esitys*' }) @NullableText(MINUTES_LIMITS.text) proposal?: string | null;
  @ApiPropertyOptional({ nullable: true, description: '*Käsittely*' }) @NullableText(MINUTES_LIMITS.text) discussion?: string | null;
  @ApiPropertyOptional({ nullable: true, description: '*Päätös*' }) @NullableText(MINUTES_LIMITS.text) decision?: string | null;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.text) note?: string | null;
  @ApiPropertyOptional({ type: [AttachmentBody] })
  @NestedList(() => AttachmentBody, MINUTES_LIMITS.list, true)
  attachments?: AttachmentBody[];
  @ApiPropertyOptional({ type: [String] }) @Ids() focusAreaIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Yearly actions the § concerns' }) @Ids() actionIds?: string[];
}

export class CreateMeetingItemBody extends MeetingItemBody implements CreateMeetingItemDto {
  @ApiProperty() @RequiredText(MINUTES_LIMITS.name) title!: string;
  @Version() version!: number;
}

export class UpdateMeetingItemBody extends MeetingItemBody implements UpdateMeetingItemDto {
  @ApiPropertyOptional() @OptionalRequiredText(MINUTES_LIMITS.name) title?: string;
  @Version() version!: number;
}

export class MeetingTransitionBody implements MeetingTransitionDto {
  @Version() version!: number;
}

export class ReopenMeetingBody implements ReopenMeetingDto {
  @Version() version!: number;
  @ApiProperty({ description: 'Why the minutes are opened again (kept in the audit trail)' }) @RequiredText(2000) reason!: string;
}

export class VersionQuery {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class ActionFromDecisionBody implements CreateActionFromDecisionDto {
  @ApiProperty({ description: "A focus area with a theme in the plan in force" }) @IsUUID() focusAreaId!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty() @RequiredText(500) title!: string;
  @ApiPropertyOptional({ nullable: true }) @NullableText(5000) description?: string | null;
}

export class FollowUpBody implements CreateFollowUpDto {
  @ApiProperty() @RequiredText(500) title!: string;
  @ApiProperty({ description: 'Who does it (a name)' }) @RequiredText(MINUTES_LIMITS.name) owner!: string;
  @ApiProperty({ example: '2026-03-31' }) @IsCalendarDate() dueDate!: string;
}

export class UpdateFollowUpBody implements UpdateFollowUpDto {
  @ApiPropertyOptional() @OptionalRequiredText(500) title?: string;
  @ApiPropertyOptional() @OptionalRequiredText(MINUTES_LIMITS.name) owner?: string;
  @ApiPropertyOptional() @ValidateIf((_, v) => v !== undefined) @IsCalendarDate() dueDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() done?: boolean;
  @Version() version!: number;
}

export class DecisionsQuery {
  @ApiProperty() @IsUUID() focusAreaId!: string;
}

export class ImportPreviewBody implements MinutesImportRequestDto {
  @ApiProperty({ description: 'The minutes as plain text ("1 § Kokouksen avaus", "Esitys:", "Käsittely:", "Päätös:")' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MINUTES_LIMITS.importText)
  text!: string;
}

export class ImportSaveBody extends MeetingHeaderBody implements MinutesImportSaveDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(MINUTES_LIMITS.importText) text!: string;
  @ApiProperty({ example: 'regional_steering_group' }) @RequiredText(100) body!: string;
}

class NetworkBody {
  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID()
  regionId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.name) coordinator?: string | null;
  @ApiPropertyOptional({ type: [String] }) @Names() partners?: string[];
  @ApiPropertyOptional({ nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsInt() @Min(1900) @Max(2100) sinceYear?: number | null;
  @ApiPropertyOptional({ nullable: true }) @ValidateIf((_, v) => v !== null && v !== undefined) @IsInt() @Min(0) @Max(365) meetingsPerYear?: number | null;
  @ApiPropertyOptional({ enum: NETWORK_STATUSES }) @IsOptional() @IsIn(NETWORK_STATUSES) status?: NetworkStatus;
  @ApiPropertyOptional({ nullable: true }) @NullableText(MINUTES_LIMITS.text) notes?: string | null;
  @ApiPropertyOptional({ type: [String] }) @Ids() focusAreaIds?: string[];
}

export class CreateNetworkBody extends NetworkBody implements CreateNetworkDto {
  @ApiProperty() @RequiredText(MINUTES_LIMITS.name) name!: string;
}

export class UpdateNetworkBody extends NetworkBody implements UpdateNetworkDto {
  @ApiPropertyOptional() @OptionalRequiredText(MINUTES_LIMITS.name) name?: string;
  @Version() version!: number;
}
