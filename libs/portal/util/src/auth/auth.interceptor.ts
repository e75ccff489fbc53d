import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { from, switchMap } from 'rxjs';
import { isSameOriginApi } from './api-requests';
import { AuthSession } from './auth-session';

/** Adds `Authorization: Bearer <access token>` to requests for our own `/api/`, refreshing the token first. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isSameOriginApi(request.url, document.baseURI)) return next(request);
  const session = inject(AuthSession);
  return from(session.accessToken()).pipe(
    switchMap((token) => next(request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))),
  );
};
