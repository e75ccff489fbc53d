import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { JUDGING_API } from '../judging-api';
import { provincePath } from '../submissions-api';
import { uploadBody, type UploadState } from '../upload';
import type {
  AdvancementRule,
  Assignment,
  AssignmentOverride,
  AutomaticAssignment,
  ContestResults,
  Council,
  CouncilCandidate,
  CouncilInput,
  Criterion,
  DefenceSchedule,
  DefenceSlotInput,
  JudgeConflict,
  JudgedEntry,
  JudgingSettings,
  JudgingSettingsView,
  MyEntry,
  Recusal,
  RoundAssignments,
  RoundState,
  Rubric,
  Score,
  ScoreInput,
} from './judging.models';

/** A contest's judging in the judging service: council, rubrics, assignments, scores, rounds and results. */
@Injectable({ providedIn: 'root' })
export class JudgingClient {
  private readonly http = inject(HttpClient);

  private url(province: string, contestId: string, ...path: (string | number)[]): string {
    return [
      `${JUDGING_API}${provincePath(province)}/contests/${encodeURIComponent(contestId)}`,
      ...path.map((part) => encodeURIComponent(String(part))),
    ].join('/');
  }

  /** The contest's council; 404 while none was formed. */
  council(province: string, contestId: string): Observable<Council> {
    return this.http.get<Council>(this.url(province, contestId, 'council'));
  }

  /** Forms or replaces the council (province admin, council secretary). */
  saveCouncil(province: string, contestId: string, input: CouncilInput): Observable<Council> {
    return this.http.put<Council>(this.url(province, contestId, 'council'), input);
  }

  /** The province's users who may sit on a council, from the identity provider. */
  candidates(province: string, contestId: string): Observable<CouncilCandidate[]> {
    return this.http.get<CouncilCandidate[]>(this.url(province, contestId, 'council-candidates'));
  }

  /** A round's criteria; the default ones (`isDefault`) until a rubric is set. */
  rubric(province: string, contestId: string, round: number): Observable<Rubric> {
    return this.http.get<Rubric>(this.url(province, contestId, 'rubrics', round));
  }

  saveRubric(province: string, contestId: string, round: number, criteria: Criterion[]): Observable<Rubric> {
    return this.http.put<Rubric>(this.url(province, contestId, 'rubrics', round), { criteria });
  }

  settings(province: string, contestId: string): Observable<JudgingSettingsView> {
    return this.http.get<JudgingSettingsView>(this.url(province, contestId, 'judging-settings'));
  }

  saveSettings(
    province: string,
    contestId: string,
    settings: JudgingSettings,
  ): Observable<JudgingSettingsView> {
    return this.http.put<JudgingSettingsView>(this.url(province, contestId, 'judging-settings'), settings);
  }

  /** The eligible entries judged in round 1, with their authors (not for judges). */
  entries(province: string, contestId: string): Observable<JudgedEntry[]> {
    return this.http.get<JudgedEntry[]>(this.url(province, contestId, 'entries'));
  }

  /** Every judge–entry pair that must not be assigned, found automatically or declared. */
  conflicts(province: string, contestId: string): Observable<JudgeConflict[]> {
    return this.http.get<JudgeConflict[]>(this.url(province, contestId, 'conflicts'));
  }

  /** The caller declares a conflict of interest with an entry; their open-round assignments to it are dropped. */
  recuse(province: string, contestId: string, entryId: string, reason: string): Observable<Recusal> {
    return this.http.post<Recusal>(this.url(province, contestId, 'recusals'), { entryId, reason });
  }

  /** A round's assignments and each judge's progress. */
  assignments(province: string, contestId: string, round: number): Observable<RoundAssignments> {
    return this.http.get<RoundAssignments>(this.url(province, contestId, 'rounds', round, 'assignments'));
  }

  /** Replaces the round's assignments with an automatic plan, keeping pairs that already have scores. */
  assignAutomatically(
    province: string,
    contestId: string,
    round: number,
    judgesPerEntry: number,
  ): Observable<AutomaticAssignment> {
    return this.http.post<AutomaticAssignment>(
      this.url(province, contestId, 'rounds', round, 'assignments', 'automatic'),
      { judgesPerEntry },
    );
  }

