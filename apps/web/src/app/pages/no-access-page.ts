import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { APP_ROLES, type AppRole } from '@suunta/shared-domain';
import { AuthService } from '@suunta/web-core';

/**
 * Where a role guard sends a signed-in user without the role (the address bar keeps the page
 * they asked for): which roles may open it, which they have, and who can grant access.
 */
@Component({
  selector: 'su-no-access-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'noAccess.title' | transloco }}</h1>
    <p>{{ 'noAccess.needs' | transloco }}
      @for (role of needed(); track role; let last = $last) {
        <strong>{{ 'roles.' + role | transloco }}</strong>@if (!last) {, }
      }
    </p>
    <p>{{ 'noAccess.yours' | transloco }}
      @for (role of mine(); track role; let last = $last) {
        {{ 'roles.' + role | transloco }}@if (!last) {, }
      }
    </p>
    <p>{{ 'noAccess.help' | transloco }}</p>
    <p><a routerLink="/">{{ 'notFound.back' | transloco }}</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  private readonly auth = inject(AuthService);
  /** The query parameter the role guard sets: the roles that may open the page. */
  readonly roles = input<string>('');

  protected readonly needed = computed(() => this.roles().split(',').filter((r): r is AppRole => (APP_ROLES as readonly string[]).includes(r)));
  protected readonly mine = computed(() => this.auth.me()?.roles ?? []);
}
