import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CorrectProgressEntryInput, CreateProgressEntryInput, ProgressQuery, RetractProgressEntryInput } from '@suunta/shared-domain';
import { PLAN_LIMITS, PROGRESS_LIMITS } from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { VersionedDto } from './plan.dto';
import { IsIsoDate, NullableText, OptionalRequiredText, RequiredText, Stacked, toBoolean } from '@suunta/api-core';

const UUID_EXAMPLE = '0b8a4c0e-6a52-4c3e-9a0b-3f5d2a1e7c90';
/** Evidence links must be real web addresses: http(s) with a host and a top-level domain. */
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };
const NUMBER_OPTIONS = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: PROGRESS_LIMITS.valueDecimals };
const NUMBER_MESSAGE = '$property must be a number (at most two decimals), not text';

/** The criterion or yearly action an entry is logged against (one of them at least). */
const LoggedAgainst = (description?: string) =>
  Stacked(ApiPropertyOptional({ example: UUID_EXAMPLE, nullable: true, ...(description !== undefined && { description }) }), IsOptional(), IsUUID());
/** The figure of an entry: a number, never text. */
const ProgressValue = () => Stacked(IsNumber(NUMBER_OPTIONS, { message: NUMBER_MESSAGE }), Min(0), Max(PROGRESS_LIMITS.valueMax));
const EvidenceUrl = () => Stacked(NullableText(PROGRESS_LIMITS.url), IsUrl(URL_OPTIONS, { message: '$property must be a web address starting with http:// or https://' }));

export class CreateProgressEntryDto implements CreateProgressEntryInput {
  @ApiProperty({ example: UUID_EXAMPLE })
  @IsUUID()
  regionId!: string;

  @ApiProperty({ example: 2020, description: 'The operating year the entry reports on' })
  @IsInt()
  @Min(PLAN_LIMITS.minYear)
  @Max(PLAN_LIMITS.maxYear)
  year!: number;

  @ApiProperty({ example: '2020-11-30', format: 'date' })
  @IsIsoDate()
  entryDate!: string;

  @LoggedAgainst('Criterion and/or action: at least one')
  criterionId?: string | null;

  @LoggedAgainst()
  actionId?: string | null;

  @ApiPropertyOptional({ example: 2, nullable: true, description: 'Only for count criteria and actions with a numeric target; never text' })
  @IsOptional()
  @ProgressValue()
  value?: number | null;

  @ApiPropertyOptional({ example: 'kokoontumista', nullable: true, description: "Defaults to the criterion's or the action target's unit" })
  @NullableText(PROGRESS_LIMITS.unit)
  unit?: string | null;

  @ApiProperty({ example: 'Kirjaamisvalmentajien verkosto kokoontui toisen kerran 12.11.' })
  @RequiredText(PROGRESS_LIMITS.narrative)
  narrative!: string;

  @ApiPropertyOptional({ example: 'https://www.sonetbotnia.fi/uutiset/kirjaamisvalmentajat', nullable: true })
  @EvidenceUrl()
  evidenceUrl?: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'Required when the year is closed; kept with the entry' })
  @NullableText(PROGRESS_LIMITS.reason)
  closedYearReason?: string | null;
}

export class CorrectProgressEntryDto extends VersionedDto implements CorrectProgressEntryInput {
  @ApiPropertyOptional({ example: UUID_EXAMPLE })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @IsInt()
  @Min(PLAN_LIMITS.minYear)
  @Max(PLAN_LIMITS.maxYear)
  year?: number;

  @ApiPropertyOptional({ example: '2020-11-30', format: 'date' })
  @IsOptional()
  @IsIsoDate()
  entryDate?: string;

  @LoggedAgainst()
  criterionId?: string | null;

  @LoggedAgainst()
  actionId?: string | null;

  @ApiPropertyOptional({ example: 3, nullable: true })
  @IsOptional()
  @ProgressValue()
  value?: number | null;

  @ApiPropertyOptional({ example: 'kokousta', nullable: true })
  @NullableText(PROGRESS_LIMITS.unit)
  unit?: string | null;

  @ApiPropertyOptional({ example: 'Alueohjausryhmä kokoontui vuoden aikana kuusi kertaa.' })
  @OptionalRequiredText(PROGRESS_LIMITS.narrative)
  narrative?: string;

  @ApiPropertyOptional({ example: 'https://www.sonetbotnia.fi/', nullable: true })
  @EvidenceUrl()
  evidenceUrl?: string | null;

  @NullableText(PROGRESS_LIMITS.reason)
  closedYearReason?: string | null;

  @ApiPropertyOptional({ example: 'Kokouksia oli kuusi, ei viisi.', nullable: true, description: 'Why it was corrected; kept in the history' })
  @NullableText(PROGRESS_LIMITS.reason)
  correctionReason?: string | null;
}

export class RetractProgressEntryDto extends VersionedDto implements RetractProgressEntryInput {
  @ApiProperty({ example: 'Kirjattu väärälle alueelle.' })
  @RequiredText(PROGRESS_LIMITS.reason)
  reason!: string;
}

export class ProgressQueryDto implements ProgressQuery {
  @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ example: 2020 }) @IsOptional() @Type(() => Number) @IsInt() @Min(PLAN_LIMITS.minYear) @Max(PLAN_LIMITS.maxYear) year?: number;
  @ApiPropertyOptional({ description: 'Focus area (theme) id' }) @IsOptional() @IsUUID() focusAreaId?: string;
  @IsOptional() @IsUUID() authorId?: string;
  @IsOptional() @IsUUID() planId?: string;
  @IsOptional() @IsUUID() actionId?: string;
  @IsOptional() @IsUUID() criterionId?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() includeRetracted?: boolean;
  @ApiPropertyOptional({ example: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class ProgressTargetsQueryDto {
  @ApiPropertyOptional({ description: 'Only what can be logged in this region' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ example: 2020 }) @IsOptional() @Type(() => Number) @IsInt() @Min(PLAN_LIMITS.minYear) @Max(PLAN_LIMITS.maxYear) year?: number;
  @ApiPropertyOptional({ example: 'kirjaamis', description: 'Words to search in titles' }) @IsOptional() @MaxLength(200) q?: string;
}

export class RollupQueryDto {
  @ApiPropertyOptional({ description: 'Only this region (its entries and the actions done in it)' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ example: '2020-12-31', format: 'date', description: 'Judge as of this day (default: today, UTC)' })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}
