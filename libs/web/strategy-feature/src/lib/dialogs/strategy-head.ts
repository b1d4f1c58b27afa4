import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { STRATEGY_LIMITS } from '@suunta/shared-domain';
import { DateField, TextField } from '../shared/form-fields';
import { isoDate, notBlank, textOrNull } from '../shared/form-errors.util';

export interface StrategyHeadControls {
  title: FormControl<string>;
  code: FormControl<string>;
  validFrom: FormControl<string>;
  validTo: FormControl<string>;
}

/**
 * A strategy's title, short code and validity, with the API's rules (the form group adds
 * `dateOrder('validFrom', 'validTo')`). Used when editing a strategy and when copying one.
 */
export function strategyHeadControls(head: { title: string; code?: string | null; validFrom?: string | null; validTo?: string | null }): StrategyHeadControls {
  return {
    title: new FormControl(head.title, { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.title)] }),
    code: new FormControl(head.code ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.code), Validators.pattern(STRATEGY_LIMITS.codePattern)] }),
    validFrom: new FormControl(head.validFrom ?? '', { nonNullable: true, validators: [isoDate] }),
    validTo: new FormControl(head.validTo ?? '', { nonNullable: true, validators: [isoDate] }),
  };
}

/** The head fields' values as the API takes them (title trimmed, empty code and days null). */
export function strategyHeadBody(v: { title: string; code: string; validFrom: string; validTo: string }) {
  return { title: v.title.trim(), code: textOrNull(v.code), validFrom: v.validFrom || null, validTo: v.validTo || null };
}

/** The fields of `strategyHeadControls`: the title, then code and validity on one row. */
@Component({
  selector: 'su-strategy-head-fields',
  imports: [TextField, DateField],
  template: `
    <su-text-field [control]="controls().title" label="strategy.form.title" [required]="true" />
    <div class="row">
      <su-text-field [control]="controls().code" label="strategy.form.code" autocomplete="off" />
      <su-date-field [control]="controls().validFrom" label="strategy.form.validFrom" />
      <su-date-field [control]="controls().validTo" label="strategy.form.validTo" />
    </div>
  `,
  styleUrl: '../shared/dialog.css',
  styles: `:host { display: contents; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyHeadFields {
  readonly controls = input.required<StrategyHeadControls>();
}
