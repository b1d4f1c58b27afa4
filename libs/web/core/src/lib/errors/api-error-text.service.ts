import { inject, Injectable } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { describeApiError, type FieldProblem, type TranslatableText } from './api-error.util';

/**
 * The one way the web words an API error: a calm sentence in the page's language from the
 * error's stable `code` (`errors.<code>` in apps/web/public/i18n), the invalid fields named in
 * that language, never the API's English `message`. See the lib README for usage.
 */
@Injectable({ providedIn: 'root' })
export class ApiErrorText {
  private readonly transloco = inject(TranslocoService);

  /** The whole error as one text: the sentence, then each invalid field ("Otsikko: liian pitkä"). */
  text(error: unknown): string {
    const description = describeApiError(error);
    const lines = description.fields.map((f) => this.fieldText(f));
    return [this.t(description.message), ...lines].join(' ');
  }

  /** Only the sentence, without the field list (for pages that show the fields beside their inputs). */
  summary(error: unknown): string {
    return this.t(describeApiError(error).message);
  }

  /** The invalid fields, each worded "Name: reason" (or just the reason when the client has no name for the field). */
  fieldTexts(error: unknown): { field: string; text: string }[] {
    return describeApiError(error).fields.map((f) => ({ field: f.field, text: this.fieldText(f) }));
  }

  /**
   * Puts each field error on the form control at its path (as `errors.server`, a translated
   * reason, for the field's mat-error) and marks it touched. Returns the text for what no
   * control shows — the sentence plus unplaced fields — or null when every field found its control.
   */
  applyToForm(form: AbstractControl, error: unknown): string | null {
    const description = describeApiError(error);
    const unplaced: FieldProblem[] = [];
    for (const problem of description.fields) {
      const control = problem.field ? form.get(problem.field) : null;
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: this.t(problem.reason) });
        control.markAsTouched();
      } else {
        unplaced.push(problem);
      }
    }
    if (description.fields.length > 0 && unplaced.length === 0) return null;
    return [this.t(description.message), ...unplaced.map((f) => this.fieldText(f))].join(' ');
  }

  private fieldText(problem: FieldProblem): string {
    const reason = this.t(problem.reason);
    if (!problem.name) return capitalize(reason) + '.';
    let field = this.t(problem.name);
    if (problem.language) {
      field = this.t({ key: 'fieldLanguages.withLanguage', params: { field, language: this.t({ key: `fieldLanguages.${problem.language}` }) } });
    }
    return this.t({ key: 'errors.fieldLine', params: { field, reason } }) + '.';
  }

  private t(text: TranslatableText): string {
    return this.transloco.translate(text.key, text.params ?? {});
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
