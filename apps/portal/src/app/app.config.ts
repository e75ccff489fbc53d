import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideShell } from '@cchc/portal-shell';
import { authInterceptor, provideAuthSession, provideI18n, type AuthSession } from '@cchc/portal-util';
import { routes } from './app.routes';

/** The application's providers around an already signed-in session. */
export function appConfig(session: AuthSession): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideAuthSession(session),
      // XMLHttpRequest rather than fetch: only it reports upload progress, which attachments show.
      provideHttpClient(withInterceptors([authInterceptor])),
      provideRouter(routes, withComponentInputBinding()),
      provideShell(),
      provideI18n(),
    ],
  };
}
