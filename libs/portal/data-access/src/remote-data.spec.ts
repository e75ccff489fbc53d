import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { loadedValue, remoteData } from './remote-data';

describe('remoteData', () => {
  it('is loading, then loaded', async () => {
    expect(await firstValueFrom(remoteData(of([1, 2])).pipe(toArray()))).toEqual([
      { state: 'loading' },
      { state: 'loaded', value: [1, 2] },
    ]);
  });

  it('is loading, then failed with the problem, and completes', async () => {
    const failing = throwError(() => ({ status: 500, error: { title: 'Internal Server Error' } }));
    expect(await firstValueFrom(remoteData(failing).pipe(toArray()))).toEqual([
      { state: 'loading' },
      { state: 'failed', problem: { status: 500, title: 'Internal Server Error', detail: null, errors: [] } },
    ]);
  });
});

describe('loadedValue', () => {
  it('is the value once loaded, null otherwise', () => {
    expect(loadedValue({ state: 'loaded', value: 3 })).toBe(3);
    expect(loadedValue({ state: 'loading' })).toBeNull();
    expect(
      loadedValue({ state: 'failed', problem: { status: 0, title: null, detail: null, errors: [] } }),
    ).toBeNull();
    expect(loadedValue(null)).toBeNull();
  });
});
