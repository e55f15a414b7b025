// size/*: Prow's size plugin, by changed lines, without generated (`linguist-generated`) files or
// paths in `size.ignore`.
import picomatch from 'picomatch'
import { countChangedLines, generatedMatcher, SIZE_LABELS, sizeLabel } from '../decisions.js'
import { set, type EventFacts, type PolicySpec } from '../policy.js'

/** GitHub's list-files endpoint stops at 3,000 files. */
export const MAX_LISTED_FILES = 3000

/** A new base branch changes the diff as much as a push does. */
export const diffChanged = (f: EventFacts): boolean =>
  ['opened', 'reopened', 'synchronize'].includes(f.action) || (f.action === 'edited' && f.changed.base)

function ignoredPaths(f: EventFacts): ((path: string) => boolean) | undefined {
  const generated = generatedMatcher(f.gitattributes)
  const globs = f.config.size.ignore.length ? picomatch(f.config.size.ignore, { dot: true }) : undefined
  if (!generated && !globs) return undefined
  return (path) => !!generated?.(path) || !!globs?.(path)
}

export const size: PolicySpec = {
  name: 'size',
  help: 'Labels a PR `size/XS` … `size/XXL` by its changed lines (`size.thresholds`), not counting `linguist-generated` files or `size.ignore` paths.',
  on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
  reads: ['gitattributes'],
  needs: (f) => (diffChanged(f) && ignoredPaths(f) ? ['files'] : []),
  decide(f) {
    if (!diffChanged(f)) return {}
    const ignored = ignoredPaths(f) ?? (() => false)
    const lines =
      f.files && !f.tooManyFiles
        ? countChangedLines(f.files, ignored)
        : f.totals.additions + f.totals.deletions
    const label = sizeLabel(lines, f.config.size.thresholds)
    return {
      labels: SIZE_LABELS.map((l) => set(l, l === label)),
      notices: f.tooManyFiles
        ? [
            `PR #${f.number} changes more than ${MAX_LISTED_FILES} files: size/* is from the PR's totals, generated files included.`,
          ]
        : [],
    }
  },
}
