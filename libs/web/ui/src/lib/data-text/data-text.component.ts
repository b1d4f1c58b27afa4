import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
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
 * `<su-data-text [text]="focusArea.title" />` — `text` is a LocalizedText or a plain string
 * (then `sourceLanguage`, default Finnish); the page's language is Transloco's active one unless
 * `language` is given.
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
  /** The page's language; Transloco's active language when not given. */
  readonly language = input<string | undefined>(undefined);
  /** The language of a plain-string `text`. */
  readonly sourceLanguage = input('fi');

  private readonly active = activeLanguage();
  private readonly page = computed(() => this.language() ?? this.active());
  protected readonly shown = computed(() => pickDataText(this.text(), this.page(), this.sourceLanguage()));
  protected readonly differs = computed(() => this.shown().language !== this.page());
}

/** Transloco's active language as a signal. */
function activeLanguage() {
  const transloco = inject(TranslocoService);
  return toSignal(transloco.langChanges$, { initialValue: transloco.getActiveLang() });
}

/**
 * A block of data text (a description, a narrative, minutes) in its own language: sets `lang` on
 * the element when that differs from the page's, so screen readers read it in the right voice.
 * For long texts where a "(in Finnish)" label after each would be noise; names and titles use
 * `<su-data-text>`. `<p class="prose" suDataLang>{{ fa.description }}</p>`, or
 * `[suDataLang]="report.language"` for data in another language than Finnish.
 */
@Directive({ selector: '[suDataLang]', host: { '[attr.lang]': 'lang()' } })
export class DataLangDirective {
  /** The language of the data; Finnish when left empty. */
  readonly suDataLang = input<string | null | undefined>('fi');
  private readonly active = activeLanguage();
  protected readonly lang = computed(() => {
    const source = this.suDataLang() || 'fi';
    return source === this.active() ? null : source;
  });
}
