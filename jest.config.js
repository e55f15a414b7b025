// Two projects: fast unit tests (pure logic, the emulator in-process) and end-to-end
// tests that run the committed dist/ bundles under Node 24 against the emulator, and the same
// end-to-end files once more through the webhook server.
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
}

export default {
  // End-to-end tests spawn Node 24 processes; on a loaded 2-core machine 5 s is not enough headroom.
  // testTimeout is a global option: Jest ignores it inside a project entry.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      slowTestThreshold: 30,
    },
    // The same scenarios through the webhook server instead of the bundles (BOSUN_E2E_HOST=server,
    // set by `npm run test:e2e-server`): one codebase, two hosts. Left out, as inherently about the
    // runner or already two-host: cli (the bosun command line), release (the Action's release
    // workflow), foundation (runner env, workflow commands, exit codes), sim-* (the workflow
    // simulator), all-in-one* (the all-in-one bundle and its job cost), translation-fidelity (model
    // quality, no host in it), server* (the server's own tests, already on both hosts).
    {
      ...common,
      displayName: 'e2e-server',
      testMatch: [
        '<rootDir>/test/e2e/{auto-merge,cherrypick,command-approve,command-effects,command-permissions,commands-prow2,dashboard,gpt-translate,issue-translate,label-policy,label-policy-second-round,prow-parity,review-state,sweeps,verify-owners}.test.ts',
      ],
      setupFiles: ['<rootDir>/test/support/server-host-setup.ts'],
      slowTestThreshold: 30,
    },
  ],
}
