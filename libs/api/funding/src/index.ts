export * from './lib/funding.module';
export * from './lib/funding.service';
export * from './lib/funding-figures.util';
