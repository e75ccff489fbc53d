export { authInterceptor } from './auth/auth.interceptor';
export { AuthSession, provideAuthSession } from './auth/auth-session';
export { isSameOriginApi } from './auth/api-requests';
export { startKeycloakSession } from './auth/keycloak-session';
export { userFromClaims, type PortalUser, type TokenClaims } from './auth/portal-user';
export { mayManageUnits, mayPickProvince, provinceInView, showsPredecessor } from './auth/province-access';
export { provinceView, type ProvinceView } from './auth/province-view';
export { isRole, platformRoles, ROLES, type Role } from './auth/roles';
export { numberOrNull } from './forms/number-input';
export { provideI18n } from './i18n/i18n.providers';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, MESSAGES, type Language } from './i18n/languages';
export type { Messages } from './i18n/vi';
export {
  applyPreferences,
  browserStorage,
  readPreferences,
  TEXT_SCALES,
  type Preferences,
} from './preferences/preferences';
export { PreferencesService } from './preferences/preferences.service';
export {
  entrySearchFilter,
  entrySearchFromQuery,
  entrySearchQuery,
  isSearching,
  MAX_SEARCH_LENGTH,
  NO_SEARCH,
  sameSearch,
  searchText,
  type EntrySearch,
} from './search/entry-search';
export { countdownKey, countdownTo, type Countdown } from './time/countdown';
export {
  calendarDateText,
  fromVietnamLocalInput,
  toVietnamLocalInput,
  VIETNAM_TIME_ZONE,
  vietnamDate,
  vietnamTime,
} from './time/vietnam-time';