  /** Adds or removes one judge of one entry; answers the round's assignments. */
  overrideAssignment(
    province: string,
    contestId: string,
    round: number,
    override: AssignmentOverride,
  ): Observable<{ assignments: Assignment[] }> {
    return this.http.post<{ assignments: Assignment[] }>(
      this.url(province, contestId, 'rounds', round, 'assignments', 'overrides'),
      override,
    );
  }

  /** Replaces the round's assignments with a CSV file (`entry_id,judge_id`), reporting the share of bytes sent. */
  importAssignments(
    province: string,
    contestId: string,
    round: number,
    file: Blob,
  ): Observable<UploadState<{ assignments: Assignment[] }>> {
    return uploadBody<{ assignments: Assignment[] }>(
      this.http,
      this.url(province, contestId, 'rounds', round, 'assignments', 'import'),
      file,
      'text/csv',
    );
  }

  /** The entries assigned to the caller in a round, each with the caller's sheet. */
  myEntries(province: string, contestId: string, round: number): Observable<MyEntry[]> {
    return this.http.get<MyEntry[]>(this.url(province, contestId, 'rounds', round, 'my-entries'));
  }

  /** The caller's own sheet for an entry; 404 while there is none. */
  score(province: string, contestId: string, round: number, entryId: string): Observable<Score> {
    return this.http.get<Score>(this.url(province, contestId, 'rounds', round, 'entries', entryId, 'score'));
  }

  /** Saves the caller's sheet as a draft or submits it; 409 once the round is closed or the results final. */
  saveScore(
    province: string,
    contestId: string,
    round: number,
    entryId: string,
    input: ScoreInput,
  ): Observable<Score> {
    return this.http.put<Score>(
      this.url(province, contestId, 'rounds', round, 'entries', entryId, 'score'),
      input,
    );
  }

  /** The round's sheets the caller may see. */
  scores(province: string, contestId: string, round: number): Observable<Score[]> {
    return this.http.get<Score[]>(this.url(province, contestId, 'rounds', round, 'scores'));
  }

  round(province: string, contestId: string, round: number): Observable<RoundState> {
    return this.http.get<RoundState>(this.url(province, contestId, 'rounds', round));
  }

  /** The chair closes a round; with scores missing only with a reason (409 `round.scores_missing` otherwise). */
  closeRound(
    province: string,
    contestId: string,
    round: number,
    overrideReason: string | null,
  ): Observable<RoundState> {
    return this.http.post<RoundState>(
      this.url(province, contestId, 'rounds', round, 'close'),
      overrideReason ? { override: { reason: overrideReason } } : {},
    );
  }

  /** The chair chooses the entries of round 1 that go on to the oral defence, which opens round 2. */
  advance(province: string, contestId: string, rule: AdvancementRule): Observable<{ advancing: string[] }> {
    return this.http.post<{ advancing: string[] }>(
      this.url(province, contestId, 'rounds', 1, 'advancement'),
      {
        rule,
      },
    );
  }

  defenceSchedule(province: string, contestId: string): Observable<DefenceSchedule> {
    return this.http.get<DefenceSchedule>(this.url(province, contestId, 'rounds', 2, 'defence-schedule'));
  }

  saveDefenceSchedule(
    province: string,
    contestId: string,
    slots: DefenceSlotInput[],
  ): Observable<DefenceSchedule> {
    return this.http.put<DefenceSchedule>(this.url(province, contestId, 'rounds', 2, 'defence-schedule'), {
      slots,
    });
  }

  /** The contest's ranking: a preview from the closed rounds until finalised; 409 while a round is open. */
  results(province: string, contestId: string): Observable<ContestResults> {
    return this.http.get<ContestResults>(this.url(province, contestId, 'results'));
  }

  /** The chair finalises the results; nothing can change afterwards. */
  finalise(province: string, contestId: string): Observable<ContestResults> {
    return this.http.post<ContestResults>(this.url(province, contestId, 'finalisation'), {});
  }

  /** The minutes (biên bản) of a closed round as a PDF; through the client, since it needs the access token. */
  minutes(province: string, contestId: string, round: number): Observable<Blob> {
    return this.http.get(this.url(province, contestId, 'rounds', round, 'minutes.pdf'), {
      responseType: 'blob',
    });
  }
}
