import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, trimText, trimTextOrNull } from '@suunta/api-core';
import {
  REPORT_EXPORT_FORMATS,
  REPORT_LANGUAGES,
  REPORT_TEXT_MAX_LENGTH,
  type ReopenAnnualReportRequest,
  type RequestReopenAnnualReportRequest,
  type ReportExportFormat,
  type ReportLanguage,
  type SaveReportSectionRequest,
  type StartAnnualReportRequest,
  type UpdateAnnualReportRequest,
} from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class StartAnnualReportDto implements StartAnnualReportRequest {
  @ApiPropertyOptional({ nullable: true, description: 'Omit or null for the whole organization (combines the regions)' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @ApiProperty({ example: 2021 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, default: 'fi', description: 'The language the drafts and exports are written in' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  language?: ReportLanguage;
}

export class UpdateAnnualReportDto implements UpdateAnnualReportRequest {
  @IsInt() @Min(1) version!: number;

  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, description: 'Only while a draft; the drafts are made again in it' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  language?: ReportLanguage;

  @ApiPropertyOptional()
  @Transform(trimText)
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ description: 'Safe Markdown subset' })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MaxLength(REPORT_TEXT_MAX_LENGTH)
  introduction?: string;

  @Transform(trimTextOrNull) @IsOptional() @IsString() @MaxLength(200) authorName?: string | null;
  @Transform(trimTextOrNull) @IsOptional() @IsString() @MaxLength(300) authorTitle?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2021-01-28' })
  @Transform(trimTextOrNull)
  @IsOptional()
  @Matches(ISO_DATE, { message: 'reportDate must be a date YYYY-MM-DD' })
  @IsCalendarDate()
  reportDate?: string | null;
}

export class SaveReportSectionDto implements SaveReportSectionRequest {
  @ApiProperty({ description: 'The version the text was based on; stale → 409 with `current`' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ description: 'Safe Markdown subset: headings, lists, links, bold, italic; never HTML' })
  @IsString()
  @MaxLength(REPORT_TEXT_MAX_LENGTH)
  body!: string;
}

export class ReopenAnnualReportDto implements ReopenAnnualReportRequest {
  @ApiProperty({ example: 'The steering group asked to add the autumn seminar' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class RequestReopenAnnualReportDto implements RequestReopenAnnualReportRequest {
  @ApiProperty({ example: 'The autumn seminar is missing from section 3' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  message!: string;
}

export class AnnualReportListQuery {
  @ApiPropertyOptional({ description: 'A region id, or `organization` for whole-organization reports' })
  @IsOptional()
  @IsString()
  @Matches(/^(organization|[0-9a-f-]{36})$/i)
  regionId?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
}

export class ExportQuery {
  @ApiProperty({ enum: REPORT_EXPORT_FORMATS })
  @IsIn(REPORT_EXPORT_FORMATS as unknown as string[])
  format!: ReportExportFormat;
}
