import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';

/** What the user chose for reading the portal, remembered in the browser. */
export interface Preferences {
  language: Language;
  /** Multiplies the root font size. */
  textScale: number;
  highContrast: boolean;
}

/** The text sizes A− and A+ step through; 1 is A. */
export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;

export const DEFAULT_PREFERENCES: Preferences = {
  language: DEFAULT_LANGUAGE,
  textScale: 1,
  highContrast: false,
};

export const PREFERENCES_KEY = 'cchc.portal.preferences';

/** The browser's local storage, or null where it is unavailable (disabled, sandboxed). */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored preferences; anything missing, unreadable or out of range takes its default. */
export function readPreferences(storage: Pick<Storage, 'getItem'> | null): Preferences {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // Unreadable: keep the defaults.
  }
  const { language, textScale, highContrast } = stored;
  return {
    language: isLanguage(language) ? language : DEFAULT_PREFERENCES.language,
    textScale: TEXT_SCALES.find((scale) => scale === textScale) ?? DEFAULT_PREFERENCES.textScale,
    highContrast: typeof highContrast === 'boolean' ? highContrast : DEFAULT_PREFERENCES.highContrast,
  };
}

/** Stores the preferences; a full or disabled storage only means they are not remembered. */
export function writePreferences(storage: Pick<Storage, 'setItem'> | null, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Not remembered this time; the page still works.
  }
}

const scaleIndex = (scale: number) => {
  const index = TEXT_SCALES.findIndex((candidate) => candidate === scale);
  return index === -1 ? TEXT_SCALES.indexOf(1) : index;
};

/** The next larger text size, or the largest. */
export function largerText(scale: number): number {
  return TEXT_SCALES[Math.min(scaleIndex(scale) + 1, TEXT_SCALES.length - 1)] ?? 1;
}

/** The next smaller text size, or the smallest. */
export function smallerText(scale: number): number {
  return TEXT_SCALES[Math.max(scaleIndex(scale) - 1, 0)] ?? 1;
}

/** The parts of the root element the preferences change. */
export interface PreferenceTarget {
  lang: string;
  style: { fontSize: string };
  dataset: Record<string, string | undefined>;
}

/** Shows the preferences on the page: `<html lang>`, root font size and the high-contrast theme. */
export function applyPreferences(root: PreferenceTarget, preferences: Preferences): void {
  root.lang = preferences.language;
  root.style.fontSize = preferences.textScale === 1 ? '' : `${preferences.textScale * 100}%`;
  if (preferences.highContrast) root.dataset['contrast'] = 'high';
  else delete root.dataset['contrast'];
}
