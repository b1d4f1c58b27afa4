module.exports = {
  displayName: 'api-digest',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  // The unit specs test the pure period rules: load api-reminders' rule file alone, not its
  // module graph (which reaches pg-boss, an ES module only the integration config compiles).
  moduleNameMapper: {
    '^@suunta/api-reminders$': '<rootDir>/../reminders/src/lib/due-items.util.ts'
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/digest'
};
