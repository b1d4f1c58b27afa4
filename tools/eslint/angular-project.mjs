// The one ESLint set-up of every Angular project (the web app and its libs): the workspace's base
// config plus Angular's rules and our selector prefix. A project's eslint.config.mjs re-exports it.
import nx from "@nx/eslint-plugin";
import baseConfig from "../../eslint.config.mjs";

export default [
    ...nx.configs["flat/angular"],
    ...nx.configs["flat/angular-template"],
    ...baseConfig,
    {
        files: [
            "**/*.ts"
        ],
        rules: {
            "@angular-eslint/directive-selector": [
                "error",
                {
                    type: "attribute",
                    prefix: "su",
                    style: "camelCase"
                }
            ],
            "@angular-eslint/component-selector": [
                "error",
                {
                    type: "element",
                    prefix: "su",
                    style: "kebab-case"
                }
            ]
        }
    }
];
