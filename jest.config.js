// Two projects: fast unit tests (pure logic, the emulator in-process) and end-to-end
// tests that run the committed dist/ bundles under Node 24 against the emulator.
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
  ],
}
