import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run db:migration:show`); the app builds its own from the same options. */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/suunta'));
