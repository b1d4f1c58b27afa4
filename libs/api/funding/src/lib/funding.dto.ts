import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NestedList, trimText, trimTextOrNull } from '@suunta/api-core';
import {
  FUNDING_AMOUNT_PATTERN,
  FUNDING_EARMARK_KINDS,
  FUNDING_PAYERS,
  FUNDING_SOURCES,
  type CreateFundingEntryDto,
  type FundingDocumentInput,
  type FundingEarmarkInput,
  type FundingEarmarkKind,
  type FundingPayer,
  type FundingQuery,
  type FundingSource,
  type UpdateFundingEntryDto,
} from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** A euro amount may come as a JSON number (integers, or up to two decimals) or a decimal string; it is kept as text. */
const amountText = ({ value }: { value: unknown }) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value);
const present = (_: unknown, v: unknown) => v !== null && v !== undefined;
const AMOUNT_MESSAGE = (field: string) => `${field} must be euros with at most two decimals, e.g. 241551 or 241551.50 (no separators)`;

export class FundingQueryParams implements FundingQuery {
  @ApiPropertyOptional({ example: 2019 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fromYear?: number;
  @ApiPropertyOptional({ example: 2020 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) toYear?: number;
}

export class FundingEarmarkBody implements FundingEarmarkInput {
  @ApiProperty({ enum: FUNDING_EARMARK_KINDS }) @IsIn(FUNDING_EARMARK_KINDS) kind!: FundingEarmarkKind;
  @ApiPropertyOptional({ nullable: true, description: 'Required for `other`' })
  @Transform(trimTextOrNull)
  @ValidateIf((o: FundingEarmarkBody, v) => o.kind === 'other' || present(o, v))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label?: string | null;
  @ApiProperty({ example: '22125.00' }) @Transform(amountText) @IsString() @Matches(FUNDING_AMOUNT_PATTERN, { message: AMOUNT_MESSAGE('amount') }) amount!: string;
}

export class FundingDocumentBody implements FundingDocumentInput {
  @ApiProperty() @Transform(trimText) @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @ApiPropertyOptional({ nullable: true, description: 'http(s) address; this or fileRef is required' })
  @Transform(trimTextOrNull)
  @ValidateIf((o: FundingDocumentBody, v) => !o.fileRef || present(o, v))
  @IsString()
  @IsNotEmpty({ message: 'url or fileRef is required' })
  @MaxLength(2000)
  @Matches(/^https?:\/\/\S+$/i, { message: 'url must be an http(s) address' })
  url?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'A file name or archive reference' })
  @Transform(trimTextOrNull)
  @ValidateIf(present)
  @IsString()
  @MaxLength(300)
  fileRef?: string | null;
}

export class CreateFundingEntryBody implements CreateFundingEntryDto {
  @ApiProperty({ example: 2019 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ enum: FUNDING_SOURCES }) @IsIn(FUNDING_SOURCES) source!: FundingSource;
  @ApiPropertyOptional({ enum: FUNDING_PAYERS, nullable: true, description: 'Municipal contributions only' })
  @ValidateIf(present)
  @IsIn(FUNDING_PAYERS)
  payer?: FundingPayer | null;
  @ApiPropertyOptional({ nullable: true, description: 'NULL/absent: the whole organization' }) @ValidateIf(present) @IsUUID() regionId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(trimTextOrNull) @ValidateIf(present) @IsString() @MaxLength(500) description?: string | null;
  @ApiProperty({ example: '241551.00', description: 'Euros, a decimal string (or number) with at most two decimals' })
  @Transform(amountText)
  @IsString()
  @Matches(FUNDING_AMOUNT_PATTERN, { message: AMOUNT_MESSAGE('amount') })
  amount!: string;
  @ApiPropertyOptional({ nullable: true, example: '2950000.00', description: 'The whole allocation this amount is a share of' })
  @Transform(amountText)
  @ValidateIf(present)
  @IsString()
  @Matches(FUNDING_AMOUNT_PATTERN, { message: AMOUNT_MESSAGE('poolAmount') })
  poolAmount?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Transform(trimTextOrNull) @ValidateIf(present) @IsString() @MaxLength(500) poolDescription?: string | null;
  @ApiPropertyOptional({ type: [FundingEarmarkBody] })
  @NestedList(() => FundingEarmarkBody, 20, true)
  earmarks?: FundingEarmarkBody[];
  @ApiPropertyOptional({ type: [FundingDocumentBody] })
  @NestedList(() => FundingDocumentBody, 20, true)
  documents?: FundingDocumentBody[];
  @ApiPropertyOptional({ nullable: true }) @Transform(trimTextOrNull) @ValidateIf(present) @IsString() @MaxLength(500) sourceRef?: string | null;
}

export class UpdateFundingEntryBody extends CreateFundingEntryBody implements UpdateFundingEntryDto {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @IsInt() @Min(1) version!: number;
}

export class DeleteFundingEntryParams {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}
