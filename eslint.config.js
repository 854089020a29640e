import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", ".builds/", ".react-router/", "node_modules/", "data/", "coverage/", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    // The domain is pure: no React, database or Node built-ins outside its CLIs (DESIGN.md).
    files: ["floorplans/**/*.ts"],
    ignores: ["floorplans/cli/**", "floorplans/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "react", "react-*", "konva", "drizzle-orm*", "better-sqlite3", "**/db/**", "**/app/**"] },
      ],
    },
  },
  {
    // Scripts, CLIs, seeds and benchmarks talk to the terminal.
    files: ["scripts/**", "db/**", "floorplans/cli/**", "tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-console": "off" },
  },
  {
    // Test helpers named use* (useTestDatabase, useJourney) register vitest hooks, not React hooks.
    files: ["tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
