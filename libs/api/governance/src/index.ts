export * from './lib/governance.module';
export * from './lib/governance.service';
export * from './lib/comments.service';
export * from './lib/steering-groups/steering-group.service';
export * from './lib/meeting-calendar.service';
export { assertCanWrite as assertCanWriteMeeting } from './lib/minutes/minutes.service';
export * from './lib/minutes/minutes-archive.service';
