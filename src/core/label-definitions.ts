// The labels bosun itself applies, with default colours and descriptions. Label sync creates them
// (config `labels.definitions` may override any of them) so they look deliberate, not grey.
import type { LabelDefinition } from './config.js'

const SIZES: Array<[string, string]> = [
  ['XS', '0-9 changed lines'],
  ['S', '10-29 changed lines'],
  ['M', '30-99 changed lines'],
  ['L', '100-499 changed lines'],
  ['XL', '500-999 changed lines'],
  ['XXL', '1000+ changed lines'],
]

export const BUILTIN_LABELS: LabelDefinition[] = [
  { name: 'lgtm', color: '15dd18', description: 'Looks good to a reviewer.' },
  {
    name: 'approved',
    color: '0ffa16',
    description: 'Approved by the OWNERS approvers of every changed file.',
  },
  { name: 'do-not-merge/hold', color: 'e11d21', description: 'Held: not to be merged until /hold cancel.' },
  {
    name: 'do-not-merge/work-in-progress',
    color: 'e11d21',
    description: 'Draft, or the title starts with WIP.',
  },
  {
    name: 'do-not-merge/invalid-title',
    color: 'e11d21',
    description: "The title does not follow the repository's rule.",
  },
  {
    name: 'do-not-merge/invalid-commit-message',
    color: 'e11d21',
    description: "A commit message does not follow the repository's rule.",
  },
  {
    name: 'do-not-merge/invalid-owners-file',
    color: 'e11d21',
    description: 'Changes OWNERS or OWNERS_ALIASES into something invalid.',
  },
  {
    name: 'needs-ok-to-test',
    color: 'e2e2e2',
    description: 'From a non-collaborator: needs /ok-to-test before CI.',
  },
  { name: 'ok-to-test', color: '15dd18', description: 'A collaborator said the tests may run.' },
  { name: 'needs-rebase', color: 'e11d21', description: 'Conflicts with the base branch.' },
  { name: 'needs-more-info', color: 'd93f0b', description: 'The issue template is not filled in.' },
  ...SIZES.map(([size, description], i) => ({
    name: `size/${size}`,
    color: ['009900', '77bb00', 'eebb00', 'ee9900', 'ee5500', 'ee0000'][i],
    description,
  })),
  { name: 'lifecycle/active', color: '8fc951', description: 'Actively worked on.' },
  { name: 'lifecycle/frozen', color: 'd3e2f0', description: 'Will not go stale.' },
  { name: 'lifecycle/stale', color: '795548', description: 'No activity for a while.' },
  { name: 'lifecycle/rotten', color: '604460', description: 'Stale for a long while.' },
  { name: 'help wanted', color: '006b75', description: 'Contributions welcome.' },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers.' },
]
