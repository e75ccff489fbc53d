import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Unknown paths, and sections the user's roles may not use. */
@Component({
  selector: 'cchc-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('notFound.title') }}</h1>
      <p data-testid="not-found">{{ t('notFound.body') }}</p>
      <p>
        <a routerLink="/">{{ t('notFound.home') }}</a>
      </p>
    </ng-container>
  `,
})
export class NotFoundPage {}
