import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Province, UnitInTree } from './registry.models';

const SUBMISSIONS_API = '/api/submissions';

/** The province and unit registry of the submissions service. */
@Injectable({ providedIn: 'root' })
export class RegistryClient {
  private readonly http = inject(HttpClient);

  /** Every province, ordered by code. */
  provinces(): Observable<Province[]> {
    return this.http.get<Province[]>(`${SUBMISSIONS_API}/provinces`);
  }

  /** A province's units in depth-first tree order. */
  units(provinceCode: string): Observable<UnitInTree[]> {
    return this.http.get<UnitInTree[]>(
      `${SUBMISSIONS_API}/provinces/${encodeURIComponent(provinceCode)}/units`,
    );
  }
}
