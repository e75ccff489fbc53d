import type { MinutesInput, MinutesMember } from './minutes-input.ts';

/*
 * Viet Nam has kept UTC+7 all year, with no daylight saving, since 1975, so local times are found with a fixed
 * offset and no time-zone library.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

// The centrally-run cities (after the 2025 merger of provinces); every other name is a province (tỉnh).
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

const scoreFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 2 });

/**
 * A score with two decimals and a decimal comma, half away from zero (87.335 → "87,34", not the "87,33" that the
 * binary value 87.33499… would give), as the judging service displays it.
 */
export function formatScore(value: number): string {
  const hundredths = Math.round(Number((Math.abs(value) * 100).toFixed(6)));
  // `|| 0` turns the -0 of a tiny negative value into 0, so no "-0,00" is printed
  return scoreFormat.format((Math.sign(value) * hundredths) / 100 || 0);
}

/** A number as Vietnamese write it: decimal comma, at most two decimals ("12,5", "20"). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A weight given as a fraction, as a percentage ("25%"). */
export function formatWeight(weight: number): string {
  return percentFormat.format(weight);
}

/** The Viet Nam local date and time of an ISO instant, parts padded: day, month, year, hours, minutes. */
function vietnamParts(instant: string): { day: string; month: string; year: string; time: string } {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return {
    year: local.slice(0, 4),
    month: local.slice(5, 7),
    day: local.slice(8, 10),
    time: local.slice(11, 16),
  };
}

/** An ISO instant as `dd/mm/yyyy HH:mm` in Viet Nam time. */
export function formatVietnamDateTime(instant: string): string {
  const { day, month, year, time } = vietnamParts(instant);
  return `${day}/${month}/${year} ${time}`;
}

/** A calendar date `YYYY-MM-DD` as `dd/mm/yyyy`. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * The place and date line of an administrative document ("Cao Bằng, ngày 05 tháng 3 năm 2026"): Decree 30/2020
 * writes a 0 before days below 10 and before months 1 and 2 only.
 */
export function placeDateLine(place: string, instant: string): string {
  const { day, month, year } = vietnamParts(instant);
  const monthNumber = Number(month);
  return `${place}, ngày ${day} tháng ${monthNumber < 3 ? month : String(monthNumber)} năm ${year}`;
}

/** "Tỉnh Cao Bằng", "Thành phố Hà Nội"; a name that already says which it is is kept. */
export function provinceWithLevel(provinceName: string): string {
  const name = provinceName.trim();
  if (/^(tỉnh|thành phố)\s/iu.test(name)) return name;
  const city = CENTRAL_CITIES.some((c) => c.localeCompare(name, 'vi', { sensitivity: 'accent' }) === 0);
  return `${city ? 'Thành phố' : 'Tỉnh'} ${name}`;
}

/** Upper case with the Vietnamese rules ("Cao Bằng" → "CAO BẰNG"). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The Vietnamese title of a council role. */
export function roleLabel(role: MinutesMember['role']): string {
  switch (role) {
    case 'chair':
      return 'Chủ tịch';
    case 'vice-chair':
      return 'Phó Chủ tịch';
    case 'secretary':
      return 'Thư ký';
    case 'member':
      return 'Ủy viên';
  }
}

/** How the judges' totals of an entry are combined, in Vietnamese. */
export function aggregationLabel(aggregation: MinutesInput['aggregation']): string {
  switch (aggregation) {
    case 'mean':
      return 'trung bình cộng';
    case 'trimmed-mean':
      return 'trung bình sau khi bỏ điểm cao nhất và thấp nhất';
    case 'median':
      return 'trung vị';
  }
}

/** Why a judge was kept off an entry automatically, in Vietnamese. */
export function conflictLabel(reason: MinutesInput['conflicts'][number]['reason']): string {
  switch (reason) {
    case 'same-unit':
      return 'cùng đơn vị với sáng kiến';
    case 'author':
      return 'là tác giả của sáng kiến';
  }
}

/** The round as the title names it ("Vòng 1: chấm hồ sơ"). */
export function roundLabel(round: MinutesInput['round'], kind: MinutesInput['roundKind']): string {
  return `Vòng ${round}: ${kind === 'written' ? 'chấm hồ sơ' : 'bảo vệ trực tiếp'}`;
}
