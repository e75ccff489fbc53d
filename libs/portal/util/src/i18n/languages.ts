import { en } from './en';
import { vi, type Messages } from './vi';

/** The languages of the portal, each named in itself, Vietnamese first and by default. */
export const LANGUAGES = [
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'en', name: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'vi';

/** Every language's texts. */
export const MESSAGES: Record<Language, Messages> = { vi, en };

/** True for a language the portal has texts for. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}
