import { Injectable } from '@nestjs/common';

/**
 * The time a reminder run takes as "now". The daily job uses this; a job may carry its own `now`
 * (an ISO instant) instead, which is how the tests put the calendar where they need it without
 * touching the process's clock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
