/** The number an `<input type="number">` holds; null while it is empty or not a number. */
export function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
