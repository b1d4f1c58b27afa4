import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavContent, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatButtonModule } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LanguageCode } from '@suunta/shared-domain';
import { AuthService, LanguageService } from '@suunta/web-core';
import { filter, map } from 'rxjs';
import { ADMIN_NAV_ITEMS, NAV_ITEMS } from './nav-items';

@Component({
  selector: 'su-shell',
  imports: [
    RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe,
    MatToolbarModule, MatSidenavModule, MatListModule, MatIconModule, MatButtonModule, MatButtonToggleModule,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly language = inject(LanguageService);
  protected readonly nav = NAV_ITEMS;
  private readonly auth = inject(AuthService);
  /** The navigation shows once signed in (the login page stands alone). */
  protected readonly signedIn = this.auth.signedIn;
  protected readonly adminNav = computed(() => (this.auth.me() ? ADMIN_NAV_ITEMS.filter((item) => !item.roles || this.auth.hasRole(...item.roles)) : []));
  protected readonly narrow = toSignal(
    inject(BreakpointObserver).observe([Breakpoints.XSmall, Breakpoints.Small]).pipe(map((r) => r.matches)),
    { initialValue: false },
  );

  private readonly content = viewChild(MatSidenavContent);

  constructor() {
    // Ask who is signed in on every page load, public pages included: the answer also carries
    // the XSRF-TOKEN cookie, which an invitation opened in a fresh browser needs for its POST.
    void this.auth.ensureLoaded().catch(() => null);
    // The page scrolls inside the sidenav content, not the window, so the router's own
    // scroll restoration cannot reach it: a new page starts at its top. Anchors scroll themselves,
    // and a change of query parameters only (a filter) keeps the reader where they are.
    let previousPath = '';
    inject(Router)
      .events.pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((e) => {
        const path = e.urlAfterRedirects.split(/[?#]/)[0];
        if (path !== previousPath && !e.urlAfterRedirects.includes('#')) {
          this.content()?.scrollTo({ top: 0 });
          // Not on the first load: there the skip link comes first, as on any site.
          if (previousPath) this.focusHeadingWhenRendered();
        }
        previousPath = path;
      });
  }

  /**
   * After navigation, focus the new page's <h1> (WCAG 2.4.3), so keyboard and screen-reader users
   * start at the page, not on <body>. Pages that load their data first render the heading a
   * little later: wait up to two seconds, then fall back to <main>. A page that has already put
   * focus somewhere inside <main> (a form's first field) keeps it.
   */
  private focusHeadingWhenRendered(): void {
    const main = () => document.getElementById('main');
    const started = Date.now();
    const attempt = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== main() && main()?.contains(active)) return;
      const heading = main()?.querySelector<HTMLElement>('h1');
      if (heading) {
        // Focusable by script only (not in the Tab order); the same rule as web-ui's FocusService,
        // which the shell does not import: web-ui brings the charts into the first bundle.
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (Date.now() - started < 2000) setTimeout(attempt, 100);
      else main()?.focus();
    };
    setTimeout(attempt);
  }

  protected setLanguage(language: LanguageCode): void {
    this.language.use(language);
  }
}
