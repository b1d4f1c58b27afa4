import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, NestedList, Stacked, trimText } from '@suunta/api-core';
import { SURVEY_CONTENT_MAX_LENGTH, SURVEY_SOURCE_FORMATS, SURVEY_TITLE_MAX_LENGTH, SURVEY_YEAR_MAX, SURVEY_YEAR_MIN } from '@suunta/shared-domain';
import type {
  SurveyColumnKind,
  SurveyColumnMappingDto,
  SurveyImportRequest,
  SurveyListQuery,
  SurveySourceFormat,
  SurveyThemeLinkDto,
  SurveyThemeUpdateDto,
  UpdateSurveyRequest,
} from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COLUMN_KINDS: SurveyColumnKind[] = ['likert', 'open', 'ignored'];

/** The checks of a survey's own fields, the same in the import, the edit and the queries. */
const SurveyTitle = () => Stacked(Transform(trimText), IsString(), IsNotEmpty(), MaxLength(SURVEY_TITLE_MAX_LENGTH));
const SurveyYear = () => Stacked(IsInt(), Min(SURVEY_YEAR_MIN), Max(SURVEY_YEAR_MAX));
const InvitedCount = () => Stacked(IsInt(), Min(0), Max(1_000_000));
const RunDate = () => Stacked(Matches(ISO_DATE, { message: '$property must be a date YYYY-MM-DD' }), IsCalendarDate());
const RunNote = () => Stacked(IsString(), MaxLength(200));
/** In an edit: a field left out or null is not checked; a value must pass the checks. */
const UnlessNull = () => ValidateIf((_, v) => v !== undefined && v !== null);

export class SurveyThemeLinkBody implements SurveyThemeLinkDto {
  @ApiProperty({ example: 1, description: '1-based theme number as the preview gives it' })
  @IsInt()
  @Min(1)
  @Max(500)
  themeIndex!: number;

  @ApiProperty({ format: 'uuid', nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  focusAreaId!: string | null;
}

export class SurveyColumnMappingBody implements SurveyColumnMappingDto {
  @ApiProperty({ example: 'C' })
  @IsString()
  @Matches(/^[A-Z]{1,3}$/, { message: 'letter must be a column letter such as C' })
  letter!: string;

  @ApiPropertyOptional({ enum: COLUMN_KINDS })
  @IsOptional()
  @IsIn(COLUMN_KINDS)
  kind?: SurveyColumnKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  focusAreaId?: string | null;
}

export class SurveyImportBody implements SurveyImportRequest {
  @ApiProperty({ enum: ['preview', 'commit'], description: '`preview` saves nothing; `commit` saves all or nothing' })
  @IsIn(['preview', 'commit'])
  mode!: 'preview' | 'commit';

  @ApiProperty({ enum: SURVEY_SOURCE_FORMATS })
  @IsIn(SURVEY_SOURCE_FORMATS)
  format!: SurveySourceFormat;

  @ApiProperty({ description: 'The pasted Webropol report, or the CSV export as text' })
  @IsString()
  @MaxLength(SURVEY_CONTENT_MAX_LENGTH)
  content!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  regionId!: string;

  @ApiPropertyOptional({ example: 2020, description: 'The operating year evaluated; defaults to the year in the report title' })
  @IsOptional()
  @SurveyYear()
  year?: number;

  @ApiPropertyOptional({ example: 'K-P SONet BOTNIA Arviointi 2020' })
  @IsOptional()
  @SurveyTitle()
  title?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  strategyId?: string | null;

  @ApiPropertyOptional({ example: 19 })
  @IsOptional()
  @InvitedCount()
  invitedCount?: number;

  @ApiPropertyOptional({ example: '2021-01-04' })
  @IsOptional()
  @RunDate()
  ranFrom?: string;

  @ApiPropertyOptional({ example: '2021-02-26' })
  @IsOptional()
  @RunDate()
  ranTo?: string;

  @ApiPropertyOptional({ example: 'tammi–helmikuu 2021' })
  @IsOptional()
  @RunNote()
  ranNote?: string;

  @ApiPropertyOptional({ type: [String], example: ['1 = ei toteutunut', '2 = toteutui huonosti'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(11)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  scaleLabels?: string[];

  @ApiPropertyOptional({ type: [SurveyThemeLinkBody] })
  @NestedList(() => SurveyThemeLinkBody, 500, true)
  themeLinks?: SurveyThemeLinkBody[];

  @ApiPropertyOptional({ type: [SurveyColumnMappingBody] })
  @NestedList(() => SurveyColumnMappingBody, 500, true)
  columns?: SurveyColumnMappingBody[];
}

export class SurveyThemeUpdateBody implements SurveyThemeUpdateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @IsOptional()
  @SurveyTitle()
  title?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @UnlessNull()
  @IsUUID()
  focusAreaId?: string | null;

  @ApiPropertyOptional({ example: 4.2, nullable: true, description: "Another document's claimed average (shown beside the computed one)" })
  @UnlessNull()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100)
  claimedAverage?: number | null;

  @UnlessNull()
  @IsString()
  @MaxLength(300)
  claimedSource?: string | null;
}

export class UpdateSurveyBody implements UpdateSurveyRequest {
  @ApiProperty({ example: 1, description: 'The version the client read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @SurveyTitle()
  title?: string;

  @IsOptional()
  @SurveyYear()
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @UnlessNull()
  @IsUUID()
  strategyId?: string | null;

  @UnlessNull()
  @InvitedCount()
  invitedCount?: number | null;

  @UnlessNull()
  @RunDate()
  ranFrom?: string | null;

  @UnlessNull()
  @RunDate()
  ranTo?: string | null;

  @UnlessNull()
  @RunNote()
  ranNote?: string | null;

  @ApiPropertyOptional({ type: [SurveyThemeUpdateBody] })
  @NestedList(() => SurveyThemeUpdateBody, 500, true)
  themes?: SurveyThemeUpdateBody[];
}

export class SurveyListQueryDto implements SurveyListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @Type(() => Number)
  @SurveyYear()
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only surveys with a theme linked to this focus area' })
  @IsOptional()
  @IsUUID()
  focusAreaId?: string;
}

export class SurveySeriesQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  focusAreaId!: string;

  @ApiPropertyOptional({ default: true, description: 'Follow focus-area mappings to earlier and later strategies' })
  @IsOptional()
  @Transform(({ value }) => (value === 'false' || value === false ? false : value === 'true' || value === true ? true : value))
  @IsIn([true, false])
  lineage?: boolean;
}

export class DeleteSurveyQueryDto {
  @ApiProperty({ example: 1, description: 'The version the client read; a stale one is refused with 409' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class FocusAreaOptionsQueryDto {
  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @Type(() => Number)
  @SurveyYear()
  year?: number;
}
