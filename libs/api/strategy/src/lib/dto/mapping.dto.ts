import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateFocusAreaMappingInput, MappingStrength } from '@suunta/shared-domain';
import { MAPPING_STRENGTHS, STRATEGY_LIMITS } from '@suunta/shared-domain';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { NullableText } from '@suunta/api-core';

export class CreateFocusAreaMappingDto implements CreateFocusAreaMappingInput {
  @ApiProperty({ format: 'uuid', description: 'A focus area of the earlier strategy' })
  @IsUUID()
  fromFocusAreaId!: string;

  @ApiProperty({ format: 'uuid', description: 'A focus area of a later strategy' })
  @IsUUID()
  toFocusAreaId!: string;

  @ApiPropertyOptional({ enum: MAPPING_STRENGTHS, example: 'strong', description: 'Default: strong' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(MAPPING_STRENGTHS)
  strength?: MappingStrength;

  @ApiPropertyOptional({ nullable: true, example: 'Kehittää ja systematisoi alueellista tietotuotantoa ↔ alueellisen tiedontuotannon vahvistaminen' })
  @NullableText(STRATEGY_LIMITS.text)
  note?: string | null;
}

export class FocusAreaMappingQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only mappings from or to a focus area of this strategy' })
  @IsOptional()
  @IsUUID()
  strategyId?: string;
}
