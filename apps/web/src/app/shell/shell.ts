import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LanguageCode } from '@suunta/shared-domain';
import { AuthService, LanguageService } from '@suunta/web-core';
import { map } from 'rxjs';
import { NAV_ITEMS } from './nav-items';

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
  /** The navigation shows once signed in (the login page stands alone). */
  protected readonly signedIn = inject(AuthService).signedIn;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver).observe([Breakpoints.XSmall, Breakpoints.Small]).pipe(map((r) => r.matches)),
    { initialValue: false },
  );

  protected setLanguage(language: LanguageCode): void {
    this.language.use(language);
  }
}
