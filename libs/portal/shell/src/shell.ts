import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthSession } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter, skip } from 'rxjs';
import { DisplaySettings } from './display-settings';
import { sectionsFor } from './navigation';
import { UserBox } from './user-box';

/** The page frame: skip link, display settings, masthead with the user, role-aware navigation, content. */
@Component({
  selector: 'cchc-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoDirective, DisplaySettings, UserBox],
  template: `
    <ng-container *transloco="let t">
      <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ t('app.skipToMain') }}</a>
      <header class="site-header">
        <div class="topbar">
          <div class="container topbar-inner">
            <cchc-display-settings />
          </div>
        </div>
        <div class="masthead">
          <div class="container masthead-inner">
            <a class="brand" routerLink="/">
              <svg class="emblem" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                <circle cx="24" cy="24" r="23" fill="currentColor" />
                <path
                  d="M24 9l4.4 13.5H42.6L31.1 30.8l4.4 13.5L24 36l-11.5 8.3 4.4-13.5L5.4 22.5h14.2z"
                  class="star"
                />
              </svg>
              <span class="brand-text">
                <span class="brand-name">{{ t('app.name') }}</span>
                <span class="brand-tagline">{{ t('app.tagline') }}</span>
              </span>
            </a>
            <cchc-user-box />
          </div>
        </div>
        <nav class="main-nav" [attr.aria-label]="t('nav.label')" data-testid="main-nav">
          <ul class="container">
            <li>
              <a
                routerLink="/"
                routerLinkActive="active"
                [routerLinkActiveOptions]="{ exact: true }"
                ariaCurrentWhenActive="page"
                data-testid="nav-home"
                >{{ t('nav.home') }}</a
              >
            </li>
            @for (section of sections; track section.id) {
              <li>
                <a
                  [routerLink]="section.path"
                  routerLinkActive="active"
                  ariaCurrentWhenActive="page"
                  [attr.data-testid]="'nav-' + section.id"
                  >{{ t(section.labelKey) }}</a
                >
              </li>
            }
          </ul>
        </nav>
      </header>
      <main id="main" class="container" tabindex="-1" #main>
        <router-outlet />
      </main>
      <footer class="site-footer">
        <div class="container">{{ t('app.footer') }}</div>
      </footer>
    </ng-container>
  `,
  styleUrl: './shell.css',
})
export class Shell {
  protected readonly sections = sectionsFor(inject(AuthSession).user.roles);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // After moving to another page, start reading and tabbing from its content, as a full page load would.
    const subscription = inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
      )
      .subscribe(() => this.main().nativeElement.focus({ preventScroll: true }));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected skipToMain(event: Event): void {
    // A plain #main would also change the URL, which the router then handles as a navigation.
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
