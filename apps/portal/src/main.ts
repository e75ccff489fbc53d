import { bootstrapApplication } from '@angular/platform-browser';
import {
  applyPreferences,
  browserStorage,
  MESSAGES,
  readPreferences,
  startKeycloakSession,
  type Language,
} from '@cchc/portal-util';
import { App } from './app/app';
import { appConfig } from './app/app.config';

const root = document.querySelector('cchc-root');
const preferences = readPreferences(browserStorage());
applyPreferences(document.documentElement, preferences);
if (root) root.textContent = MESSAGES[preferences.language].app.loading;

/** Without a session nothing else can work: say so in the user's language and offer to try again. */
function showSignInFailure(language: Language): void {
  const texts = MESSAGES[language].boot;
  const box = document.createElement('div');
  box.className = 'boot-message';
  box.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = texts.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = texts.retry;
  retry.addEventListener('click', () => location.reload());
  box.append(message, retry);
  root?.replaceChildren(box);
}

startKeycloakSession(location.origin).then(
  (session) => bootstrapApplication(App, appConfig(session)).catch((error: unknown) => console.error(error)),
  (error: unknown) => {
    console.error('Sign-in failed', error);
    showSignInFailure(preferences.language);
  },
);
