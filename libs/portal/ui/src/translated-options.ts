import { computed, inject, isSignal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

/** A choice of a select or checkbox group. */
export interface Option {
  value: string;
  label: string;
}

/**
 * Choices whose labels are the translations `<prefix>.<value>`, following the language. Call it in an injection
 * context (a component field).
 */
export function translatedOptions(
  values: Signal<readonly string[]> | readonly string[],
  prefix: string,
): Signal<Option[]> {
  const transloco = inject(TranslocoService);
  const language = toSignal(transloco.langChanges$, { initialValue: transloco.getActiveLang() });
  return computed(() => {
    const current = language();
    return (isSignal(values) ? values() : values).map((value) => ({
      value,
      label: transloco.translate(`${prefix}.${value}`, {}, current),
    }));
  });
}
