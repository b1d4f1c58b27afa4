import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  RESPONSIBLE_ROLE_KINDS,
  RESPONSIBLE_ROLE_SCOPES,
  STRATEGY_LIMITS,
  type PersonDto,
  type RegionDto,
  type ResponsibleRoleDto,
  type ResponsibleRoleKind,
  type ResponsibleRoleScope,
} from '@suunta/shared-domain';
import { LanguageService } from '@suunta/web-core';
import { StrategyApi } from '@suunta/web-strategy-data-access';
import { EditDialogForm } from '../dialogs/dialog-parts';
import { EditDialogBase } from '../dialogs/edit-dialog-base';
import { notBlank, textOrNull } from '../shared/form-errors.util';
import { RoleSelect, TextField } from '../shared/form-fields';
import { LocalizedPipe } from '../shared/localized.pipe';

/** The API's role code rule: lower-case letters, digits and "_", starting with a letter. */
export const ROLE_CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Creates a responsible role or renames one (its name in fi/sv/en, its kind and scope). */
@Component({
  selector: 'su-role-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, EditDialogForm, TextField],
  template: `
    <h2 mat-dialog-title id="role-dialog-title">{{ (data.node ? 'strategy.roles.edit' : 'strategy.roles.add') | transloco }}</h2>
    <form [suEditDialog]="this" submitTestId="role-save" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="role-dialog-title">
      <su-text-field [control]="form.controls.fi" label="strategy.roles.nameFi" [required]="true" autocomplete="off" testId="role-name-fi" />
      <su-text-field [control]="form.controls.sv" label="strategy.roles.nameSv" autocomplete="off" lang="sv" />
      <su-text-field [control]="form.controls.en" label="strategy.roles.nameEn" autocomplete="off" lang="en" />
      <mat-form-field>
        <mat-label>{{ 'strategy.roles.code' | transloco }}</mat-label>
        <input matInput formControlName="code" required autocomplete="off" spellcheck="false" data-testid="role-code" />
        <mat-hint>{{ 'strategy.roles.codeHint' | transloco }}</mat-hint>
        @if (err('code'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'strategy.roles.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'strategy.roles.kinds.' + k | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'strategy.roles.scope' | transloco }}</mat-label>
          <mat-select formControlName="scope">
            @for (s of scopes; track s) { <mat-option [value]="s">{{ 'strategy.roles.scopes.' + s | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </div>
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleFormDialog extends EditDialogBase<ResponsibleRoleDto> {
  protected readonly data = inject<{ node?: ResponsibleRoleDto }>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly kinds = RESPONSIBLE_ROLE_KINDS;
  protected readonly scopes = RESPONSIBLE_ROLE_SCOPES;

  readonly form = new FormGroup({
    fi: new FormControl(this.data.node?.name.fi ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    sv: new FormControl(this.data.node?.name.sv ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    en: new FormControl(this.data.node?.name.en ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    code: new FormControl(this.data.node?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(STRATEGY_LIMITS.code), Validators.pattern(ROLE_CODE_PATTERN)],
    }),
    kind: new FormControl<ResponsibleRoleKind>(this.data.node?.kind ?? 'person', { nonNullable: true }),
    scope: new FormControl<ResponsibleRoleScope>(this.data.node?.scope ?? 'organization', { nonNullable: true }),
  });

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const name = { fi: v.fi.trim(), ...(textOrNull(v.sv) ? { sv: v.sv.trim() } : {}), ...(textOrNull(v.en) ? { en: v.en.trim() } : {}) };
    const body = { code: v.code.trim(), kind: v.kind, scope: v.scope, name };
    const node = this.data.node;
    return node ? this.api.updateRole(node.id, { ...body, version: version ?? node.version }) : this.api.createRole(body);
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.roles()).find((r) => r.id === this.data.node?.id)?.version ?? (this.data.node as ResponsibleRoleDto).version;
  }
}

export interface PersonFormData {
  node?: PersonDto;
  roles: ResponsibleRoleDto[];
  regions: RegionDto[];
}

/** Creates or edits a person: name, title, employer, the roles they hold and their regions. */
@Component({
  selector: 'su-person-form-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, LocalizedPipe, EditDialogForm, TextField, RoleSelect],
  template: `
    <h2 mat-dialog-title id="person-dialog-title">{{ (data.node ? 'strategy.people.edit' : 'strategy.people.add') | transloco }}</h2>
    <form [suEditDialog]="this" submitTestId="person-save" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="person-dialog-title">
      <su-text-field [control]="form.controls.name" label="strategy.people.name" [required]="true" autocomplete="off" testId="person-name" />
      <su-text-field [control]="form.controls.title" label="strategy.people.jobTitle" autocomplete="off" />
      <su-text-field [control]="form.controls.organization" label="strategy.people.employer" autocomplete="off" />
      <su-role-select [control]="form.controls.roleIds" label="strategy.people.roles" [roles]="data.roles" [kept]="data.node?.roleIds ?? []" />
      <mat-form-field>
        <mat-label>{{ 'strategy.people.regions' | transloco }}</mat-label>
        <mat-select formControlName="regionIds" multiple>
          @for (region of data.regions; track region.id) {
            <mat-option [value]="region.id">{{ region.name | localized: language.current() }}</mat-option>
          }
        </mat-select>
        @if (err('regionIds'); as e) { <mat-error>{{ 'strategy.' + e.key | transloco: e.params }}</mat-error> }
      </mat-form-field>
    </form>
  `,
  styleUrl: '../shared/dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFormDialog extends EditDialogBase<PersonDto> {
  protected readonly data = inject<PersonFormData>(MAT_DIALOG_DATA);
  private readonly api = inject(StrategyApi);
  protected readonly language = inject(LanguageService);

  readonly form = new FormGroup({
    name: new FormControl(this.data.node?.name ?? '', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    title: new FormControl(this.data.node?.title ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    organization: new FormControl(this.data.node?.organization ?? '', { nonNullable: true, validators: [Validators.maxLength(STRATEGY_LIMITS.shortText)] }),
    roleIds: new FormControl<string[]>(this.data.node?.roleIds ?? [], { nonNullable: true }),
    regionIds: new FormControl<string[]>(this.data.node?.regionIds ?? [], { nonNullable: true }),
  });

  protected send(version?: number) {
    const v = this.form.getRawValue();
    const body = { name: v.name.trim(), title: textOrNull(v.title), organization: textOrNull(v.organization), roleIds: v.roleIds, regionIds: v.regionIds };
    const node = this.data.node;
    return node ? this.api.updatePerson(node.id, { ...body, version: version ?? node.version }) : this.api.createPerson(body);
  }

  protected async latestVersion(): Promise<number> {
    return (await this.api.people()).find((p) => p.id === this.data.node?.id)?.version ?? (this.data.node as PersonDto).version;
  }
}

/** Asks before retiring a role or a person, saying what retiring means; closes with `true` to go ahead. */
@Component({
  selector: 'su-retire-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'strategy.retire.title' | transloco: { name: data.name } }}</h2>
    <mat-dialog-content><p>{{ 'strategy.retire.' + data.what | transloco: { name: data.name } }}</p></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'strategy.edit.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="retire-confirm">{{ 'strategy.retire.confirm' | transloco }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetireDialog {
  protected readonly data = inject<{ name: string; what: 'role' | 'person' }>(MAT_DIALOG_DATA);
}
