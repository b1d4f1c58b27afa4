export * from './lib/archive.module';
export * from './lib/archive.service';
export { ARCHIVE_SCHEMA, countArchive, schemaErrors } from './lib/archive-schema.util';
export { toStratml, STRATML_NAMESPACE } from './lib/stratml.util';
