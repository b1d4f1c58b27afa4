import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'su-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  template: `<h1>{{ 'notFound.title' | transloco }}</h1><p><a routerLink="/">{{ 'notFound.back' | transloco }}</a></p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
