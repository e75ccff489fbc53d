import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { provincePath, SUBMISSIONS_API } from '../submissions-api';
import type { Province, UnitInTree } from './registry.models';

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
    return this.http.get<UnitInTree[]>(`${SUBMISSIONS_API}${provincePath(provinceCode)}/units`);
  }

  /** The unit a user's token names by its code (the `unit` claim), or null when the registry has none. */
  unitWithCode(provinceCode: string, unitCode: string): Observable<UnitInTree | null> {
    return this.units(provinceCode).pipe(
      map((units) => units.find((unit) => unit.code === unitCode) ?? null),
    );
  }
}
