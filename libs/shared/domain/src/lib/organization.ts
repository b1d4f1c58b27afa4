/** Text in the three languages of the UI. Finnish is always present; the others may fall back to it. */
export interface LocalizedText {
  fi: string;
  sv?: string;
  en?: string;
}

export type LanguageCode = 'fi' | 'sv' | 'en';
export const LANGUAGES: readonly LanguageCode[] = ['fi', 'sv', 'en'];
export const DEFAULT_LANGUAGE: LanguageCode = 'fi';

export interface OrganizationDto {
  id: string;
  code: string;
  name: string;
  fullName: string | null;
}

export interface RegionDto {
  id: string;
  code: string;
  name: LocalizedText;
  sortOrder: number;
}
