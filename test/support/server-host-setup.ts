// The e2e-server project's setup: every Scenario of its test files runs on the webhook server.
process.env.BOSUN_E2E_HOST = 'server'
