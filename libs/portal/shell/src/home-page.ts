import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Notice } from '@cchc/portal-ui';
import { AuthSession } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { sectionsFor } from './navigation';

/** The start page: a greeting and the sections the user's roles may use. */
@Component({
  selector: 'cchc-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoDirective, Notice],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('home.greeting', { name: user.name }) }}</h1>
      @if (sections.length > 0) {
        <p>{{ t('home.intro') }}</p>
        <ul class="cards">
          @for (section of sections; track section.id) {
            <li class="card">
              <a [routerLink]="section.path" [attr.data-testid]="'home-' + section.id">{{
                t(section.labelKey)
              }}</a>
              <p>{{ t(section.descriptionKey) }}</p>
            </li>
          }
        </ul>
      } @else {
        <cchc-notice data-testid="home-no-sections">
          <p>{{ t('home.none') }}</p>
        </cchc-notice>
      }
    </ng-container>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: var(--space-4);
      margin: var(--space-4) 0;
      padding: 0;
      list-style: none;
    }
    .card {
      position: relative;
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-top: 0.25rem solid var(--color-accent);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .card a {
      font-size: 1.125rem;
      font-weight: 700;
    }
    .card p {
      margin: var(--space-2) 0 0;
      color: var(--color-text-muted);
    }
  `,
})
export class HomePage {
  protected readonly user = inject(AuthSession).user;
  protected readonly sections = sectionsFor(this.user.roles);
}
