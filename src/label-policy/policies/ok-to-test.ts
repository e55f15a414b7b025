// needs-ok-to-test on PRs by authors without write access, until a collaborator says /ok-to-test.
import { set, type PolicySpec } from '../policy.js'

export const okToTest: PolicySpec = {
  name: 'ok-to-test',
  help: '`needs-ok-to-test` on a PR opened by someone without write access, unless it already has `ok-to-test`.',
  on: { pull: ['opened', 'reopened'] },
  needs: () => ['authorIsCollaborator'],
  decide(f) {
    const trusted = f.labels.some((l) => l.toLowerCase() === 'ok-to-test')
    return f.authorIsCollaborator === false && !trusted ? { labels: [set('needs-ok-to-test', true)] } : {}
  },
}
