// docs/config.md, generated from the config schema (src/core/config-schema.ts) and the defaults
// resolveConfig fills in, so the reference can never disagree with what the action accepts. Every
// key in the schema gets a row automatically; its meaning comes from the schema node's
// `description`, else from MEANINGS below, else the row says only its type and default.
import { configSchema } from './config-schema.js'
import { resolveConfig } from './config.js'

/** A JSON Schema node, as far as the reference reads one. */
interface Node {
  type?: string
  enum?: unknown[]
  const?: unknown
  anyOf?: Node[]
  oneOf?: Node[]
  minimum?: number
  maximum?: number
  format?: string
  pattern?: string
  items?: Node
  properties?: Record<string, Node>
  additionalProperties?: Node | boolean
  description?: string
}

// The schema is a plain object literal of such nodes.
const SCHEMA = configSchema as Node

interface Row {
  key: string
  type: string
  default?: string
  meaning: string
}

/** What a map's keys stand for, in the key column (`labels.restricted.<label>.allowed`). */
const MAP_KEYS: Record<string, string> = {
  'commands.custom': '<command>',
  permissions: '<command>',
  'labels.restricted': '<label>',
  'labels.paths': '<label>',
  'merge.milestones': '<branch>',
}

const MEANINGS: Record<string, string> = {
  'commands.disabled': 'built-in commands switched off in this repository',
  'commands.custom': 'commands of your own; the name is what follows the `/`',
  'commands.custom.<command>.permission':
    'who may run it: a level, or a list of users and `@org/team`s (default `collaborator`)',
  'commands.custom.<command>.assign': '`commenter` assigns the issue or PR to whoever ran the command',
  'commands.custom.<command>.milestone':
    'milestone to set: a title, or `latest` for the open milestone with the latest due date',
  'commands.custom.<command>.reply': 'text the bot replies with',
  'commands.custom.<command>.labels': 'labels to add (they must exist or be declared)',
  'commands.custom.<command>.close': 'close the issue or PR',
  'commands.custom.<command>.dispatch':
    'start a workflow (`workflow_dispatch`); `key=value` arguments become its inputs',
  'commands.custom.<command>.dispatch.workflow': 'workflow file name, e.g. `deploy.yml`',
  'commands.custom.<command>.dispatch.ref': 'branch or tag to run it on (default: the default branch)',
  'commands.custom.<command>.description': 'one line for `/commands`',
  permissions: 'who may run a built-in command, overriding its default',
  'lgtm.reset-on-push': 'remove `lgtm` when new commits are pushed, with one comment',
  'lgtm.review-acts-as-lgtm': 'a GitHub "Approve" review counts as `/lgtm`',
  'lgtm.keep-on-same-tree':
    'keep `lgtm` across a push that leaves the tree unchanged (a rebase without changes)',
  'approve.require-self-approval': 'the PR author does not implicitly approve the files they own',
  'reviewers.count': 'reviewers requested from OWNERS when a PR opens; 0 turns it off',
  'labels.additional': 'labels anyone may set with `/label`',
  'labels.restricted': "labels only the listed users and `@org/team`s may add; anyone else's is removed",
  'labels.paths': 'labels added for changed paths (globs)',
  'labels.definitions': 'labels the label sync creates or updates',
  'labels.definitions[].name': 'label name',
  'labels.definitions[].color': 'hex colour, with or without `#`',
  'labels.definitions[].description': 'label description',
  'labels.definitions[].previously': 'old names to rename from, so issues keep the label',
  'labels.delete-undeclared': "the label sync deletes labels that are neither declared nor bosun's",
  'size.thresholds': 'minimum changed lines for each size label (below `s` is `size/XS`)',
  'size.ignore': 'globs whose changes do not count (besides `linguist-generated` files)',
  'rules.title': 'regex every PR title must match, else `do-not-merge/invalid-title`',
  'rules.commit-message': 'regex every commit subject must match, else `do-not-merge/invalid-commit-message`',
  'rules.issue-headings': 'headings a new issue must contain, else `needs-more-info`',
  'welcome.pr': "comment on a user's first PR (`{author}` becomes the mention); `false` turns it off",
  'welcome.issue': "comment on a user's first issue; `false` turns it off",
  'merge.method': 'merge method, unless a `merge-method/<method>` label says otherwise',
  'merge.require-labels': 'labels a PR needs to merge (replaces the default list)',
  'merge.block-labels': 'label globs that keep a PR out of the pool (replaces the default list)',
  'merge.required-contexts': 'checks or statuses that must be present and green',
  'merge.ignored-contexts': 'checks or statuses that never block',
  'merge.update-branch': 'update a branch that is behind its base before merging',
  'merge.delete-branch': 'delete the head branch after merging',
  'merge.max-per-run': 'merges one run may make',
  'merge.commit-title': 'merge commit title; `{title}` and `{number}` are replaced',
  'translate.target': 'language translations are written in',
  'translate.mode': '`comment` replies with the translation; `edit` appends it to the text',
  'translate.modify-title': 'in `edit` mode, replace the title with its translation',
  'translate.model': 'chat model (the action input `model` overrides it)',
  'dashboard.enabled':
    'the sweep keeps a pinned issue up to date with the merge pool, recent merges and refusals',
  'dashboard.title': 'title of the dashboard issue',
  'release.allowed': 'users and `@org/team`s who may run `/release`; empty = nobody',
  'release.workflow':
    '`/release` dispatches this workflow (input `version`) instead of tagging, and replies with its conclusion',
  'needs-rebase':
    '`needs-rebase` label and one comment while a PR conflicts with its base; `false` turns it off',
  lifecycle:
    'inactivity automation (`lifecycle/stale`, `lifecycle/rotten`, close), off while absent; `lifecycle: {}` uses the defaults',
  'lifecycle.stale': 'no human activity for this long: `lifecycle/stale` and a comment (default `90d`)',
  'lifecycle.rotten': 'stale for this long more: `lifecycle/rotten` and a comment (default `30d`)',
  'lifecycle.close': 'rotten for this long more: closed with a comment; `false` never closes (default `30d`)',
  'lifecycle.exempt-labels': 'items with any of these labels are left alone (default `[lifecycle/frozen]`)',
  'lifecycle.on': 'what the sweep covers: `issues`, `pulls` (default both)',
  'gpt-translate.max-files': 'files one `/gt` may translate',
  'gpt-translate.max-bytes': 'bytes one `/gt` may read',
  'gpt-translate.front-matter-keys': 'front-matter keys of Markdown files that are translated',
}

