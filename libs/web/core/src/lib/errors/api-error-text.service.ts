import { inject, Injectable } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { translate, TranslocoService } from '@jsverse/transloco';
import type { FieldError } from '@suunta/shared-domain';
import { describeApiError, describeFieldError, type FieldProblem, type TranslatableText } from './api-error.util';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The one way the web words an API error: a calm sentence in the page's language from the
 * error's stable `code` (`errors.<code>` in apps/web/public/i18n), the invalid fields named in
 * that language, never the API's English `message`. See the lib README for usage.
 */
@Injectable({ providedIn: 'root' })
export class ApiErrorText {
  private readonly transloco = inject(TranslocoService);
  private readonly t: Translate = (key, params) => this.transloco.translate(key, params ?? {});

  /** The whole error as one text: the sentence, then each invalid field ("Otsikko: liian pitkä."). */
  text(error: unknown): string {
    return wordApiError(error, this.t);
  }

  /** Only the sentence, without the field list (for pages that show the fields beside their inputs). */
  summary(error: unknown): string {
    return word(describeApiError(error).message, this.t);
  }

  /** One field error's reason, translated ("liian pitkä"), for a field's own mat-error. */
  reason(fieldError: Partial<FieldError>): string {
    return word(describeFieldError(fieldError).reason, this.t);
  }

  /** The invalid fields, each worded "Name: reason." (or just the reason when the client has no name for the field). */
  fieldTexts(error: unknown): { field: string; text: string }[] {
    return describeApiError(error).fields.map((f) => ({ field: f.field, text: wordField(f, this.t) }));
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
        control.setErrors({ ...(control.errors ?? {}), server: word(problem.reason, this.t) });
        control.markAsTouched();
      } else {
        unplaced.push(problem);
      }
    }
    if (description.fields.length > 0 && unplaced.length === 0) return null;
    return [word(description.message, this.t), ...unplaced.map((f) => wordField(f, this.t))].join(' ');
  }
}

/**
 * `ApiErrorText.text` for plain helper functions outside an injection context (Transloco's global
 * `translate`, which uses the app's active language).
 */
export function apiErrorMessage(error: unknown): string {
  return wordApiError(error, translate);
}

/** `ApiErrorText.reason` for plain helper functions: one field error's translated reason. */
export function apiFieldReason(fieldError: Partial<FieldError>): string {
  return word(describeFieldError(fieldError).reason, translate);
}

function wordApiError(error: unknown, t: Translate): string {
  const description = describeApiError(error);
  return [word(description.message, t), ...description.fields.map((f) => wordField(f, t))].join(' ');
}

function word(text: TranslatableText, t: Translate): string {
  return t(text.key, text.params);
}

function wordField(problem: FieldProblem, t: Translate): string {
  const reason = word(problem.reason, t);
  if (!problem.name) return capitalize(reason) + '.';
  let field = word(problem.name, t);
  if (problem.language) field = t('fieldLanguages.withLanguage', { field, language: t(`fieldLanguages.${problem.language}`) });
  return t('errors.fieldLine', { field, reason }) + '.';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
