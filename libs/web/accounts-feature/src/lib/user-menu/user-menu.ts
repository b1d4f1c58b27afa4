import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@suunta/web-core';
import { provideAccountsTranslations } from '../shared/accounts-i18n';
import { firstValueFrom } from 'rxjs';
import { AccountsApi } from '../shared/accounts-api.service';

/**
 * The toolbar's account corner: the user's name and role(s), and a menu with the account's
 * pages — only those the user's roles allow — and sign-out. "Sign in" when nobody is.
 */
@Component({
  selector: 'su-user-menu',
  imports: [MatButtonModule, MatMenuModule, MatIconModule, MatDividerModule, RouterLink, TranslocoPipe],
  providers: [provideAccountsTranslations()],
  template: `
    @if (auth.me(); as user) {
      <button
        mat-button
        type="button"
        class="who"
        [matMenuTriggerFor]="menu"
        data-testid="user-menu"
      >
        <!-- the name comes from the visible text (WCAG 2.5.3 label in name), with a hidden prefix -->
        <mat-icon aria-hidden="true">account_circle</mat-icon>
        <span class="visually-hidden">{{ 'accounts.menu.account' | transloco }}</span>
        <span class="name">{{ user.displayName }}</span>
        <span class="role">
          @for (role of user.roles; track role; let last = $last) {
            {{ 'accounts.roles.' + role | transloco }}@if (!last) {, }
          }
        </span>
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <a mat-menu-item routerLink="/account/password">
          <mat-icon aria-hidden="true">key</mat-icon>{{ 'accounts.menu.changePassword' | transloco }}
        </a>
        @if (auth.hasRole('admin')) {
          <a mat-menu-item routerLink="/admin/users">
            <mat-icon aria-hidden="true">group</mat-icon>{{ 'accounts.menu.users' | transloco }}
          </a>
          <a mat-menu-item routerLink="/admin/operations">
            <mat-icon aria-hidden="true">settings</mat-icon>{{ 'accounts.menu.operations' | transloco }}
          </a>
        }
        @if (auth.hasRole('admin', 'board')) {
          <a mat-menu-item routerLink="/audit">
            <mat-icon aria-hidden="true">history</mat-icon>{{ 'accounts.menu.audit' | transloco }}
          </a>
        }
        <mat-divider />
        <button mat-menu-item type="button" (click)="logout()" data-testid="logout">
          <mat-icon aria-hidden="true">logout</mat-icon>{{ 'accounts.menu.logout' | transloco }}
        </button>
      </mat-menu>
    } @else if (auth.me() === null) {
      <a mat-button routerLink="/login">{{ 'accounts.menu.signIn' | transloco }}</a>
    }
  `,
  styles: `
    :host { display: inline-flex; align-items: center; margin-right: 8px; }
    .who { height: auto; min-height: 40px; line-height: 1.2; text-align: left; }
    .name { font-weight: 500; margin-left: 4px; }
    .role { display: block; font-size: 0.75rem; opacity: 0.9; margin-left: 4px; }
    @media (max-width: 599px) { .role, .name { display: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  private readonly api = inject(AccountsApi);
  private readonly document = inject(DOCUMENT);

  /**
   * Ends the Suunta session; a session made by single sign-on then goes on to the identity
   * provider's own logout (it asks there and returns to /login), when the provider offers one.
   */
  protected async logout(): Promise<void> {
    const providerLogout = await firstValueFrom(this.api.ssoLogoutUrl()).then((r) => r.url, () => null);
    await this.auth.logout().catch(() => undefined);
    if (providerLogout) {
      this.document.location.assign(providerLogout);
      return;
    }
    await this.router.navigateByUrl('/login');
  }
}
