import {
  HttpEventType,
  HttpHeaders,
  HttpRequest,
  type HttpClient,
  type HttpEvent,
} from '@angular/common/http';
import { filter, map, type Observable } from 'rxjs';

/** How an upload is going: the share of bytes sent, then what the service answered. */
export type UploadState<T> = { state: 'sending'; percent: number } | { state: 'done'; result: T };

/** Sends `request`, reporting the share of its `size` bytes sent (XMLHttpRequest reports it, fetch does not). */
function sendWithProgress<T>(
  http: HttpClient,
  request: HttpRequest<unknown>,
  size: number,
): Observable<UploadState<T>> {
  return http.request<T>(request).pipe(
    map((event: HttpEvent<T>): UploadState<T> | null => {
      if (event.type === HttpEventType.UploadProgress) {
        const total = event.total ?? size;
        return { state: 'sending', percent: total > 0 ? Math.min(100, (100 * event.loaded) / total) : 0 };
      }
      if (event.type === HttpEventType.Response && event.body) return { state: 'done', result: event.body };
      return null;
    }),
    filter((state): state is UploadState<T> => state !== null),
  );
}

/** POSTs `file` as the multipart part `file`, reporting the share of bytes sent, then the answer's body. */
export function uploadFile<T>(http: HttpClient, url: string, file: File): Observable<UploadState<T>> {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendWithProgress<T>(http, new HttpRequest('POST', url, form, { reportProgress: true }), file.size);
}

/** POSTs `file` as the whole body with its own content type (e.g. `text/csv`), reporting the share of bytes sent. */
export function uploadBody<T>(
  http: HttpClient,
  url: string,
  file: Blob,
  contentType: string,
): Observable<UploadState<T>> {
  const headers = new HttpHeaders({ 'Content-Type': contentType });
  return sendWithProgress<T>(
    http,
    new HttpRequest('POST', url, file, { reportProgress: true, headers }),
    file.size,
  );
}
