module.exports = require('../../../tools/jest/project-config.cjs').nodeProject(__dirname);
