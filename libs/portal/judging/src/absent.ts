import { catchError, of, throwError, type Observable } from 'rxjs';

/** The call's value, or null when the service answers 404 (a council not formed yet, a sheet not started). */
export function nullWhenAbsent<T>(call: Observable<T>): Observable<T | null> {
  return call.pipe(
    catchError((error: unknown) =>
      (error as { status?: unknown } | null)?.status === 404 ? of(null) : throwError(() => error),
    ),
  );
}

/** Hands a downloaded file to the browser under `fileName`. */
export function saveFile(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url));
}
