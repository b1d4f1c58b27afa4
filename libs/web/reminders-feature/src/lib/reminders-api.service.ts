import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MissingOwnersDto,
  ReminderDutyDto,
  ReminderSettingsDto,
  ReminderSubscriptionInput,
  ReminderSubscriptionResultDto,
  SetReminderDutyInput,
  UpdateReminderSettingsInput,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** `/api/reminders`: duties, the missing-owner monitor, the setting and the mailed link's action. */
@Injectable({ providedIn: 'root' })
export class RemindersApi {
  private readonly http = inject(HttpClient);

  missingOwners(): Promise<MissingOwnersDto> {
    return firstValueFrom(this.http.get<MissingOwnersDto>('/api/reminders/missing-owners'));
  }
  duties(): Promise<ReminderDutyDto[]> {
    return firstValueFrom(this.http.get<ReminderDutyDto[]>('/api/reminders/duties'));
  }
  setDuty(input: SetReminderDutyInput): Promise<ReminderDutyDto> {
    return firstValueFrom(this.http.put<ReminderDutyDto>('/api/reminders/duties', input));
  }
  settings(): Promise<ReminderSettingsDto> {
    return firstValueFrom(this.http.get<ReminderSettingsDto>('/api/reminders/settings'));
  }
  updateSettings(input: UpdateReminderSettingsInput): Promise<ReminderSettingsDto> {
    return firstValueFrom(this.http.put<ReminderSettingsDto>('/api/reminders/settings', input));
  }
  subscription(input: ReminderSubscriptionInput): Promise<ReminderSubscriptionResultDto> {
    return firstValueFrom(this.http.post<ReminderSubscriptionResultDto>('/api/reminders/subscription', input));
  }
}
