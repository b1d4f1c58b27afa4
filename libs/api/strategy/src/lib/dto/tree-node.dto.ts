import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreateCriticalSuccessFactorInput,
  CreateEvaluationCriterionInput,
  CreateFocusAreaInput,
  CreateStrategyActionInput,
  MeasurementKind,
  UpdateCriticalSuccessFactorInput,
  UpdateEvaluationCriterionInput,
  UpdateFocusAreaInput,
  UpdateStrategyActionInput,
} from '@suunta/shared-domain';
import { MEASUREMENT_KINDS, STRATEGY_LIMITS } from '@suunta/shared-domain';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { Measures, MeasureDto, RoleIds } from './common.dto';
import { Code } from './strategy.dto';
import { IsIsoDate, NullableText, OptionalRequiredText, RequiredText } from '@suunta/api-core';

const Version = () => applyDecorators(ApiProperty({ example: 1, description: 'The version the client read' }), IsInt(), Min(1));

// ----------------------------------------------------------------- focus area

export class CreateFocusAreaDto implements CreateFocusAreaInput {
  @ApiPropertyOptional({ example: '2021-1', nullable: true, description: 'Stable key, unique in the organization' })
  @Code()
  code?: string | null;

  @ApiProperty({ example: 'Sosiaalisen vahvistaminen' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ nullable: true, example: 'Sosiaalisen esillä pitäminen ja vaikuttaminen sote-uudistuksessa.' })
  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;
}

export class UpdateFocusAreaDto implements UpdateFocusAreaInput {
  @ApiPropertyOptional({ example: '2021-1', nullable: true })
  @Code()
  code?: string | null;

  @ApiPropertyOptional({ example: 'Sosiaalisen vahvistaminen' })
  @OptionalRequiredText(STRATEGY_LIMITS.title)
  title?: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @Version()
  version!: number;
}

// ----------------------------------------------------------------- CSF

export class CreateCriticalSuccessFactorDto implements CreateCriticalSuccessFactorInput {
  @ApiProperty({ example: 'Alueen tuntemus ja kansalaislähtöisyys' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;
}

export class UpdateCriticalSuccessFactorDto implements UpdateCriticalSuccessFactorInput {
  @ApiPropertyOptional({ example: 'Alueen tuntemus ja kansalaislähtöisyys' })
  @OptionalRequiredText(STRATEGY_LIMITS.title)
  title?: string;

  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @Version()
  version!: number;
}

// ----------------------------------------------------------------- criterion

class CriterionFieldsDto {
  @NullableText(STRATEGY_LIMITS.text)
  description?: string | null;

  @ApiPropertyOptional({ example: 'kpl', nullable: true, description: 'Unit of a count, e.g. kpl, työkokousta' })
  @NullableText(STRATEGY_LIMITS.shortText)
  unit?: string | null;

  @ApiPropertyOptional({
    example: 4,
    nullable: true,
    description: 'Only for count, survey and self_assessment criteria; a milestone has a deadline, a qualitative criterion no target',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(STRATEGY_LIMITS.targetMax)
  yearlyTarget?: number | null;

  @ApiPropertyOptional({ example: '2021-12-31', nullable: true, format: 'date', description: 'When a milestone is due' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;

  @ApiPropertyOptional({ example: '1 krt/toimintavuosi', nullable: true, description: 'How often it is measured' })
  @NullableText(STRATEGY_LIMITS.shortText)
  frequency?: string | null;

  @ApiPropertyOptional({ example: 'Itsearviointi tai kysely korkeakouluyhteistyönä', nullable: true, description: 'Method or data source' })
  @NullableText(STRATEGY_LIMITS.text)
  method?: string | null;

  @Measures()
  measures?: MeasureDto[];

  @RoleIds()
  roleIds?: string[];
}

export class CreateEvaluationCriterionDto extends CriterionFieldsDto implements CreateEvaluationCriterionInput {
  @ApiProperty({ example: 'Johtoryhmän, ohjausryhmien ja yhteistyökumppaneiden sitoutumisen vahvistuminen' })
  @RequiredText(STRATEGY_LIMITS.title)
  title!: string;

  @ApiProperty({ enum: MEASUREMENT_KINDS, example: 'self_assessment' })
  @IsIn(MEASUREMENT_KINDS)
  measurementKind!: MeasurementKind;
}

export class UpdateEvaluationCriterionDto extends CriterionFieldsDto implements UpdateEvaluationCriterionInput {
  @ApiPropertyOptional({ example: 'Johtoryhmän, ohjausryhmien ja yhteistyökumppaneiden sitoutumisen vahvistuminen' })
  @OptionalRequiredText(STRATEGY_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ enum: MEASUREMENT_KINDS, example: 'count' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(MEASUREMENT_KINDS)
  measurementKind?: MeasurementKind;

  @Version()
  version!: number;
}

// ----------------------------------------------------------------- action

class ActionFieldsDto {
  @ApiPropertyOptional({ nullable: true, example: 'Kehitetään yhteistyössä kansalaislähtöisiä palveluja ja toimintamuotoja' })
  @NullableText(STRATEGY_LIMITS.text)
  goal?: string | null;

  @RoleIds()
  roleIds?: string[];

  @ApiPropertyOptional({ nullable: true, example: 'kehittämissuunnittelijat (aktivointivastuu SONet BOTNIAn verkostoihin)' })
  @NullableText(STRATEGY_LIMITS.text)
  roleNote?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Lapuan strategiatilaisuus 17.3.' })
  @NullableText(STRATEGY_LIMITS.text)
  note?: string | null;

  @Measures()
  measures?: MeasureDto[];
}

export class CreateStrategyActionDto extends ActionFieldsDto implements CreateStrategyActionInput {
  @ApiProperty({ example: 'Osallistutaan Pohjalaismaakuntien hyvinvointibarometrin toteuttamiseen ja kehittämiseen verkostossa' })
  @RequiredText(STRATEGY_LIMITS.text)
  text!: string;
}

export class UpdateStrategyActionDto extends ActionFieldsDto implements UpdateStrategyActionInput {
  @ApiPropertyOptional({ example: 'Osallistutaan Pohjalaismaakuntien hyvinvointibarometrin toteuttamiseen' })
  @OptionalRequiredText(STRATEGY_LIMITS.text)
  text?: string;

  @Version()
  version!: number;
}
