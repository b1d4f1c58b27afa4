import nx from "@nx/eslint-plugin";

/** Every project has one `domain:` tag (README "Layout"); `domain:shared` is the common ground. */
const WEB_DOMAINS = ["accounts", "board", "governance", "indicators", "plans", "reports", "strategy", "surveys", "reminders", "archive"];
/** Which domains an API domain may import (their exported services), besides itself and `domain:shared`. */
const API_DOMAIN_UPSTREAM = {
    organization: [],
    accounts: ["organization"],
    strategy: ["organization", "accounts"],
    plans: ["organization", "accounts", "strategy"],
    surveys: ["organization", "accounts", "strategy"],
    governance: ["organization", "accounts", "strategy", "plans"],
    funding: ["organization", "accounts"],
    // THL Sotkanet context indicators, each linked to a focus area (read through api-strategy's exports)
    indicators: ["organization", "accounts", "strategy"],
    reports: ["organization", "accounts", "strategy", "plans", "surveys", "governance"],
    dashboard: ["organization", "accounts", "strategy", "plans", "surveys", "governance", "funding"],
    // update cadence and reminders: reads owners, criteria, actions, entries and meetings through their owners' exports
    reminders: ["organization", "accounts", "strategy", "plans", "governance"],
    // the meeting digest: what changed between two meetings of a body, read through every owner's exports
    digest: ["organization", "accounts", "strategy", "plans", "surveys", "governance", "reminders"],
    // operations (backup, metrics, the operator's command line) serves the whole product from outside it
    operations: ["organization", "accounts", "strategy", "plans", "surveys", "governance", "funding", "reports", "dashboard"],
    // the archive format (export/import of a whole strategy, StratML): owns no tables, writes every domain through its owner's exports
    archive: ["organization", "accounts", "strategy", "plans", "surveys", "governance", "reports"]
};

export default [
    ...nx.configs["flat/base"],
    ...nx.configs["flat/typescript"],
    ...nx.configs["flat/javascript"],
    {
        ignores: [
            "**/dist",
            "**/out-tsc"
        ]
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.js",
            "**/*.jsx"
        ],
        rules: {
            "@nx/enforce-module-boundaries": [
                "error",
                {
                    enforceBuildableLibDependency: true,
                    allow: [
                        "^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$"
                    ],
                    depConstraints: [
                        { sourceTag: "scope:shared", onlyDependOnLibsWithTags: ["scope:shared"] },
                        { sourceTag: "scope:api", onlyDependOnLibsWithTags: ["scope:api", "scope:shared"] },
                        { sourceTag: "scope:web", onlyDependOnLibsWithTags: ["scope:web", "scope:shared"] },
                        { sourceTag: "type:app", onlyDependOnLibsWithTags: ["type:feature", "type:data-access", "type:ui", "type:util", "type:domain", "type:testing"] },
                        { sourceTag: "type:feature", onlyDependOnLibsWithTags: ["type:feature", "type:data-access", "type:ui", "type:util", "type:domain"] },
                        { sourceTag: "type:data-access", onlyDependOnLibsWithTags: ["type:data-access", "type:util", "type:domain"] },
                        { sourceTag: "type:ui", onlyDependOnLibsWithTags: ["type:ui", "type:util", "type:domain"] },
                        { sourceTag: "type:util", onlyDependOnLibsWithTags: ["type:util", "type:domain"] },
                        { sourceTag: "type:domain", onlyDependOnLibsWithTags: ["type:domain"] },
                        { sourceTag: "type:testing", onlyDependOnLibsWithTags: ["type:util", "type:domain", "type:data-access"] },
                        // Web features never import each other: only their data-access, ui and util libs (and the shared contract).
                        { allSourceTags: ["scope:web", "type:feature"], onlyDependOnLibsWithTags: ["type:data-access", "type:ui", "type:util", "type:domain"] },
                        ...WEB_DOMAINS.map((d) => ({ allSourceTags: ["scope:web", `domain:${d}`], onlyDependOnLibsWithTags: [`domain:${d}`, "domain:shared"] })),
                        // API domains read each other only downstream of this order (no cycles), through the owner's exports.
                        ...Object.entries(API_DOMAIN_UPSTREAM).map(([d, up]) => ({
                            allSourceTags: ["scope:api", `domain:${d}`],
                            onlyDependOnLibsWithTags: [`domain:${d}`, "domain:shared", ...up.map((u) => `domain:${u}`)]
                        }))
                    ]
                }
            ]
        }
    },
    {
        files: [
            "**/*.ts",
            "**/*.tsx",
            "**/*.cts",
            "**/*.mts",
            "**/*.js",
            "**/*.jsx",
            "**/*.cjs",
            "**/*.mjs"
        ],
        // Override or add rules here
        rules: {}
    }
];
