const { esmAwareTransform } = require('../../../tools/jest/esm-packages.cjs');

module.exports = {
  displayName: 'api-strategy',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  ...esmAwareTransform('<rootDir>/tsconfig.spec.json'),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/strategy'
};