const code = (text: string) => `\`${text}\``
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** A short human type for a schema node. */
export function describeType(node: Node): string {
  if (node.enum) return `one of ${node.enum.map((v: unknown) => code(String(v))).join(', ')}`
  if ('const' in node) return code(JSON.stringify(node.const))
  const alternatives = node.anyOf ?? node.oneOf
  if (alternatives) return alternatives.map(describeType).join(' or ')
  const range = (n: Node) =>
    n.minimum !== undefined && n.maximum !== undefined
      ? ` ${n.minimum}–${n.maximum}`
      : n.minimum !== undefined
        ? ` ≥ ${n.minimum}`
        : ''
  switch (node.type) {
    case 'boolean':
      return 'boolean'
    case 'integer':
    case 'number':
      return `${node.type}${range(node)}`
    case 'string':
      if (node.format === 'regex') return 'regex'
      if (node.format === 'duration') return 'duration (`12h`, `90d`, `2w`)'
      if (node.pattern) return `text matching ${code(node.pattern)}`
      return 'text'
    case 'array':
      return node.items?.type === 'object'
        ? 'list of mappings'
        : `list of ${plural(describeType(node.items ?? {}))}`
    case 'object':
      return 'mapping'
    default:
      return 'any'
  }
}

const plural = (type: string) => (type === 'text' ? 'texts' : type)

/** The default resolveConfig fills in for a key path, looked up by camel-casing each segment. */
function defaultOf(path: string[]): string | undefined {
  let value: unknown = resolveConfig({})
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[
      segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    ]
  }
  if (value === undefined) return undefined
  if (Array.isArray(value) && !value.length) return undefined
  if (typeof value === 'object' && !Array.isArray(value)) return undefined
  return code(JSON.stringify(value))
}

function rowsOf(node: Node, key: string[], display: string, out: Row[]): void {
  const meaning = node.description ?? MEANINGS[display] ?? ''
  const isMapping = node.type === 'object'
  const map =
    isMapping && typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined
  const listOfMappings = node.type === 'array' && node.items?.type === 'object'
  // A section's own row (`lgtm`: mapping) says nothing its heading does not.
  const sectionHeading = !display.includes('.') && isMapping && node.properties && !meaning
  if (display && !sectionHeading) {
    let type = describeType(node)
    if (map)
      type = `map of ${code(MAP_KEYS[display] ?? '<name>')} → ${map.type === 'object' ? 'mapping' : describeType(map)}`
    out.push({ key: display, type, default: defaultOf(key), meaning })
  }
  for (const [name, child] of Object.entries<Node>(node.properties ?? {}))
    rowsOf(child, [...key, name], display ? `${display}.${name}` : name, out)
  if (map?.type === 'object')
    rowsOf({ ...map, description: undefined }, key, `${display}.${MAP_KEYS[display] ?? '<name>'}`, out)
  if (listOfMappings) rowsOf({ ...node.items, description: undefined }, key, `${display}[]`, out)
}

/** Rows for every key, parents before children. Entries of a map or list repeat no row of their own. */
export function configRows(schema: Node = SCHEMA): Row[] {
  const rows: Row[] = []
  rowsOf(schema, [], '', rows)
  // A map's or list's element row (`x.<name>`, `x[]`) says nothing its parent does not.
  return rows.filter((r) => !/(\.<[a-z]+>|\[\])$/.test(r.key) || r.meaning)
}

export function renderConfigDoc(schema: Node = SCHEMA): string {
  const rows = configRows(schema)
  const sections = Object.keys(schema.properties ?? {})
  const table = (list: Row[]) =>
    [
      '| key | type | default | meaning |',
      '|---|---|---|---|',
      ...list.map(
        (r) =>
          `| ${code(r.key)} | ${escapeCell(r.type)} | ${r.default ? escapeCell(r.default) : ''} | ${escapeCell(r.meaning)} |`,
      ),
    ].join('\n')
  return [
    '# bosun configuration reference (`.github/bosun.yml`)',
    '',
    '<!-- Generated from src/core/config-schema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    "bosun reads this file from the repository's default branch through the API (never from a pull",
    'request), at the path of the `config-path` input. Every key is optional; a missing file means',
    'the defaults below. Unknown keys are errors: the run fails with one line per problem naming the',
    'key path and, for a misspelling, the closest valid key, and nothing is half-applied. Check a',
    "checkout before pushing with `bosun check --repo PATH` (see the README's quick start).",
    '',
    ...sections.flatMap((section) => [
      `## ${code(section)}`,
      '',
      table(
        rows.filter(
          (r) => r.key === section || r.key.startsWith(`${section}.`) || r.key.startsWith(`${section}[`),
        ),
      ),
      '',
    ]),
  ].join('\n')
}
