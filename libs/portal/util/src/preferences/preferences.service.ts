import { DOCUMENT, effect, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Language } from '../i18n/languages';
import {
  applyPreferences,
  browserStorage,
  largerText,
  readPreferences,
  smallerText,
  writePreferences,
  type Preferences,
} from './preferences';

/** The user's language, text size and contrast: applied to the page at once and remembered. */
@Injectable({ providedIn: 'root' })
export class PreferencesService {
  private readonly storage = browserStorage();
  private readonly transloco = inject(TranslocoService);
  private readonly state = signal<Preferences>(readPreferences(this.storage));
  readonly preferences = this.state.asReadonly();

  constructor() {
    const root = inject(DOCUMENT).documentElement;
    this.transloco.setActiveLang(this.state().language);
    effect(() => {
      const preferences = this.state();
      applyPreferences(root, preferences);
      writePreferences(this.storage, preferences);
      this.transloco.setActiveLang(preferences.language);
    });
  }

  setLanguage(language: Language): void {
    this.state.update((current) => ({ ...current, language }));
  }

  smallerText(): void {
    this.state.update((current) => ({ ...current, textScale: smallerText(current.textScale) }));
  }

  resetText(): void {
    this.state.update((current) => ({ ...current, textScale: 1 }));
  }

  largerText(): void {
    this.state.update((current) => ({ ...current, textScale: largerText(current.textScale) }));
  }

  toggleContrast(): void {
    this.state.update((current) => ({ ...current, highContrast: !current.highContrast }));
  }
}
