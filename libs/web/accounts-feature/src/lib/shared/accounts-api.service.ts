import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcceptInviteRequest,
  AuditActorDto,
  AuditPageDto,
  AuditQuery,
  ChangePasswordRequest,
  CreateUserRequest,
  ForgotPasswordRequest,
  InviteDto,
  OperationsStatus,
  ResetPasswordRequest,
  SaveSsoProviderRequest,
  SessionUser,
  SsoSettingsDto,
  TestMailDto,
  UpdateOwnAccountRequest,
  RegionDto,
  UpdateUserRequest,
  UserDto,
} from '@suunta/shared-domain';
import { Observable } from 'rxjs';

/** The accounts and audit endpoints of the API (see libs/api/accounts/README.md). */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  users(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>('/api/users');
  }
  invite(body: CreateUserRequest): Observable<InviteDto> {
    return this.http.post<InviteDto>('/api/users', body);
  }
  update(id: string, body: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, body);
  }
  reissueInvite(id: string): Observable<InviteDto> {
    return this.http.post<InviteDto>(`/api/users/${encodeURIComponent(id)}/invite`, {});
  }
  regions(): Observable<RegionDto[]> {
    return this.http.get<RegionDto[]>('/api/regions');
  }
  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', body);
  }
  acceptInvite(body: AcceptInviteRequest): Observable<void> {
    return this.http.post<void>('/api/auth/accept-invite', body);
  }
  forgotPassword(body: ForgotPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/forgot-password', body);
  }
  resetPassword(body: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/reset-password', body);
  }
  updateMe(body: UpdateOwnAccountRequest): Observable<SessionUser> {
    return this.http.patch<SessionUser>('/api/auth/me', body);
  }
  ssoLogoutUrl(): Observable<{ url: string | null }> {
    return this.http.get<{ url: string | null }>('/api/auth/sso/logout-url');
  }
  operations(): Observable<OperationsStatus> {
    return this.http.get<OperationsStatus>('/api/admin/operations');
  }
  sendTestMail(): Observable<TestMailDto> {
    return this.http.post<TestMailDto>('/api/admin/operations/test-mail', {});
  }
  testMail(jobId: string): Observable<TestMailDto> {
    return this.http.get<TestMailDto>(`/api/admin/operations/test-mail/${encodeURIComponent(jobId)}`);
  }
  ssoSettings(): Observable<SsoSettingsDto> {
    return this.http.get<SsoSettingsDto>('/api/admin/sso');
  }
  saveSsoSettings(body: SaveSsoProviderRequest): Observable<SsoSettingsDto> {
    return this.http.put<SsoSettingsDto>('/api/admin/sso', body);
  }
  audit(query: AuditQuery): Observable<AuditPageDto> {
    return this.http.get<AuditPageDto>('/api/audit', { params: auditParams(query) });
  }
  /** The people who appear in the trail as authors (admin and board). */
  auditActors(): Observable<AuditActorDto[]> {
    return this.http.get<AuditActorDto[]>('/api/audit/actors');
  }
  /** A plain link downloads the CSV: the session cookie goes with it, GET needs no XSRF header. */
  auditCsvUrl(query: AuditQuery): string {
    const params = auditParams({ ...query, limit: undefined, offset: undefined }).toString();
    return `/api/audit/export.csv${params ? `?${params}` : ''}`;
  }
}

export function auditParams(query: AuditQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
