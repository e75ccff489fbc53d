import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { EMPTY, expand, reduce, type Observable } from 'rxjs';
import { provincePath, SUBMISSIONS_API } from '../submissions-api';
import { uploadFile, type UploadState } from '../upload';
import type {
  Attachment,
  Entry,
  EntryDraft,
  EntryFilter,
  NoveltyReport,
  ScreeningVerdict,
} from './entry.models';

interface EntryPage {
  items: Entry[];
  nextCursor: string | null;
}

/** A new key per user action, so that the service does a retried request (a lost answer) only once. */
const idempotent = () => ({ headers: { 'Idempotency-Key': crypto.randomUUID() } });

/** Entries and their files in the submissions service. */
@Injectable({ providedIn: 'root' })
export class EntriesClient {
  private readonly http = inject(HttpClient);

  private url(province: string, ...path: string[]): string {
    return [`${SUBMISSIONS_API}${provincePath(province)}/entries`, ...path.map(encodeURIComponent)].join('/');
  }

  /** Every entry the caller may see that matches the filter, newest first (all pages). */
  list(province: string, entryFilter: EntryFilter = {}): Observable<Entry[]> {
    const params = Object.fromEntries(
      Object.entries(entryFilter).filter(([, value]) => value !== undefined && value !== false),
    ) as Record<string, string | boolean>;
    const page = (cursor: string | null) =>
      this.http.get<EntryPage>(this.url(province), { params: cursor ? { ...params, cursor } : params });
    return page(null).pipe(
      expand((current) => (current.nextCursor ? page(current.nextCursor) : EMPTY)),
      reduce((entries: Entry[], current) => [...entries, ...current.items], []),
    );
  }

  get(province: string, id: string): Observable<Entry> {
    return this.http.get<Entry>(this.url(province, id));
  }

  /** Starts a draft in an open contest, for the caller's unit when they have one. */
  start(province: string, contestId: string, unitId: string | null, content: EntryDraft): Observable<Entry> {
    return this.http.post<Entry>(
      `${SUBMISSIONS_API}${provincePath(province)}/contests/${encodeURIComponent(contestId)}/entries`,
      { unitId, content },
      idempotent(),
    );
  }

  /** Saves the whole content of a draft; the service keeps each change as a version. */
  save(province: string, id: string, content: EntryDraft): Observable<Entry> {
    return this.http.patch<Entry>(this.url(province, id), { content });
  }

  /** Submits a draft; refused with 409 naming the deadline once the window has closed by the server's clock. */
  submit(province: string, id: string): Observable<Entry> {
    return this.http.post<Entry>(this.url(province, id, 'submit'), null, idempotent());
  }

  withdraw(province: string, id: string): Observable<Entry> {
    return this.http.post<Entry>(this.url(province, id, 'withdraw'), null);
  }

  /** A unit coordinator forwards an entry chosen in the unit's pre-selection to the province. */
  forward(province: string, id: string): Observable<Entry> {
    return this.http.post<Entry>(this.url(province, id, 'forward'), null);
  }

  /** A province admin's eligibility decision. */
  screen(province: string, id: string, verdict: ScreeningVerdict): Observable<Entry> {
    return this.http.post<Entry>(this.url(province, id, 'screening'), verdict);
  }

  /** Entries of any province and year that resemble this one, most alike first. */
  novelty(province: string, entryId: string): Observable<NoveltyReport> {
    return this.http.get<NoveltyReport>(this.url(province, entryId, 'novelty'));
  }

  attachments(province: string, entryId: string): Observable<Attachment[]> {
    return this.http.get<Attachment[]>(this.url(province, entryId, 'attachments'));
  }

  /** Uploads a file to a draft, reporting the share of bytes sent, then the stored file. */
  attach(province: string, entryId: string, file: File): Observable<UploadState<Attachment>> {
    return uploadFile<Attachment>(this.http, this.url(province, entryId, 'attachments'), file);
  }

  /** The file's content; downloads need the access token, so they go through the client rather than a link. */
  download(province: string, entryId: string, attachmentId: string): Observable<Blob> {
    return this.http.get(this.url(province, entryId, 'attachments', attachmentId), { responseType: 'blob' });
  }

  removeAttachment(province: string, entryId: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(this.url(province, entryId, 'attachments', attachmentId));
  }
}
