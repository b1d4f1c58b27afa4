module.exports = require('../../../tools/jest/project-config.cjs').angularProject(__dirname);
