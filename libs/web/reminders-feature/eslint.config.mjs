export { default } from "../../../tools/eslint/angular-project.mjs";
