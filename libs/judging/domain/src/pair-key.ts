/** A map key for a judge–entry pair; NUL cannot occur in ids, so two different pairs never share a key. */
export function pairKey(judgeId: string, entryId: string): string {
  return `${judgeId}\u0000${entryId}`;
}
