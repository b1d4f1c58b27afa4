import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimText } from '@suunta/api-core';
import type { SaveSsoProviderRequest } from '@suunta/shared-domain';
import { EmailAddress } from '../users/users.dto';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

export class SaveSsoProviderDto implements SaveSsoProviderRequest {
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant>/v2.0', description: 'https, or http on this machine (localhost) for trials' })
  @Transform(trimText)
  @IsString()
  @MaxLength(500)
  @Matches(/^(https:\/\/[^\s?#]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/[^\s?#]*)?)$/, { message: 'issuer must be an https:// URL (http:// only for localhost)' })
  issuer!: string;

  @Transform(trimText)
  @IsString()
  @MinLength(1, { message: 'clientId must not be empty' })
  @MaxLength(500)
  clientId!: string;

  @ApiPropertyOptional({ description: 'Write-only; omit to keep the stored one' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'clientSecret must not be empty' })
  @MaxLength(2000)
  clientSecret?: string;

  @ApiProperty({ type: [String], example: ['sonetbotnia.fi'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'emailDomains must name at least one domain' })
  @ArrayMaxSize(50)
  @Matches(/^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/, { each: true, message: 'each of emailDomains must be a domain name such as example.fi' })
  emailDomains!: string[];

  @ApiProperty({ description: 'Create unknown users (viewer role) at their first sign-in' })
  @IsBoolean()
  justInTime!: boolean;

  @ApiPropertyOptional({ description: 'Required when settings exist: the version you read (a stale one answers 409)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class SsoStartQuery {
  @ApiProperty({ description: 'Your work e-mail address; its domain picks the organization’s identity provider' })
  @EmailAddress()
  email!: string;

  @ApiPropertyOptional({ description: 'A path of the web app to return to after sign-in' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  returnUrl?: string;
}
