import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { OperationsStatus, SsoSettingsDto, TestMailDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';
import { applyServerErrors, focusFirstInvalid } from '../shared/form-errors';
import { localeOf } from '@suunta/web-core';
import { dateTimeFormat, numberFormat } from '@suunta/shared-domain';

const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** "Ylläpito": the last backup, mail settings and a test mail, single sign-on, the job queue. Admins only. */
@Component({
  selector: 'su-operations-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h1>{{ 'accounts.ops.title' | transloco }}</h1>
    <p class="hint">{{ 'accounts.ops.lead' | transloco }}</p>
    @if (loadError()) {
      <p class="alert error" role="alert">{{ 'accounts.errors.generic' | transloco }}</p>
    }
    @if (status(); as s) {
      <section aria-labelledby="ops-backup">
        <h2 id="ops-backup">{{ 'accounts.ops.backup.title' | transloco }}</h2>
        @if (s.backup.lastBackupAt) {
          <dl>
            <dt>{{ 'accounts.ops.backup.last' | transloco }}</dt>
            <dd>{{ formatTime(s.backup.lastBackupAt) }} ({{ s.backup.lastBackupFile }}, {{ formatBytes(s.backup.lastBackupBytes) }})</dd>
            <dt>{{ 'accounts.ops.backup.keep' | transloco }}</dt>
            <dd>{{ s.backup.keep }}</dd>
            <dt>{{ 'accounts.ops.backup.automatic' | transloco }}</dt>
            <dd>{{ (s.backup.automatic ? 'accounts.ops.yes' : 'accounts.ops.no') | transloco }}</dd>
          </dl>
        } @else {
          <p>{{ 'accounts.ops.backup.none' | transloco }}</p>
        }
      </section>

      <section aria-labelledby="ops-mail">
        <h2 id="ops-mail">{{ 'accounts.ops.mail.title' | transloco }}</h2>
        <dl>
          <dt>{{ 'accounts.ops.mail.transport' | transloco }}</dt>
          <dd>{{ 'accounts.ops.mail.' + s.mail.transport | transloco }}</dd>
          <dt>{{ 'accounts.ops.mail.from' | transloco }}</dt>
          <dd>{{ s.mail.from }}</dd>
        </dl>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="sendTestMail()" [disabled]="testBusy()">{{ 'accounts.ops.mail.test' | transloco }}</button>
        </div>
        <p aria-live="polite" role="status" class="test-result">
          @if (testMail(); as m) {
            {{ 'accounts.ops.mail.state.' + m.state | transloco: { to: m.to } }}
            @if (m.error) {
              <span class="muted">({{ m.error }})</span>
            }
          }
        </p>
      </section>

      <section aria-labelledby="ops-sso">
        <h2 id="ops-sso">{{ 'accounts.ops.sso.title' | transloco }}</h2>
        <p>
          @if (s.sso.enabled) {
            {{ 'accounts.ops.sso.on' | transloco: { issuer: s.sso.issuer, domains: s.sso.domains.join(', ') } }}
          } @else {
            {{ 'accounts.ops.sso.off' | transloco }}
          }
        </p>
        @if (sso(); as settings) {
          <p class="hint" id="sso-redirect">{{ 'accounts.ops.sso.redirectUri' | transloco }} <code>{{ settings.redirectUri }}</code></p>
          <div aria-live="assertive">
            @if (ssoError(); as e) {
              <p class="alert error" role="alert">{{ 'key' in e ? ('accounts.' + e.key | transloco) : e.text }}</p>
            }
          </div>
          <div aria-live="polite">
            @if (ssoSaved()) {
              <p class="alert ok" role="status">{{ 'accounts.ops.sso.saved' | transloco }}</p>
            }
          </div>
          <form class="form narrow" [formGroup]="ssoForm" (ngSubmit)="saveSso()" novalidate aria-describedby="sso-redirect">
            <mat-checkbox formControlName="enabled">{{ 'accounts.ops.sso.enabled' | transloco }}</mat-checkbox>
            <mat-form-field>
              <mat-label>{{ 'accounts.ops.sso.issuer' | transloco }}</mat-label>
              <input matInput formControlName="issuer" type="url" required />
              <mat-hint>{{ 'accounts.ops.sso.issuerHint' | transloco }}</mat-hint>
              @if (ssoForm.controls.issuer.errors; as e) {
                <mat-error>{{ (e['server'] ?? ('accounts.errors.required' | transloco)) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'accounts.ops.sso.clientId' | transloco }}</mat-label>
              <input matInput formControlName="clientId" required />
              @if (ssoForm.controls.clientId.errors; as e) {
                <mat-error>{{ (e['server'] ?? ('accounts.errors.required' | transloco)) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'accounts.ops.sso.clientSecret' | transloco }}</mat-label>
              <input matInput formControlName="clientSecret" type="password" autocomplete="off" />
              <mat-hint>{{ (settings.provider?.hasClientSecret ? 'accounts.ops.sso.secretKept' : 'accounts.ops.sso.secretNeeded') | transloco }}</mat-hint>
              @if (ssoForm.controls.clientSecret.errors; as e) {
                <mat-error>{{ e['server'] }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'accounts.ops.sso.domains' | transloco }}</mat-label>
              <input matInput formControlName="emailDomains" required />
              <mat-hint>{{ 'accounts.ops.sso.domainsHint' | transloco }}</mat-hint>
              @if (ssoForm.controls.emailDomains.errors; as e) {
                <mat-error>{{ e['server'] ?? ((e['required'] ? 'accounts.errors.required' : 'accounts.ops.sso.domainsInvalid') | transloco) }}</mat-error>
              }
            </mat-form-field>
            <mat-checkbox formControlName="justInTime">{{ 'accounts.ops.sso.justInTime' | transloco }}</mat-checkbox>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="ssoBusy()">{{ 'accounts.ops.sso.save' | transloco }}</button>
            </div>
          </form>
        }
      </section>

      <section aria-labelledby="ops-jobs">
        <h2 id="ops-jobs">{{ 'accounts.ops.jobs.title' | transloco }}</h2>
        <table>
          <caption class="visually-hidden">{{ 'accounts.ops.jobs.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'accounts.ops.jobs.queue' | transloco }}</th>
              <th scope="col">{{ 'accounts.ops.jobs.waiting' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (q of queues(); track q.name) {
              <tr>
                <td>{{ 'accounts.ops.jobs.names.' + q.name | transloco }}</td>
                <td>{{ q.count }}</td>
              </tr>
            }
          </tbody>
        </table>
        <p>{{ 'accounts.ops.jobs.failed' | transloco: { count: s.jobs.failed } }}</p>
      </section>
    }
  `,
  styleUrl: '../shared/page.css',
  styles: `
    section { margin: 0 0 32px; max-width: 720px; }
    h2 { font-size: 1.2rem; margin: 0 0 8px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; }
    dt { font-weight: 500; }
    dd { margin: 0; }
    .test-result { min-height: 1.5em; }
    code { word-break: break-all; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperationsPage implements OnInit {
  private readonly api = inject(AccountsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private destroyed = false;

  protected readonly status = signal<OperationsStatus | null>(null);
  protected readonly sso = signal<SsoSettingsDto | null>(null);
  protected readonly loadError = signal(false);
  protected readonly testMail = signal<TestMailDto | null>(null);
  protected readonly testBusy = signal(false);
  protected readonly ssoBusy = signal(false);
  protected readonly ssoSaved = signal(false);
  protected readonly ssoError = signal<{ key: string } | { text: string } | null>(null);
  protected readonly queues = computed(() => Object.entries(this.status()?.jobs.queued ?? {}).map(([name, count]) => ({ name, count })));
  protected readonly ssoForm = new FormGroup({
    enabled: new FormControl(true, { nonNullable: true }),
    issuer: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    clientId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    clientSecret: new FormControl('', { nonNullable: true }),
    emailDomains: new FormControl('', { nonNullable: true, validators: [Validators.required, (c) => (splitDomains(String(c.value)).every((d) => DOMAIN.test(d)) ? null : { domains: true })] }),
    justInTime: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    this.destroyRef.onDestroy(() => (this.destroyed = true));
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected formatTime(iso: string): string {
    return dateTimeFormat(localeOf(this.transloco.getActiveLang()), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }

  protected formatBytes(bytes: number | null): string {
    const mb = (bytes ?? 0) / 1024 / 1024;
    return `${numberFormat(localeOf(this.transloco.getActiveLang()), { maximumFractionDigits: 1 }).format(mb)} MB`;
  }

  async sendTestMail(): Promise<void> {
    this.testBusy.set(true);
    try {
      let mail = await firstValueFrom(this.api.sendTestMail());
      this.testMail.set(mail);
      // Follow the job for up to a minute: queued → sending → sent, or retrying with the server's error.
      for (let i = 0; i < 60 && !this.destroyed && (mail.state === 'queued' || mail.state === 'sending'); i++) {
        await new Promise((r) => setTimeout(r, 1000));
        mail = await firstValueFrom(this.api.testMail(mail.jobId));
        this.testMail.set(mail);
      }
      await this.load();
    } catch {
      this.loadError.set(true);
    } finally {
      this.testBusy.set(false);
    }
  }

  async saveSso(): Promise<void> {
    this.ssoError.set(null);
    this.ssoSaved.set(false);
    if (this.ssoForm.invalid) {
      this.ssoForm.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    const value = this.ssoForm.getRawValue();
    this.ssoBusy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.saveSsoSettings({
          enabled: value.enabled,
          issuer: value.issuer.trim(),
          clientId: value.clientId.trim(),
          ...(value.clientSecret ? { clientSecret: value.clientSecret } : {}),
          emailDomains: splitDomains(value.emailDomains),
          justInTime: value.justInTime,
          ...(this.sso()?.provider ? { version: this.sso()?.provider?.version } : {}),
        }),
      );
      this.setSso(saved);
      this.ssoSaved.set(true);
      this.status.set(await firstValueFrom(this.api.operations()));
    } catch (error) {
      this.ssoError.set(applyServerErrors(this.ssoForm, error));
      setTimeout(() => focusFirstInvalid(this.host.nativeElement));
    } finally {
      this.ssoBusy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const [status, sso] = await Promise.all([firstValueFrom(this.api.operations()), firstValueFrom(this.api.ssoSettings())]);
      this.status.set(status);
      if (!this.sso()) this.setSso(sso);
    } catch {
      this.loadError.set(true);
    }
  }

  private setSso(settings: SsoSettingsDto): void {
    this.sso.set(settings);
    const p = settings.provider;
    this.ssoForm.reset({
      enabled: p?.enabled ?? true,
      issuer: p?.issuer ?? '',
      clientId: p?.clientId ?? '',
      clientSecret: '',
      emailDomains: p?.emailDomains.join(', ') ?? '',
      justInTime: p?.justInTime ?? false,
    });
  }
}

function splitDomains(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}
