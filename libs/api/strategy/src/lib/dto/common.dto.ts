import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalizedText, MeasureInput, MeasurementKind, ReorderInput } from '@suunta/shared-domain';
import { MEASUREMENT_KINDS, STRATEGY_LIMITS } from '@suunta/shared-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNotEmpty, IsString, MaxLength, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { NullableText, RequiredText } from '@suunta/api-core';

export class VersionDto {
  @ApiProperty({ example: 3, description: 'The version the client read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class OptionalVersionQuery {
  @ApiPropertyOptional({ example: 3, description: 'When given, the delete is refused with 409 if the row has changed since' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class ReorderDto implements ReorderInput {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['7b0c6f0e-3c52-4a7e-9c1d-0b5f3e8a2d11', '1f9d2c4b-8e6a-4b3f-a2d5-6c7e8f9a0b12'],
    description: 'All current children, each exactly once, in the new order',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class LocalizedTextDto implements LocalizedText {
  @ApiProperty({ example: 'kehitysjohtaja' })
  @RequiredText(STRATEGY_LIMITS.shortText)
  fi!: string;

  @ApiPropertyOptional({ example: 'utvecklingsdirektör' })
  @NullableText(STRATEGY_LIMITS.shortText)
  sv?: string;

  @ApiPropertyOptional({ example: 'development director' })
  @NullableText(STRATEGY_LIMITS.shortText)
  en?: string;
}

export class MeasureDto implements MeasureInput {
  @ApiProperty({ example: 'Hyvinvointibarometri yhteistyössä' })
  @RequiredText(STRATEGY_LIMITS.title)
  text!: string;

  @ApiProperty({ enum: MEASUREMENT_KINDS, example: 'count' })
  @IsIn(MEASUREMENT_KINDS)
  measurementKind!: MeasurementKind;

  @ApiPropertyOptional({ example: 'kpl', nullable: true })
  @NullableText(STRATEGY_LIMITS.shortText)
  unit?: string | null;

  @ApiPropertyOptional({ example: 1, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(STRATEGY_LIMITS.targetMax)
  target?: number | null;

  @ApiPropertyOptional({ example: '1 krt/toimintavuosi', nullable: true })
  @NullableText(STRATEGY_LIMITS.shortText)
  frequency?: string | null;
}

/** Distinct role ids (of the caller's organization; the service checks that). */
export const RoleIds = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', example: ['5d3c1b2a-9f8e-4d7c-b6a5-0e1f2a3b4c5d'] }),
    ValidateIf((_, value) => value !== undefined),
    IsArray(),
    ArrayMaxSize(STRATEGY_LIMITS.rolesPerItem),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

/** A list of measures inside a criterion or an action. */
export const Measures = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [MeasureDto] }),
    ValidateIf((_, value) => value !== undefined),
    IsArray(),
    ArrayMaxSize(STRATEGY_LIMITS.measures),
    ValidateNested({ each: true }),
    Type(() => MeasureDto),
  );

/** A list of short texts (legal tasks, the means of the mission). Sent or left out; never null. */
export const TextList = (example: string[]) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example }),
    ValidateIf((_, value) => value !== undefined),
    IsArray(),
    ArrayMaxSize(STRATEGY_LIMITS.listItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(STRATEGY_LIMITS.text, { each: true }),
  );
