import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LocalizedText } from '@suunta/shared-domain';

/** The text to show for the page's language, and the language it is actually in. */
export function pickDataText(text: LocalizedText | string | null | undefined, pageLanguage: string, sourceLanguage = 'fi'): { value: string; language: string } {
  if (text === null || text === undefined) return { value: '', language: pageLanguage };
  if (typeof text === 'string') return { value: text, language: sourceLanguage };
  const own = (text as unknown as Record<string, string | undefined>)[pageLanguage];
  if (own) return { value: own, language: pageLanguage };
  return { value: text.fi ?? '', language: 'fi' };
}

/**
 * Text from the database (titles, names, narratives) shown as data: in the page's language when
 * the data has it, else in its own language with `lang` set (screen readers switch voice) and a
 * small "(suomeksi)" label, so a Swedish page never passes Finnish data off as its own text.
 *
 * `<su-data-text [text]="focusArea.title" [language]="lang()" />` — `text` is a LocalizedText
 * or a plain string (then `sourceLanguage`, default Finnish).
 */
@Component({
  selector: 'su-data-text',
  imports: [TranslocoPipe],
  template: `<span [attr.lang]="differs() ? shown().language : null">{{ shown().value }}</span>@if (differs() && shown().value) {<span class="data-lang"> ({{ 'dataLanguage.' + shown().language | transloco }})</span>}`,
  styles: `.data-lang { font-size: 0.8em; color: var(--su-text-muted, #4a5561); white-space: nowrap; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTextComponent {
  readonly text = input<LocalizedText | string | null | undefined>(null);
  /** The page's language. */
  readonly language = input.required<string>();
  /** The language of a plain-string `text`. */
  readonly sourceLanguage = input('fi');

  protected readonly shown = computed(() => pickDataText(this.text(), this.language(), this.sourceLanguage()));
  protected readonly differs = computed(() => this.shown().language !== this.language());
}
