export * from './lib/reminders.module';
export * from './lib/clock';
export * from './lib/reminder-duties.service';
export * from './lib/reminder-run.service';
export * from './lib/due-items.util';
