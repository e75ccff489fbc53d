import { catchError, map, of, startWith, type Observable } from 'rxjs';
import { toApiProblem, type ApiProblem } from './api-problem';

/** The state of data that comes from an API: loading, there, or failed with a problem. */
export type RemoteData<T> =
  { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; problem: ApiProblem };

export const LOADING: RemoteData<never> = { state: 'loading' };

/** Follows an API call: loading first, then its value or its problem; never errors. */
export function remoteData<T>(call: Observable<T>): Observable<RemoteData<T>> {
  return call.pipe(
    map((value): RemoteData<T> => ({ state: 'loaded', value })),
    catchError((error: unknown) => of<RemoteData<T>>({ state: 'failed', problem: toApiProblem(error) })),
    startWith<RemoteData<T>>(LOADING),
  );
}

/** The value once it is there; null while loading, after a failure, or before anything was asked for. */
export function loadedValue<T>(data: RemoteData<T> | null): T | null {
  return data?.state === 'loaded' ? data.value : null;
}
