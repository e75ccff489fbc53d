/**
 * The fixed vocabularies of contests and entries, with stable keys (stored, sent in events, never renamed) and
 * Vietnamese and English labels.
 */

export interface Labelled<K extends string = string> {
  key: K;
  labelVi: string;
  labelEn: string;
}

/** The six CCHC fields of the national reform programme, the default fields of a contest. */
export const CCHC_FIELDS: readonly Labelled[] = [
  { key: 'institutional-reform', labelVi: 'Cải cách thể chế', labelEn: 'Institutional reform' },
  {
    key: 'administrative-procedure-reform',
    labelVi: 'Cải cách thủ tục hành chính',
    labelEn: 'Administrative-procedure reform',
  },
  {
    key: 'organisational-reform',
    labelVi: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    labelEn: 'Organisational reform',
  },
  { key: 'civil-service-reform', labelVi: 'Cải cách chế độ công vụ', labelEn: 'Civil-service reform' },
  { key: 'public-finance-reform', labelVi: 'Cải cách tài chính công', labelEn: 'Public-finance reform' },
  {
    key: 'e-government',
    labelVi: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    labelEn: 'E-government and digital government',
  },
];

/** Fields some plans add to the six (Bình Định's "chỉ đạo, điều hành", Hậu Giang's digital transformation). */
export const OPTIONAL_CCHC_FIELDS: readonly Labelled[] = [
  { key: 'direction-and-management', labelVi: 'Chỉ đạo, điều hành', labelEn: 'Direction and management' },
  { key: 'digital-transformation', labelVi: 'Chuyển đổi số', labelEn: 'Digital transformation' },
];

export const TARGET_INDEX_KEYS = ['PAR_INDEX', 'SIPAS', 'PAPI', 'PCI', 'ICT_INDEX', 'DDCI'] as const;
/** An index an entry may aim to improve. */
export type TargetIndex = (typeof TARGET_INDEX_KEYS)[number];

export const TARGET_INDICES: readonly Labelled<TargetIndex>[] = [
  { key: 'PAR_INDEX', labelVi: 'Chỉ số cải cách hành chính (PAR INDEX)', labelEn: 'PAR INDEX' },
  {
    key: 'SIPAS',
    labelVi:
      'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
    labelEn: 'SIPAS (satisfaction with public administrative services)',
  },
  {
    key: 'PAPI',
    labelVi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
    labelEn: 'PAPI (provincial governance and public administration performance)',
  },
  {
    key: 'PCI',
    labelVi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    labelEn: 'PCI (provincial competitiveness)',
  },
  {
    key: 'ICT_INDEX',
    labelVi: 'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông (ICT Index)',
    labelEn: 'ICT Index (ICT readiness)',
  },
  {
    key: 'DDCI',
    labelVi: 'Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)',
    labelEn: 'DDCI (department and district competitiveness)',
  },
];

export const ENTRANT_KIND_KEYS = ['unit', 'individual', 'citizen', 'organisation', 'business'] as const;
/** Who an entry comes from. */
export type EntrantKind = (typeof ENTRANT_KIND_KEYS)[number];

export const ENTRANT_KINDS: readonly Labelled<EntrantKind>[] = [
  { key: 'unit', labelVi: 'Tập thể (cơ quan, đơn vị, địa phương)', labelEn: 'Unit (collective)' },
  { key: 'individual', labelVi: 'Cá nhân cán bộ, công chức, viên chức', labelEn: 'Individual civil servant' },
  { key: 'citizen', labelVi: 'Người dân', labelEn: 'Citizen' },
  { key: 'organisation', labelVi: 'Tổ chức', labelEn: 'Organisation' },
  { key: 'business', labelVi: 'Doanh nghiệp', labelEn: 'Business' },
];

export const SOLUTION_TYPE_KEYS = ['technical', 'managerial', 'operational', 'technical-progress'] as const;
/** The four kinds of solution of Decree 13/2012, art. 3. */
export type SolutionType = (typeof SOLUTION_TYPE_KEYS)[number];

export const SOLUTION_TYPES: readonly Labelled<SolutionType>[] = [
  { key: 'technical', labelVi: 'Giải pháp kỹ thuật', labelEn: 'Technical solution' },
  { key: 'managerial', labelVi: 'Giải pháp quản lý', labelEn: 'Managerial solution' },
  { key: 'operational', labelVi: 'Giải pháp tác nghiệp', labelEn: 'Operational solution' },
  {
    key: 'technical-progress',
    labelVi: 'Giải pháp ứng dụng tiến bộ kỹ thuật',
    labelEn: 'Application of technical progress',
  },
];

export const ENTRY_FORMAT_KEYS = ['outline', 'scheme', 'project'] as const;
/** How an entry is presented (đề cương, đề án, dự án). */
export type EntryFormat = (typeof ENTRY_FORMAT_KEYS)[number];

export const ENTRY_FORMATS: readonly Labelled<EntryFormat>[] = [
  { key: 'outline', labelVi: 'Đề cương', labelEn: 'Outline' },
  { key: 'scheme', labelVi: 'Đề án', labelEn: 'Scheme' },
  { key: 'project', labelVi: 'Dự án', labelEn: 'Project' },
];
