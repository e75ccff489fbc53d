import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { SUBMISSIONS_API, provincePath } from '../submissions-api';
import type { Contest, ContestInput, ContestStatus, QuotaStanding } from './contest.models';

/** Contests of a province in the submissions service. */
@Injectable({ providedIn: 'root' })
export class ContestsClient {
  private readonly http = inject(HttpClient);

  private url(province: string, ...path: string[]): string {
    return [`${SUBMISSIONS_API}${provincePath(province)}/contests`, ...path.map(encodeURIComponent)].join(
      '/',
    );
  }

  /** The province's contests, newest first; only those in `status` when given. */
  list(province: string, status?: ContestStatus): Observable<Contest[]> {
    return this.http.get<Contest[]>(this.url(province), { params: status ? { status } : {} });
  }

  get(province: string, id: string): Observable<Contest> {
    return this.http.get<Contest>(this.url(province, id));
  }

  /** Creates a draft contest. */
  create(province: string, input: ContestInput): Observable<Contest> {
    return this.http.post<Contest>(this.url(province), input);
  }

  /** Changes settings; which ones the service accepts depends on the contest's status. */
  update(province: string, id: string, changes: Partial<ContestInput>): Observable<Contest> {
    return this.http.patch<Contest>(this.url(province, id), changes);
  }

  /** Moves the contest to another status (409 when its lifecycle or its window does not allow it). */
  changeStatus(province: string, id: string, status: ContestStatus): Observable<Contest> {
    return this.http.post<Contest>(this.url(province, id, 'status'), { status });
  }

  /** Starts a new draft for the period starting in `startYear`, copied from this contest with its dates moved. */
  copy(province: string, id: string, startYear: number): Observable<Contest> {
    return this.http.post<Contest>(this.url(province, id, 'copy'), { startYear });
  }

  /** Each active unit's standing against the quota; empty when the contest has none. */
  quota(province: string, id: string): Observable<QuotaStanding[]> {
    return this.http.get<QuotaStanding[]>(this.url(province, id, 'quota'));
  }
}
