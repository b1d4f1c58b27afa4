import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { APP_ROLES, type AppRole, type InviteDto, type RegionDto, type UserDto } from '@suunta/shared-domain';
import { ApiErrorText, LanguageService, localized } from '@suunta/web-core';
import { FocusOnShowDirective } from '@suunta/web-ui';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';

type Mode = { kind: 'closed' } | { kind: 'invite' } | { kind: 'edit'; user: UserDto };

@Component({
  selector: 'su-users-page',
  imports: [ReactiveFormsModule, DatePipe, FocusOnShowDirective, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h1>{{ 'accounts.users.title' | transloco }}</h1>
    <div aria-live="polite">
      @if (invite(); as inv) {
        <div class="alert ok" role="status" suFocusOnShow>
          <p>{{ 'accounts.users.linkCreated' | transloco: { email: inv.user.email, date: (inv.expiresAt | date: 'd.M.yyyy HH:mm') } }}</p>
          @if (inv.mailQueued) {
            <p>{{ 'accounts.users.mailed' | transloco: { email: inv.user.email } }}</p>
          }
          <mat-form-field class="link">
            <mat-label>{{ 'accounts.users.link' | transloco }}</mat-label>
            <input matInput readonly [value]="inviteUrl(inv)" (focus)="$any($event.target).select()" />
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="copy(inv)">{{ 'accounts.users.copy' | transloco }}</button>
          @if (copied()) { <span class="muted"> {{ 'accounts.users.copied' | transloco }}</span> }
        </div>
      }
      @if (saved()) {
        <!-- focus moves here after a save, so keyboard users hear and continue from the result -->
        <p class="alert ok" role="status" suFocusOnShow data-testid="users-saved">{{ 'accounts.users.saved' | transloco }}</p>
      }
      @if (error(); as e) {
        <p class="alert error" role="alert">{{ 'key' in e ? ('accounts.' + e.key | transloco) : e.text }}</p>
      }
    </div>

    @if (mode().kind === 'closed') {
      <div class="actions">
        <button mat-flat-button type="button" (click)="openInvite()">{{ 'accounts.users.invite' | transloco }}</button>
      </div>
    } @else {
      <form class="form editor" [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="editor-title">
        <h2 id="editor-title">
          @if (mode(); as m) {
            @if (m.kind === 'edit') { {{ 'accounts.users.editTitle' | transloco: { name: m.user.displayName } }} }
            @else { {{ 'accounts.users.inviteTitle' | transloco }} }
          }
        </h2>
        @if (mode().kind === 'invite') {
          <mat-form-field>
            <mat-label>{{ 'accounts.users.email' | transloco }}</mat-label>
            <input matInput formControlName="email" type="email" autocomplete="off" required />
            @if (form.controls.email.errors; as errors) {
              <mat-error>{{ errorKey(errors) | transloco }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'accounts.users.name' | transloco }}</mat-label>
          <input matInput formControlName="displayName" autocomplete="off" required />
          @if (form.controls.displayName.errors; as errors) {
            <mat-error>{{ errorKey(errors) | transloco }}</mat-error>
          }
        </mat-form-field>
        <fieldset [attr.aria-describedby]="rolesInvalid() ? 'roles-error' : null" [attr.aria-invalid]="rolesInvalid()">
          <legend>{{ 'accounts.users.roles' | transloco }}</legend>
          @for (role of roles; track role) {
            <mat-checkbox [checked]="form.controls.roles.value.includes(role)" (change)="toggle('roles', role, $event.checked)">
              {{ 'accounts.roles.' + role | transloco }}
            </mat-checkbox>
          }
          @if (rolesInvalid()) {
            <p class="field-error" id="roles-error">{{ 'accounts.users.rolesRequired' | transloco }}</p>
          }
        </fieldset>
        <fieldset aria-describedby="regions-hint">
          <legend>{{ 'accounts.users.regions' | transloco }}</legend>
          <p class="hint" id="regions-hint">{{ 'accounts.users.regionsHint' | transloco }}</p>
          @for (region of regions(); track region.id) {
            <mat-checkbox [checked]="form.controls.regionIds.value.includes(region.id)" (change)="toggle('regionIds', region.id, $event.checked)">
              {{ regionName(region) }}
            </mat-checkbox>
          }
        </fieldset>
        @if (mode().kind === 'edit') {
          <mat-checkbox formControlName="active">{{ 'accounts.users.active' | transloco }}</mat-checkbox>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'accounts.users.save' | transloco }}</button>
          <button mat-button type="button" (click)="close()">{{ 'accounts.users.cancel' | transloco }}</button>
        </div>
      </form>
    }

    <table>
      <caption class="visually-hidden">{{ 'accounts.users.title' | transloco }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ 'accounts.users.name' | transloco }}</th>
          <th scope="col">{{ 'accounts.users.roles' | transloco }}</th>
          <th scope="col">{{ 'accounts.users.regions' | transloco }}</th>
          <th scope="col">{{ 'accounts.users.status' | transloco }}</th>
          <th scope="col">{{ 'accounts.users.lastLogin' | transloco }}</th>
          <th scope="col"><span class="visually-hidden">{{ 'accounts.users.actions' | transloco }}</span></th>
        </tr>
      </thead>
      <tbody>
        @for (user of users(); track user.id) {
          <tr>
            <th scope="row">{{ user.displayName }}<br /><span class="muted">{{ user.email }}</span></th>
            <td>@for (role of user.roles; track role) { <span class="tag">{{ 'accounts.roles.' + role | transloco }}</span> }</td>
            <td>{{ regionNames(user.regionIds) }}</td>
            <td>{{ 'accounts.status.' + user.status | transloco }}</td>
            <td>{{ user.lastLoginAt ? (user.lastLoginAt | date: 'd.M.yyyy HH:mm') : ('accounts.users.never' | transloco) }}</td>
            <td class="row-actions">
              <button mat-button type="button" (click)="openEdit(user)" [attr.aria-label]="('accounts.users.edit' | transloco) + ': ' + user.displayName">
                {{ 'accounts.users.edit' | transloco }}
              </button>
              @if (user.status !== 'disabled') {
                <button mat-button type="button" (click)="reissue(user)" [attr.aria-label]="('accounts.users.newLink' | transloco) + ': ' + user.displayName">
                  {{ 'accounts.users.newLink' | transloco }}
                </button>
              }
            </td>
          </tr>
        } @empty {
          <tr><td colspan="6">{{ 'accounts.users.empty' | transloco }}</td></tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../shared/page.css',
  styles: `
    .editor { max-width: 560px; margin-bottom: 24px; }
    .link { width: 100%; margin-top: 8px; }
    .field-error { color: var(--su-error); font-size: 0.85rem; margin: 4px 0 0; }
    mat-checkbox { display: block; }
    .row-actions { white-space: nowrap; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(AccountsApi);
  private readonly errorText = inject(ApiErrorText);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly roles = APP_ROLES;
  protected readonly users = signal<UserDto[]>([]);
  protected readonly regions = signal<RegionDto[]>([]);
  protected readonly mode = signal<Mode>({ kind: 'closed' });
  protected readonly invite = signal<InviteDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly copied = signal(false);
  protected readonly error = signal<{ key: string } | { text: string } | null>(null);
  private readonly submitted = signal(false);
  private readonly regionById = computed(() => new Map(this.regions().map((r) => [r.id, r])));

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    roles: new FormControl<AppRole[]>([], { nonNullable: true }),
    regionIds: new FormControl<string[]>([], { nonNullable: true }),
    active: new FormControl(true, { nonNullable: true }),
  });
  private readonly rolesValue = signal<AppRole[]>([]);
  protected readonly rolesInvalid = computed(() => this.submitted() && this.rolesValue().length === 0);

  constructor() {
    void this.load();
  }

  protected regionName(region: RegionDto): string {
    return localized(region.name, this.language.current());
  }

  protected regionNames(ids: string[]): string {
    return ids.map((id) => this.regionById().get(id)).filter((r): r is RegionDto => !!r).map((r) => this.regionName(r)).join(', ');
  }

  protected errorKey(errors: Record<string, unknown>): string {
    if (errors['required']) return 'accounts.errors.required';
    if (errors['email']) return 'accounts.errors.email';
    return 'accounts.errors.generic';
  }

  protected inviteUrl(invite: InviteDto): string {
    return `${location.origin}${invite.path}`;
  }

  protected async copy(invite: InviteDto): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.inviteUrl(invite));
      this.copied.set(true);
    } catch {
      this.copied.set(false); // clipboard refused (http, permissions): the field stays selectable
    }
  }

  protected openInvite(): void {
    this.reset();
    this.form.reset({ email: '', displayName: '', roles: [], regionIds: [], active: true });
    this.form.controls.email.enable();
    this.mode.set({ kind: 'invite' });
    this.focusEditor();
  }

  protected openEdit(user: UserDto): void {
    this.reset();
    this.form.reset({ email: user.email, displayName: user.displayName, roles: [...user.roles], regionIds: [...user.regionIds], active: user.status !== 'disabled' });
    this.form.controls.email.disable();
    this.rolesValue.set([...user.roles]);
    this.mode.set({ kind: 'edit', user });
    this.focusEditor();
  }

  protected close(): void {
    this.mode.set({ kind: 'closed' });
    this.submitted.set(false);
  }

  protected toggle(control: 'roles' | 'regionIds', value: string, checked: boolean): void {
    const c = this.form.controls[control] as FormControl<string[]>;
    c.setValue(checked ? [...new Set([...c.value, value])] : c.value.filter((v) => v !== value));
    if (control === 'roles') this.rolesValue.set(c.value as AppRole[]);
  }

  protected async save(): Promise<void> {
    this.reset();
    this.submitted.set(true);
    const mode = this.mode();
    if (this.form.invalid || this.form.controls.roles.value.length === 0) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    const { email, displayName, roles, regionIds, active } = this.form.getRawValue();
    this.busy.set(true);
    try {
      if (mode.kind === 'invite') {
        this.invite.set(await firstValueFrom(this.api.invite({ email, displayName, roles, regionIds, language: this.language.current() })));
      } else if (mode.kind === 'edit') {
        await firstValueFrom(this.api.update(mode.user.id, { version: mode.user.version, displayName, roles, regionIds, active }));
        this.saved.set(true);
      }
      this.close();
      await this.load();
    } catch (error) {
      this.error.set(applyServerErrors(this.form, error, this.errorText));
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.busy.set(false);
    }
  }

  protected async reissue(user: UserDto): Promise<void> {
    this.reset();
    try {
      this.invite.set(await firstValueFrom(this.api.reissueInvite(user.id)));
    } catch (error) {
      this.error.set(applyServerErrors(this.form, error, this.errorText));
    }
  }

  private reset(): void {
    this.error.set(null);
    this.saved.set(false);
    this.copied.set(false);
    this.invite.set(null);
  }

  private focusEditor(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.editor input')?.focus());
  }

  private async load(): Promise<void> {
    try {
      const [users, regions] = await Promise.all([firstValueFrom(this.api.users()), firstValueFrom(this.api.regions())]);
      this.users.set(users);
      this.regions.set(regions);
    } catch (error) {
      this.error.set(applyServerErrors(this.form, error, this.errorText));
    }
  }
}
