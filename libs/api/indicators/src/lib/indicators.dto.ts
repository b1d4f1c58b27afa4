import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateIndicatorChoiceDto, IndicatorCsvUploadDto, UpdateIndicatorChoiceDto, UpdateIndicatorRegionDto } from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';

const present = (_: unknown, v: unknown) => v !== null && v !== undefined;
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class CreateIndicatorChoiceBody implements CreateIndicatorChoiceDto {
  @ApiProperty({ example: 5, description: "Sotkanet's indicator id" }) @IsInt() @Min(1) sotkanetId!: number;
  @ApiPropertyOptional({ nullable: true }) @ValidateIf(present) @IsUUID() focusAreaId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: "A provisional Finnish title until THL's metadata is fetched" })
  @Transform(trimOrNull)
  @ValidateIf(present)
  @IsString()
  @MaxLength(500)
  title?: string | null;
}

export class UpdateIndicatorChoiceBody implements UpdateIndicatorChoiceDto {
  @ApiProperty({ nullable: true, description: 'The focus area the indicator gives context to; null: none' }) @ValidateIf(present) @IsUUID() focusAreaId!: string | null;
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @IsInt() @Min(1) version!: number;
}

export class DeleteIndicatorChoiceParams {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class UpdateIndicatorRegionBody implements UpdateIndicatorRegionDto {
  @ApiProperty({ example: 'MAAKUNTA', description: "Sotkanet's region category" }) @IsString() @Matches(/^[A-Z_]{1,40}$/, { message: 'sotkanetCategory must be a Sotkanet region category such as MAAKUNTA' }) sotkanetCategory!: string;
  @ApiProperty({ nullable: true, example: '14', description: 'The region code within the category (maakunta 14 = Etelä-Pohjanmaa)' })
  @Transform(trimOrNull)
  @ValidateIf(present)
  @IsString()
  @MaxLength(40)
  sotkanetCode!: string | null;
  @ApiProperty({ nullable: true, description: "Sotkanet's region id, when known; else resolved from the code at the next sync" }) @ValidateIf(present) @IsInt() @Min(1) sotkanetRegionId!: number | null;
  @ApiProperty({ description: 'The version read (0 for a region not mapped yet); 409 when someone saved since' }) @IsInt() @Min(0) version!: number;
}

export class IndicatorCsvUploadBody implements IndicatorCsvUploadDto {
  @ApiProperty({ description: 'The text of a Sotkanet CSV export (see the README for the columns accepted)' }) @IsString() @IsNotEmpty() @MaxLength(2_000_000) csv!: string;
  @ApiProperty({ description: 'true: check and preview only' }) @IsBoolean() dryRun!: boolean;
}
