import { computed, signal, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { of, switchMap, type Observable } from 'rxjs';
import { remoteData, type RemoteData } from './remote-data';

/** Data loaded for the current key, reloaded when the key changes or on demand. */
export interface RemoteResource<T> {
  /** null while there is no key to load for (and before the first key is read). */
  readonly data: Signal<RemoteData<T> | null>;
  reload(): void;
}

/**
 * Loads `load(key)` whenever `key` changes, cancelling the previous request. Call it in an injection context
 * (a component field), so it stops with the component.
 */
export function remoteResource<K, T>(
  key: () => K | null,
  load: (key: K) => Observable<T>,
): RemoteResource<T> {
  const attempt = signal(0);
  const request = computed(() => ({ key: key(), attempt: attempt() }));
  const data = toSignal(
    toObservable(request).pipe(
      switchMap((current) => (current.key === null ? of(null) : remoteData(load(current.key)))),
    ),
    // Null until the first key is read, which happens once the view runs its effects: reading it here, while the
    // component's fields initialise, would fail for keys made of required inputs.
    { initialValue: null },
  );
  return { data, reload: () => attempt.update((count) => count + 1) };
}
