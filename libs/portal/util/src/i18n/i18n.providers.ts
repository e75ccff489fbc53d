import {
  inject,
  Injectable,
  isDevMode,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import {
  provideTransloco,
  TranslocoService,
  type Translation,
  type TranslocoLoader,
} from '@jsverse/transloco';
import { firstValueFrom, of } from 'rxjs';
import { PreferencesService } from '../preferences/preferences.service';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, MESSAGES } from './languages';

/** The texts are part of the bundle: both languages together are a few kilobytes. */
@Injectable({ providedIn: 'root' })
class BundledTranslations implements TranslocoLoader {
  getTranslation(language: string) {
    return of<Translation>(MESSAGES[isLanguage(language) ? language : DEFAULT_LANGUAGE]);
  }
}

/** Transloco with the portal's languages, starting in the language the user chose last time. */
export function provideI18n(): EnvironmentProviders[] {
  return [
    ...provideTransloco({
      config: {
        availableLangs: LANGUAGES.map((language) => language.code),
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { logMissingKey: true, useFallbackTranslation: false },
      },
      loader: BundledTranslations,
    }),
    provideAppInitializer(() => {
      const language = inject(PreferencesService).preferences().language;
      return firstValueFrom(inject(TranslocoService).load(language));
    }),
  ];
}
