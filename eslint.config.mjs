import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import pluginQuery from "@tanstack/eslint-plugin-query";

// Only the server fence may talk to AWS; everything else goes through lib/server.
const awsImportRule = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["@aws-sdk/*", "@smithy/*"],
          message: "Only lib/server/ may import the AWS SDK.",
        },
      ],
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...pluginQuery.configs["flat/recommended"],
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "no-console": "error",
      ...awsImportRule,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: [
      "lib/server/**",
      "**/*.test.ts",
      "**/testing/**",
      "scripts/**",
      "bench/**",
      "e2e/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // TanStack Virtual hands back fresh functions by design; the React
    // Compiler rule can only warn about it, and the table re-renders anyway.
    files: ["components/ui/virtual-table.tsx"],
    rules: { "react-hooks/incompatible-library": "off" },
  },
  {
    files: ["scripts/**", "bench/**"],
    rules: { "no-console": "off" },
  },
]);
