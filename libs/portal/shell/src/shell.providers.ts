import type { Provider } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/** What the shell needs from the application: translated document titles. */
export function provideShell(): Provider[] {
  return [{ provide: TitleStrategy, useExisting: TranslatedTitleStrategy }];
}
