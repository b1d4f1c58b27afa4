import { Pipe, PipeTransform } from '@angular/core';
import type { LanguageCode, LocalizedText } from '@suunta/shared-domain';
import { localized } from '@suunta/web-core';

/** `{{ role.name | localized: language() }}`: the text in the UI language, Finnish when missing. */
@Pipe({ name: 'localized' })
export class LocalizedPipe implements PipeTransform {
  transform(text: LocalizedText | null | undefined, language: LanguageCode): string {
    return localized(text, language);
  }
}
