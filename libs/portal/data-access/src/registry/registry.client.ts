import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { provincePath, SUBMISSIONS_API } from '../submissions-api';
import { uploadFile, type UploadState } from '../upload';
import type { Lineage, Province, UnitImportReport, UnitInTree } from './registry.models';

/** The province and unit registry of the submissions service. */
@Injectable({ providedIn: 'root' })
export class RegistryClient {
  private readonly http = inject(HttpClient);

  private url(province: string, ...path: string[]): string {
    return [`${SUBMISSIONS_API}${provincePath(province)}`, ...path.map(encodeURIComponent)].join('/');
  }

  /** Every province, ordered by code. */
  provinces(): Observable<Province[]> {
    return this.http.get<Province[]>(`${SUBMISSIONS_API}/provinces`);
  }

  province(code: string): Observable<Province> {
    return this.http.get<Province>(this.url(code));
  }

  /** A province's units in depth-first tree order. */
  units(provinceCode: string): Observable<UnitInTree[]> {
    return this.http.get<UnitInTree[]>(this.url(provinceCode, 'units'));
  }

  /** The unit a user's token names by its code (the `unit` claim), or null when the registry has none. */
  unitWithCode(provinceCode: string, unitCode: string): Observable<UnitInTree | null> {
    return this.units(provinceCode).pipe(
      map((units) => units.find((unit) => unit.code === unitCode) ?? null),
    );
  }

  /**
   * Sends a CSV or XLSX list of units, reporting the share of bytes sent. A dry run only checks it; otherwise all its
   * units are created, or none when any line has a problem (the refusal lists each one with its line and column).
   */
  importUnits(provinceCode: string, file: File, dryRun: boolean): Observable<UploadState<UnitImportReport>> {
    const url = `${this.url(provinceCode, 'units', 'import')}${dryRun ? '?dryRun=true' : ''}`;
    return uploadFile<UnitImportReport>(this.http, url, file);
  }

  /** Merges a province into its successor from the legal date `on` (`YYYY-MM-DD`); it becomes read-only. */
  mergeProvince(code: string, into: string, on: string): Observable<Province> {
    return this.http.post<Province>(this.url(code, 'merge'), { into, on });
  }

  /** Merges a unit into another unit of its province; its own units move under the successor. */
  mergeUnit(
    provinceCode: string,
    unitId: string,
    into: string,
    on: string,
  ): Observable<Omit<UnitInTree, 'depth'>> {
    return this.http.post<Omit<UnitInTree, 'depth'>>(this.url(provinceCode, 'units', unitId, 'merge'), {
      into,
      on,
    });
  }

  provinceLineage(code: string): Observable<Lineage> {
    return this.http.get<Lineage>(this.url(code, 'lineage'));
  }

  unitLineage(provinceCode: string, unitId: string): Observable<Lineage> {
    return this.http.get<Lineage>(this.url(provinceCode, 'units', unitId, 'lineage'));
  }
}
