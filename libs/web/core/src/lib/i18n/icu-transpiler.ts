import { Injectable, isDevMode } from '@angular/core';
import { DefaultTranspiler, type TranspileParams } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE } from '@suunta/shared-domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { localeOf } from './locale';

/** A message with ICU plural/select arguments: `{count, plural, one {# vastaaja} other {# vastaajaa}}`. */
const ICU_ARGUMENT = /\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/;

/**
 * Transloco's default `{{ param }}` interpolation, plus ICU MessageFormat for messages that use
 * plural or select ("1 vastaaja", "13 vastaajaa"; Finnish and Swedish need the count's form).
 *
 * Why not @jsverse/transloco-messageformat: its @messageformat/core compiles each message with
 * `new Function`, which the app's Content-Security-Policy (`script-src 'self'`, no unsafe-eval)
 * forbids. intl-messageformat (FormatJS) interprets the message instead. Only messages that
 * contain an ICU argument go through it, so every other text keeps `{{ }}` and literal braces.
 * In ICU messages, simple arguments are `{name}` (single braces) and `#` is the count.
 */
@Injectable()
export class IcuTranspiler extends DefaultTranspiler {
  private language: string = DEFAULT_LANGUAGE;
  private readonly formats = new Map<string, IntlMessageFormat | null>();

  override transpile(params: TranspileParams): unknown {
    const { value } = params;
    if (typeof value === 'string' && ICU_ARGUMENT.test(value)) {
      const format = this.format(value);
      if (format) {
        try {
          return format.format(params.params ?? {}) as string;
        } catch (error) {
          // A missing or non-numeric count (e.g. "–" for unknown): the plain text beats a broken page.
          if (isDevMode()) console.error(`ICU message ${params.key} could not be formatted`, error);
        }
      }
    }
    return super.transpile(params);
  }

  onLangChanged(language: string): void {
    this.language = language;
  }

  private format(message: string): IntlMessageFormat | null {
    const key = `${this.language}\u0000${message}`;
    if (!this.formats.has(key)) {
      try {
        this.formats.set(key, new IntlMessageFormat(message, localeOf(this.language)));
      } catch (error) {
        // A malformed message shows as plain text (through the default transpiler), not a broken page.
        if (isDevMode()) console.error(`Malformed ICU message: ${message}`, error);
        this.formats.set(key, null);
      }
    }
    return this.formats.get(key) ?? null;
  }
}
