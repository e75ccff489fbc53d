import { HttpEventType, HttpRequest, type HttpClient, type HttpEvent } from '@angular/common/http';
import { filter, map, type Observable } from 'rxjs';

/** How an upload is going: the share of bytes sent, then what the service answered. */
export type UploadState<T> = { state: 'sending'; percent: number } | { state: 'done'; result: T };

/**
 * POSTs `file` as the multipart part `file`, reporting the share of bytes sent (XMLHttpRequest reports it, fetch
 * does not), then the answer's body.
 */
export function uploadFile<T>(http: HttpClient, url: string, file: File): Observable<UploadState<T>> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http.request<T>(new HttpRequest('POST', url, form, { reportProgress: true })).pipe(
    map((event: HttpEvent<T>): UploadState<T> | null => {
      if (event.type === HttpEventType.UploadProgress) {
        const total = event.total ?? file.size;
        return { state: 'sending', percent: total > 0 ? Math.min(100, (100 * event.loaded) / total) : 0 };
      }
      if (event.type === HttpEventType.Response && event.body) return { state: 'done', result: event.body };
      return null;
    }),
    filter((state): state is UploadState<T> => state !== null),
  );
}
