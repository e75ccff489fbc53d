import { describe, expect, it } from 'vitest';
import {
  applyPreferences,
  DEFAULT_PREFERENCES,
  largerText,
  PREFERENCES_KEY,
  readPreferences,
  smallerText,
  TEXT_SCALES,
  writePreferences,
  type PreferenceTarget,
} from './preferences';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('preference storage', () => {
  it('defaults to Vietnamese, normal text and normal contrast', () => {
    expect(readPreferences(memoryStorage())).toEqual({ language: 'vi', textScale: 1, highContrast: false });
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    writePreferences(storage, { language: 'en', textScale: 1.25, highContrast: true });
    expect(readPreferences(storage)).toEqual({ language: 'en', textScale: 1.25, highContrast: true });
  });

  it('replaces unreadable or unknown values by their defaults', () => {
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{not json' }))).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: 'null' }))).toEqual(DEFAULT_PREFERENCES);
    expect(
      readPreferences(
        memoryStorage({ [PREFERENCES_KEY]: '{"language":"fr","textScale":7,"highContrast":"yes"}' }),
      ),
    ).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: '{"textScale":0.875}' }))).toEqual({
      ...DEFAULT_PREFERENCES,
      textScale: 0.875,
    });
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readPreferences(broken)).toEqual(DEFAULT_PREFERENCES);
    expect(() => writePreferences(broken, DEFAULT_PREFERENCES)).not.toThrow();
  });
});

describe('text size steps', () => {
  it('steps up and down through the scales and stops at both ends', () => {
    expect(largerText(1)).toBe(1.125);
    expect(smallerText(1)).toBe(0.875);
    expect(smallerText(TEXT_SCALES[0])).toBe(TEXT_SCALES[0]);
    expect(largerText(1.5)).toBe(1.5);
    expect(largerText(3)).toBe(1.125);
  });
});

describe('applyPreferences', () => {
  it('sets the language, the root font size and the contrast theme, and undoes them', () => {
    const root: PreferenceTarget = { lang: 'vi', style: { fontSize: '' }, dataset: {} };
    applyPreferences(root, { language: 'en', textScale: 1.25, highContrast: true });
    expect(root).toEqual({ lang: 'en', style: { fontSize: '125%' }, dataset: { contrast: 'high' } });
    applyPreferences(root, DEFAULT_PREFERENCES);
    expect(root).toEqual({ lang: 'vi', style: { fontSize: '' }, dataset: {} });
  });
});
