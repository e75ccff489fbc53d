import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { LANGUAGES, PreferencesService, TEXT_SCALES } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/** Language, text size and contrast, as Vietnamese government portals offer them. */
@Component({
  selector: 'cchc-display-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div class="settings" *transloco="let t" role="group" [attr.aria-label]="t('settings.label')">
      <div
        class="group"
        role="group"
        [attr.aria-label]="t('settings.language')"
        data-testid="language-switch"
      >
        @for (language of languages; track language.code) {
          <button
            type="button"
            class="chip"
            [attr.lang]="language.code"
            [attr.aria-pressed]="language.code === preferences().language"
            [attr.data-testid]="'language-' + language.code"
            (click)="service.setLanguage(language.code)"
          >
            {{ language.name }}
          </button>
        }
      </div>
      <div class="group" role="group" [attr.aria-label]="t('settings.textSize')">
        <button
          type="button"
          class="chip"
          data-testid="text-size-smaller"
          [title]="t('settings.smaller')"
          [attr.aria-label]="'A− ' + t('settings.smaller')"
          [attr.aria-disabled]="smallest()"
          (click)="service.smallerText()"
        >
          A−
        </button>
        <button
          type="button"
          class="chip"
          data-testid="text-size-reset"
          [title]="t('settings.reset')"
          [attr.aria-label]="'A ' + t('settings.reset')"
          [attr.aria-pressed]="preferences().textScale === 1"
          (click)="service.resetText()"
        >
          A
        </button>
        <button
          type="button"
          class="chip"
          data-testid="text-size-larger"
          [title]="t('settings.larger')"
          [attr.aria-label]="'A+ ' + t('settings.larger')"
          [attr.aria-disabled]="largest()"
          (click)="service.largerText()"
        >
          A+
        </button>
      </div>
      <button
        type="button"
        class="chip"
        data-testid="contrast-toggle"
        [attr.aria-pressed]="preferences().highContrast"
        (click)="service.toggleContrast()"
      >
        <span class="contrast-icon" aria-hidden="true"></span>
        {{ t('settings.highContrast') }}
      </button>
    </div>
  `,
  styles: `
    .settings,
    .group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-1);
    }
    .settings {
      gap: var(--space-3);
    }
    .chip {
      min-width: 2.25rem;
      min-height: 2rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--color-topbar-border);
      border-radius: var(--radius);
      background: transparent;
      color: var(--color-topbar-text);
      font: inherit;
      font-size: 0.875rem;
      cursor: pointer;
    }
    .chip:hover:not([aria-disabled='true'], [aria-pressed='true']) {
      background: var(--color-topbar-hover);
    }
    .chip[aria-pressed='true'] {
      background: var(--color-topbar-text);
      color: var(--color-topbar-bg);
      font-weight: 700;
    }
    .chip[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .contrast-icon {
      display: inline-block;
      width: 0.875em;
      height: 0.875em;
      margin-inline-end: 0.25rem;
      border: 1px solid currentColor;
      border-radius: 50%;
      background: linear-gradient(90deg, currentColor 50%, transparent 50%);
      vertical-align: -0.1em;
    }
  `,
})
export class DisplaySettings {
  protected readonly service = inject(PreferencesService);
  protected readonly preferences = this.service.preferences;
  protected readonly languages = LANGUAGES;
  protected readonly smallest = computed(() => this.preferences().textScale <= Math.min(...TEXT_SCALES));
  protected readonly largest = computed(() => this.preferences().textScale >= Math.max(...TEXT_SCALES));
}
