import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { remoteData } from './remote-data';

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
