import type { ContestField } from '@cchc/portal-data-access';

/**
 * The six fields of the national CCHC programme, every contest's default fields. Their labels are part of the
 * contest (a province may rename or add fields), so they are data here rather than translations.
 */
export const CCHC_FIELDS: readonly ContestField[] = [
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

/** Fields some plans add to the six (Bình Định's direction and management, Hậu Giang's digital transformation). */
export const OPTIONAL_CCHC_FIELDS: readonly ContestField[] = [
  { key: 'direction-and-management', labelVi: 'Chỉ đạo, điều hành', labelEn: 'Direction and management' },
  { key: 'digital-transformation', labelVi: 'Chuyển đổi số', labelEn: 'Digital transformation' },
];
