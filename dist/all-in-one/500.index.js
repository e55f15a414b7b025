export const id = 500;
export const ids = [500];
export const modules = {

/***/ 4500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SYNC_EVENTS: () => (/* reexport */ SYNC_EVENTS),
  entry: () => (/* binding */ entry),
  policy: () => (/* binding */ run_policy),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/approve-runs.ts
var approve_runs = __webpack_require__(9965);
// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/label-changes.ts
var label_changes = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/label-policy/apply.ts
// Turns the policies' decisions into writes: each decision sees the labels as the policies before
// it left them, and only the net difference is written. Statuses first (they gate merging), then
// labels, comments, review requests and the milestone.




/** Each policy's decision in registry order, and the labels they add up to. */
function decideAll(policies, facts) {
    const plan = new label_changes/* LabelChanges */.G(facts.labels);
    const decisions = policies.map((policy) => {
        const decision = policy.decide({ ...facts, labels: plan.labels });
        for (const change of decision.labels ?? [])
            plan.set(change.name, change.on);
        return decision;
    });
    return { plan, decisions };
}
async function applyLabels(run, number, plan) {
    const { added, removed } = plan;
    await Promise.all([
        added.length ? writes/* addLabels */.Nl(run.github, run.repo, number, added) : undefined,
        ...removed.map((l) => writes/* removeLabel */.tA(run.github, run.repo, number, l)),
    ]);
    run.report.result.labelsAdded.push(...added);
    run.report.result.labelsRemoved.push(...removed);
}
/** A bot comment for a purpose: created, updated in place, or left alone when already right. */
async function writeComment(run, facts, comment) {
    const { purpose, text } = comment;
    if (comment.how !== 'upsert') {
        await writes/* postReply */.VM(run.github, run.repo, facts.number, purpose, text);
        run.report.result.comments.push(`${purpose} ${comment.how === 'post' ? 'posted' : 'reply'}`);
        return;
    }
    const outcome = await writes/* upsertBotComment */.S0(run.github, run.repo, facts.number, purpose, text, facts.viewer);
    if (outcome !== 'unchanged')
        run.report.result.comments.push(`${purpose} ${outcome}`);
}
/**
 * Requests reviews; GitHub refuses (422) anyone without access, which means the OWNERS file names
 * someone who is not a collaborator. That is the maintainers' to fix: warn, and never fail the run.
 */
async function requestReviews(run, number, reviewers) {
    const who = reviewers.map((r) => `@${r}`).join(', ');
    try {
        await run.github.rest.pulls.requestReviewers({ ...run.repo, pull_number: number, reviewers });
        run.report.result.comments.push(`review requested from ${who}`);
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) !== 422)
            throw error;
        run.log.warning(`GitHub refused review requests for ${who} on #${number}: OWNERS reviewers must be collaborators with access to the repository.`);
    }
}
async function applyDecisions(run, facts, plan, decisions) {
    const all = (pick) => decisions.flatMap((d) => pick(d) ?? []);
    for (const notice of all((d) => d.notices))
        run.log.notice(notice);
    for (const warning of all((d) => d.warnings)) {
        run.log.warning(warning);
        run.report.sections.push(`Warning: ${warning}`);
    }
    for (const status of all((d) => d.statuses))
        await writes/* setCommitStatus */.MX(run.github, run.repo, facts.headSha, status.context, status.state, status.description);
    await applyLabels(run, facts.number, plan);
    // A PR that stays ok-to-test: the new head's runs waiting for approval are approved (Prow re-triggers).
    if (facts.action === 'synchronize' && plan.has('ok-to-test'))
        await (0,approve_runs/* approveOnPush */.V5)(run, facts.headSha);
    run.report.result.comments.push(...all((d) => d.report));
    for (const comment of all((d) => d.comments))
        await writeComment(run, facts, comment);
    const reviewers = all((d) => d.reviewers);
    if (reviewers.length)
        await requestReviews(run, facts.number, reviewers);
    const milestone = decisions.find((d) => d.milestone !== undefined)?.milestone;
    if (milestone !== undefined) {
        await run.github.rest.issues.update({ ...run.repo, issue_number: facts.number, milestone });
    }
}

// EXTERNAL MODULE: ./src/core/approval-sync.ts + 1 modules
var approval_sync = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/core/payload.ts
var core_payload = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/owners.ts
var owners = __webpack_require__(255);
// EXTERNAL MODULE: ./src/label-policy/policy.ts
var policy = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/label-policy/policies/restricted-labels.ts

/** The configured spelling of the event's label when it is restricted. */
function restrictedKey(config, label) {
    if (!label)
        return undefined;
    return Object.keys(config.labels.restricted).find((l) => l.toLowerCase() === label.toLowerCase());
}
const restricted = (f) => restrictedKey(f.config, f.label);
const restrictedLabels = {
    name: 'restricted-labels',
    help: 'A `labels.restricted` label added by someone not in its `allowed` list is removed, with a reply naming who may add it.',
    on: { pull: ['labeled'], issue: ['labeled'] },
    needs: (f) => (restricted(f) ? ['senderMayAddLabel'] : []),
    decide(f) {
        const key = restricted(f);
        if (!key || f.senderMayAddLabel !== false)
            return {};
        const allowed = f.config.labels.restricted[key].allowed; // restrictedKey returns one of these keys
        return {
            labels: [(0,policy/* set */.h)(f.label, false)],
            comments: [
                {
                    purpose: 'restricted-label',
                    text: `@${f.sender}: only ${allowed.join(', ')} may add the \`${key}\` label, so it was removed.`,
                    how: 'reply',
                },
            ],
        };
    },
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/regex.ts
var regex = __webpack_require__(576);
;// CONCATENATED MODULE: ./src/label-policy/decisions.ts
// label-policy's decisions as pure functions: given what GitHub told us, what should the labels and
// comments be. run.ts gathers the inputs and applies the differences.


// ---- size ------------------------------------------------------------------------------------
const SIZE_LABELS = ['size/XS', 'size/S', 'size/M', 'size/L', 'size/XL', 'size/XXL'];
function sizeLabel(changedLines, t) {
    if (changedLines < t.s)
        return 'size/XS';
    if (changedLines < t.m)
        return 'size/S';
    if (changedLines < t.l)
        return 'size/M';
    if (changedLines < t.xl)
        return 'size/L';
    if (changedLines < t.xxl)
        return 'size/XL';
    return 'size/XXL';
}
/**
 * Which paths `.gitattributes` marks `linguist-generated` (later lines win, `-attr` and `attr=false`
 * unset it). Patterns follow gitattributes: without a slash they match the file name at any depth.
 */
function generatedMatcher(gitattributes) {
    if (!gitattributes)
        return undefined;
    const rules = [];
    for (const raw of gitattributes.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const [pattern = '', ...attrs] = line.split(/\s+/);
        for (const attr of attrs) {
            const m = /^(-|!)?linguist-generated(?:=(\w+))?$/.exec(attr);
            if (!m)
                continue;
            const generated = !m[1] && m[2] !== 'false';
            const anchored = pattern.replace(/^\//, '');
            rules.push({ match: picomatch_default()(anchored, { dot: true, basename: !pattern.includes('/') }), generated });
        }
    }
    if (!rules.length)
        return undefined;
    return (path) => rules.reduce((generated, rule) => (rule.match(path) ? rule.generated : generated), false);
}
function countChangedLines(files, ignored) {
    return files.reduce((n, f) => (ignored(f.filename) ? n : n + f.additions + f.deletions), 0);
}
// ---- work in progress ------------------------------------------------------------------------
const WIP_LABEL = 'do-not-merge/work-in-progress';
/**
 * Prow's rule: `WIP` after at most one leading non-word character and followed by one, any case
 * (`WIP:`, `[WIP]`, `(wip)`, `<WIP>`, `WIP fix`, but not `Wipe out`); bosun also takes a leading 🚧.
 * The non-word characters may be any symbol, not only ASCII punctuation.
 */
const WIP_TITLE = /^\s*(?:🚧|[^\p{L}\p{N}_]?wip(?:[^\p{L}\p{N}_]|$))/iu;
function isWorkInProgress(title, draft) {
    return draft || WIP_TITLE.test(title);
}
// ---- title and commit rules ------------------------------------------------------------------
// The patterns come from config: RE2 (linear time), checked when the config is read.
const INVALID_TITLE = 'do-not-merge/invalid-title';
const INVALID_COMMIT = 'do-not-merge/invalid-commit-message';
function checkTitle(title, rule) {
    if (!rule || (0,regex/* linearRegex */.t$)(rule).test(title))
        return undefined;
    return { title, rule };
}
function checkCommits(commits, rule) {
    if (!rule)
        return undefined;
    const re = (0,regex/* linearRegex */.t$)(rule);
    // Merge commits (from "Update branch") are GitHub's wording, not the author's.
    const offending = commits
        .filter((c) => c.parents < 2)
        .map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0] ?? '' }))
        .filter((c) => !re.test(c.subject));
    return offending.length ? { offending, rule } : undefined;
}
const clip = (text, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text);
const code = (text) => `\`${clip(text).replace(/`/g, "'")}\``;
function renderRulesComment(report) {
    if (!report.title && !report.commits)
        return '✅ The title and commit messages now follow the rules. Thank you!';
    const lines = ['This pull request does not follow the repository’s rules yet:', ''];
    if (report.title)
        lines.push(`- The title ${code(report.title.title)} does not match ${code(report.title.rule)}. Edit the title to fix it.`);
    if (report.commits) {
        lines.push(`- ${report.commits.offending.length} commit message(s) do not match ${code(report.commits.rule)}:`);
        for (const c of report.commits.offending.slice(0, 20))
            lines.push(`  - ${c.sha.slice(0, 7)} ${code(c.subject)}`);
        if (report.commits.offending.length > 20)
            lines.push(`  - … and ${report.commits.offending.length - 20} more`);
        lines.push('  Reword them (e.g. `git rebase -i`) and force-push.');
    }
    return lines.join('\n');
}
// ---- issue template --------------------------------------------------------------------------
const NEEDS_MORE_INFO = 'needs-more-info';
function missingHeadings(body, headings) {
    const lines = new Set(body.split(/\r?\n/).map((l) => l.trim()));
    return headings.filter((h) => !lines.has(h.trim()));
}
function renderTemplateComment(missing) {
    if (!missing.length)
        return '✅ Thanks, the issue now has every section the template asks for.';
    return [
        'Thanks for the report! Please edit the issue and fill in the sections of the template it is missing:',
        '',
        ...missing.map((h) => `- ${code(h)}`),
    ].join('\n');
}
// ---- path labels -----------------------------------------------------------------------------
function pathLabels(files, paths) {
    return Object.entries(paths)
        .filter(([, globs]) => {
        const match = picomatch_default()(globs, { dot: true });
        return files.some((f) => match(f));
    })
        .map(([label]) => label);
}
// ---- reviewers (Prow's blunderbuss) -----------------------------------------------------------
/** A stable pseudo-random number in [0, 1) from a string, so each PR spreads reviews differently. */
function hash01(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0) / 2 ** 32;
}
/**
 * Up to `count` OWNERS reviewers of the changed files, never the author or anyone excluded. Each
 * candidate's weight is the number of changed lines they review, scaled by a per-PR random factor:
 * owners of most of the change are likeliest, while load spreads across PRs.
 */
function pickReviewers(files, owners, options) {
    if (options.count <= 0 || owners.isEmpty)
        return [];
    const excluded = new Set([options.author, ...options.exclude].map((l) => l.toLowerCase()));
    const weight = new Map();
    for (const f of files) {
        for (const reviewer of owners.reviewersOf(f.filename)) {
            if (excluded.has(reviewer) || reviewer.endsWith('[bot]'))
                continue;
            weight.set(reviewer, (weight.get(reviewer) ?? 0) + Math.max(1, f.additions + f.deletions));
        }
    }
    return [...weight.entries()]
        .map(([login, w]) => ({ login, score: w * (0.25 + hash01(`${options.seed}:${login}`)) }))
        .sort((a, b) => b.score - a.score || a.login.localeCompare(b.login))
        .slice(0, options.count)
        .map((c) => c.login);
}
/** Declared labels: bosun's built-ins overridden (by name) and extended by config definitions. */
function declaredLabels(builtins, definitions) {
    const byName = new Map(builtins.map((d) => [d.name.toLowerCase(), d]));
    for (const d of definitions)
        byName.set(d.name.toLowerCase(), { ...byName.get(d.name.toLowerCase()), ...d });
    return [...byName.values()];
}
/**
 * What label sync must do: create missing labels, rename (`previously`) so issues keep them, fix
 * colours and descriptions; delete undeclared labels only when asked.
 */
function planLabelSync(existing, declared, deleteUndeclared) {
    const find = (name) => existing.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const ops = [];
    const kept = new Set();
    for (const d of declared) {
        const color = d.color?.replace(/^#/, '').toLowerCase();
        const current = find(d.name) ?? (d.previously ?? []).map(find).find(Boolean);
        if (!current) {
            ops.push({ op: 'create', label: { ...d, color } });
            continue;
        }
        kept.add(current.name.toLowerCase());
        const rename = current.name !== d.name;
        const recolor = !!color && current.color.toLowerCase() !== color;
        const redescribe = d.description !== undefined && (current.description ?? '') !== d.description;
        if (rename || recolor || redescribe)
            ops.push({ op: 'update', current: current.name, label: { ...d, color } });
    }
    if (deleteUndeclared) {
        for (const e of existing)
            if (!kept.has(e.name.toLowerCase()))
                ops.push({ op: 'delete', name: e.name });
    }
    return ops;
}

;// CONCATENATED MODULE: ./src/label-policy/policies/size.ts
// size/*: Prow's size plugin, by changed lines, without generated (`linguist-generated`) files or
// paths in `size.ignore`.



/** GitHub's list-files endpoint stops at 3,000 files. */
const MAX_LISTED_FILES = 3000;
/** A new base branch changes the diff as much as a push does. */
const diffChanged = (f) => ['opened', 'reopened', 'synchronize'].includes(f.action) || (f.action === 'edited' && f.changed.base);
function ignoredPaths(f) {
    const generated = generatedMatcher(f.gitattributes);
    const globs = f.config.size.ignore.length ? picomatch_default()(f.config.size.ignore, { dot: true }) : undefined;
    if (!generated && !globs)
        return undefined;
    return (path) => !!generated?.(path) || !!globs?.(path);
}
const size = {
    name: 'size',
    help: 'Labels a PR `size/XS` … `size/XXL` by its changed lines (`size.thresholds`), not counting `linguist-generated` files or `size.ignore` paths.',
    on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
    reads: ['gitattributes'],
    needs: (f) => (diffChanged(f) && ignoredPaths(f) ? ['files'] : []),
    decide(f) {
        if (!diffChanged(f))
            return {};
        const ignored = ignoredPaths(f) ?? (() => false);
        const lines = f.files && !f.tooManyFiles
            ? countChangedLines(f.files, ignored)
            : f.totals.additions + f.totals.deletions;
        const label = sizeLabel(lines, f.config.size.thresholds);
        return {
            labels: SIZE_LABELS.map((l) => (0,policy/* set */.h)(l, l === label)),
            notices: f.tooManyFiles
                ? [
                    `PR #${f.number} changes more than ${MAX_LISTED_FILES} files: size/* is from the PR's totals, generated files included.`,
                ]
                : [],
        };
    },
};

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/owners-validate.ts
// verify-owners' decision: whether the OWNERS and OWNERS_ALIASES files a PR changes are files bosun
// can use. Pure: the caller reads the files at the PR's head (never checking out its code), asks which
// logins have access, and gets back every problem with its file and line. Checks: the YAML parses; only
// keys Prow's format knows, with the types bosun reads (lists of strings, booleans for options); filter
// patterns compile under RE2; every name is an alias of the OWNERS_ALIASES in effect or a user with
// access to the repository; aliases are non-empty and do not nest; the root OWNERS names approvers.
// Input is bounded: files, file sizes and the number of people checked have caps.




const OWNERS_FILE = 'OWNERS';
const ALIASES_FILE = 'OWNERS_ALIASES';
/** A PR changing more OWNERS files than this is refused rather than checked in part. */
const MAX_OWNERS_FILES = 100;
const MAX_OWNERS_BYTES = 64 * 1024;
/** People checked for access: five batched requests at most. */
const MAX_OWNERS_PEOPLE = 500;
/** Keys of an OWNERS file in Prow's format. bosun acts on approvers, reviewers, labels, options, filters. */
const PEOPLE_KEYS = [
    'approvers',
    'reviewers',
    'required_reviewers',
    'emeritus_approvers',
    'emeritus_reviewers',
];
const ENTRY_KEYS = [...PEOPLE_KEYS, 'labels'];
const TOP_KEYS = [...ENTRY_KEYS, 'options', 'filters'];
const OPTION_KEYS = ['no_parent_owners', 'auto_approve_unowned_subfolders'];
/** Emeritus people have left: they are not expected to have access. */
const CHECKED_FOR_ACCESS = new Set(['approvers', 'reviewers', 'required_reviewers']);
/** GitHub's rule for user names: alphanumerics and single inner hyphens, at most 39 characters. */
const LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;
const LABEL_MAX = 50;
const baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
const isOwnersPath = (path) => baseName(path) === OWNERS_FILE || baseName(path) === ALIASES_FILE;
/** A value shown in a comment: one line, short, inside a code span (so it can never mention anyone). */
const shown = (text, max = 60) => {
    const line = text.replace(/\s+/g, ' ').trim();
    return `\`${(line.length > max ? `${line.slice(0, max - 1)}…` : line).replace(/`/g, "'")}\``;
};
class FileReader {
    file;
    problems = [];
    names = [];
    lines = new dist/* LineCounter */.HN();
    doc;
    constructor(file, text) {
        this.file = file;
        if (text === null) {
            this.problem('not a text file');
            return;
        }
        const bytes = typeof text === 'string' ? Buffer.byteLength(text) : text.byteSize;
        if (bytes > MAX_OWNERS_BYTES) {
            this.problem(`too large (${Math.ceil(bytes / 1024)} KiB): bosun reads OWNERS files up to 64 KiB`);
            return;
        }
        if (typeof text !== 'string')
            return;
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
        if (doc.errors.length) {
            for (const e of doc.errors.slice(0, 5))
                this.problem(`not valid YAML: ${e.message.split('\n')[0]}`, this.lineAt(e.pos[0]));
            return;
        }
        this.doc = doc;
    }
    lineAt(offset) {
        return offset === undefined ? undefined : this.lines.linePos(offset).line;
    }
    lineOf(node) {
        return this.lineAt(node?.range?.[0]);
    }
    problem(message, line) {
        this.problems.push({ file: this.file, ...(line ? { line } : {}), message });
    }
    /** A YAML alias (`*anchor`) stands for the node it names. */
    deref(node) {
        return this.doc && (0,dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
    }
    /** The pairs of a mapping, or a problem when the value is something else. `null` is an empty map. */
    entries(node, what) {
        const value = this.deref(node);
        if (value === null || value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null))
            return [];
        if (!(0,dist/* isMap */.jh)(value)) {
            this.problem(`${what} must be a mapping`, this.lineOf(value));
            return [];
        }
        const result = [];
        for (const pair of value.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string') {
                this.problem(`${what} has a key that is not a string`, this.lineOf(pair.key));
                continue;
            }
            result.push({ key, keyNode: pair.key, value: pair.value });
        }
        return result;
    }
    /** Keys outside `known` are problems, with the nearest known key as a hint. */
    knownKeys(pairs, known, where) {
        for (const { key, keyNode } of pairs) {
            if (known.includes(key))
                continue;
            const typed = key.toLowerCase();
            const hint = (0,mod/* closest */.kp)(typed, known);
            const near = (0,mod/* distance */.Io)(typed, hint) <= 2 || (typed.length >= 4 && hint.startsWith(typed.slice(0, -1)));
            const suggestion = near ? ` (did you mean \`${hint}\`?)` : '';
            this.problem(`unknown key ${shown(key)}${where}${suggestion}`, this.lineOf(keyNode));
        }
    }
    /** A list of strings; each item is returned with its line. */
    strings(node, what) {
        const value = this.deref(node);
        if (value === null || value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null))
            return [];
        if (!(0,dist/* isSeq */.oP)(value)) {
            this.problem(`${what} must be a list`, this.lineOf(value));
            return [];
        }
        const result = [];
        for (const raw of value.items) {
            const item = this.deref(raw);
            const line = this.lineOf(item);
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string') {
                const hint = (0,dist/* isScalar */.jn)(item) && item.value !== null ? ': quote it' : '';
                this.problem(`${what} must list strings; found ${describe(item)}${hint}`, line);
                continue;
            }
            if (!item.value.trim())
                this.problem(`${what} has an empty entry`, line);
            else
                result.push({ name: item.value, line });
        }
        return result;
    }
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'an empty entry' : shown(node.toString()); // Scalar.toString() is String(value)
    return 'something else';
}
/** approvers, reviewers, labels… of the file itself or of one filter. */
function checkEntry(reader, pairs, where) {
    let approvers = false;
    for (const { key, value } of pairs) {
        if (!ENTRY_KEYS.includes(key))
            continue;
        const list = reader.strings(value, `\`${key}\`${where}`);
        if (key === 'labels') {
            for (const label of list)
                if (label.name.length > LABEL_MAX)
                    reader.problem(`label ${shown(label.name)} is longer than GitHub's ${LABEL_MAX} characters`, label.line);
            continue;
        }
        if (key === 'approvers' && list.length)
            approvers = true;
        if (CHECKED_FOR_ACCESS.has(key))
            reader.names.push(...list);
    }
    return approvers;
}
function checkOwnersFile(path, text) {
    const reader = new FileReader(path, text);
    if (!reader.doc)
        return reader;
    const top = reader.entries(reader.doc.contents, 'the file');
    reader.knownKeys(top, TOP_KEYS, '');
    let approvers = checkEntry(reader, top, '');
    for (const { key, value } of top) {
        if (key === 'options') {
            const options = reader.entries(value, '`options`');
            reader.knownKeys(options, OPTION_KEYS, ' in `options`');
            for (const option of options) {
                const v = reader.deref(option.value);
                if (OPTION_KEYS.includes(option.key) && !((0,dist/* isScalar */.jn)(v) && typeof v.value === 'boolean'))
                    reader.problem(`\`options.${option.key}\` must be true or false`, reader.lineOf(option.keyNode));
            }
        }
        if (key === 'filters') {
            for (const filter of reader.entries(value, '`filters`')) {
                const where = ` in filter ${shown(filter.key)}`;
                const problem = (0,regex/* regexProblem */.Hs)(filter.key);
                if (problem)
                    reader.problem(`filter ${shown(filter.key)} is not an RE2 regular expression: ${problem}`, reader.lineOf(filter.keyNode));
                const entry = reader.entries(filter.value, `filter ${shown(filter.key)}`);
                reader.knownKeys(entry, ENTRY_KEYS, where);
                if (checkEntry(reader, entry, where))
                    approvers = true;
            }
        }
    }
    const structured = (0,dist/* isMap */.jh)(reader.deref(reader.doc.contents)) || !reader.doc.contents;
    if (path === OWNERS_FILE && structured && !approvers)
        reader.problem('the root OWNERS file names no approvers, so nothing in the repository could be approved');
    return reader;
}
function checkAliasesFile(path, text) {
    const reader = new FileReader(path, text);
    if (!reader.doc)
        return { problems: reader.problems, names: [] };
    const top = reader.entries(reader.doc.contents, 'the file');
    reader.knownKeys(top, ['aliases'], '');
    const aliases = new Map();
    for (const { key, value } of top) {
        if (key !== 'aliases')
            continue;
        for (const alias of reader.entries(value, '`aliases`')) {
            const name = (0,owners/* normLogin */.MX)(alias.key);
            const line = reader.lineOf(alias.keyNode);
            if (aliases.has(name))
                reader.problem(`alias ${shown(alias.key)} is defined twice`, line);
            const members = reader.strings(alias.value, `alias ${shown(alias.key)}`);
            if (!members.length)
                reader.problem(`alias ${shown(alias.key)} has no members`, line);
            aliases.set(name, members);
        }
    }
    const people = [];
    for (const [alias, members] of aliases)
        for (const member of members)
            if (!aliases.has((0,owners/* normLogin */.MX)(member.name)))
                people.push(member);
            else
                reader.problem(`alias ${shown(alias)} lists the alias ${shown(member.name)}: aliases do not nest, list its people`, member.line);
    return { problems: reader.problems, names: people, aliases };
}
/** The OWNERS_ALIASES that applies: the PR's when it changes it (its problems are the PR's), else the base's. */
function aliasesInEffect(input) {
    const fromPr = input.files.has(ALIASES_FILE);
    if (fromPr)
        return { ...checkAliasesFile(ALIASES_FILE, input.files.get(ALIASES_FILE)), fromPr };
    if (input.baseAliases !== undefined)
        return { ...checkAliasesFile(ALIASES_FILE, input.baseAliases), fromPr };
    return { problems: [], names: [], aliases: new Map(), fromPr };
}
/** A name that is not an alias: a problem when no user can have it, else someone to ask about. */
function nameProblem(file, mention) {
    const name = (0,owners/* normLogin */.MX)(mention.name);
    if (LOGIN.test(name))
        return undefined;
    const what = file === ALIASES_FILE
        ? 'is not a valid GitHub user name'
        : name.includes('/')
            ? 'looks like a team: OWNERS lists people or aliases from OWNERS_ALIASES, not teams'
            : 'is neither an alias in OWNERS_ALIASES nor a valid GitHub user name';
    return { file, line: mention.line, message: `${shown(mention.name)} ${what}` };
}
function parse(input) {
    const paths = [...input.files.keys()].sort();
    if (paths.length > MAX_OWNERS_FILES) {
        const message = `this PR changes ${paths.length} OWNERS/OWNERS_ALIASES files; bosun checks at most ${MAX_OWNERS_FILES} in one PR, so split it`;
        // More paths than the limit: there is a first one.
        return { problems: [{ file: paths[0], message }], people: [], hasAliases: false };
    }
    const inEffect = aliasesInEffect(input);
    const { aliases } = inEffect;
    const problems = inEffect.fromPr ? [...inEffect.problems] : [];
    const named = inEffect.fromPr
        ? inEffect.names.map((mention) => ({ file: ALIASES_FILE, mention }))
        : [];
    for (const path of paths) {
        if (baseName(path) === ALIASES_FILE) {
            if (path !== ALIASES_FILE)
                problems.push({
                    file: path,
                    message: 'OWNERS_ALIASES is read only at the root of the repository; this file has no effect',
                });
            continue;
        }
        const check = checkOwnersFile(path, input.files.get(path));
        problems.push(...check.problems);
        // Names cannot be told from aliases while the aliases file in effect does not parse.
        if (!aliases)
            continue;
        for (const mention of check.names)
            if (!aliases.has((0,owners/* normLogin */.MX)(mention.name)))
                named.push({ file: path, mention });
    }
    const people = [];
    for (const entry of named) {
        const problem = nameProblem(entry.file, entry.mention);
        if (problem)
            problems.push(problem);
        else
            people.push(entry);
    }
    return { problems, people, hasAliases: !!aliases?.size };
}
/** The lower-cased logins whose access decides the verdict (capped at MAX_OWNERS_PEOPLE). */
function ownersLogins(input) {
    const logins = [...new Set(parse(input).people.map(({ mention }) => (0,owners/* normLogin */.MX)(mention.name)))];
    return logins.slice(0, MAX_OWNERS_PEOPLE);
}
/** Every problem with the changed files, in file and line order; [] when they are valid. */
function validateOwners(input) {
    const { problems, people, hasAliases } = parse(input);
    const logins = [...new Set(people.map(({ mention }) => (0,owners/* normLogin */.MX)(mention.name)))];
    if (logins.length > MAX_OWNERS_PEOPLE)
        problems.push({
            // More logins than the limit, each from one of `people`: there is a first one.
            file: people[0].file,
            message: `the changed files name ${logins.length} people; bosun checks at most ${MAX_OWNERS_PEOPLE} in one PR, so split it`,
        });
    else if (input.access) {
        const reported = new Set();
        for (const { file, mention } of people) {
            const login = (0,owners/* normLogin */.MX)(mention.name);
            const key = `${file}\n${login}`;
            if (input.access.has(login) || reported.has(key))
                continue;
            reported.add(key);
            const message = file === ALIASES_FILE || !hasAliases
                ? `${shown(mention.name)} has no access to this repository (OWNERS may name only collaborators)`
                : `${shown(mention.name)} is neither an alias in OWNERS_ALIASES nor a user with access to this repository`;
            problems.push({ file, ...(mention.line ? { line: mention.line } : {}), message });
        }
    }
    return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
const INVALID_OWNERS_LABEL = 'do-not-merge/invalid-owners-file';
/** The one comment: every problem with file and line, or that the files are valid now. */
function renderOwnersComment(problems) {
    if (!problems.length)
        return `✅ The OWNERS files this PR changes are valid now, so \`${INVALID_OWNERS_LABEL}\` was removed.`;
    const shownProblems = problems.slice(0, 50);
    const lines = [
        `The OWNERS files this PR changes cannot be used as they are, so it has \`${INVALID_OWNERS_LABEL}\` until they are fixed:`,
        '',
        ...shownProblems.map((p) => `- ${shown(p.file, 200)}${p.line ? ` line ${p.line}` : ''}: ${p.message}`),
    ];
    if (problems.length > shownProblems.length)
        lines.push(`- … and ${problems.length - shownProblems.length} more`);
    lines.push('', 'Push a fix and this comment will be updated.');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/label-policy/owners-check.ts

/** The changed files riding in the preflight's pull request: enough to see whether OWNERS changed. */
const CHANGED_PATHS_FIELD = 'files(first: 100) { totalCount nodes { path changeType } }';
/** The preflight's changed paths, when they are all of them. */
function changedPathsOf(live) {
    const files = live?.files;
    if (!files || files.totalCount > files.nodes.length)
        return undefined;
    return files.nodes.map((n) => ({ path: n.path, removed: n.changeType === 'DELETED' }));
}
/** The changes to check: from the full file list when it was read, else from the preflight's. */
function ownersChangesOf(files, changedPaths) {
    return files ? files.map((f) => ({ path: f.filename, removed: f.status === 'removed' })) : changedPaths;
}
/** The OWNERS/OWNERS_ALIASES files among a PR's changes, in any directory. */
const ownersChanges = (changes) => changes.filter((c) => isOwnersPath(c.path));
/**
 * The changed files' new versions at `headSha` (a fork's head commit is readable in the base
 * repository too), and the base branch's OWNERS_ALIASES unless the PR changes it.
 */
async function readAtHead(run, headSha, baseRef, changes) {
    const kept = changes.filter((c) => !c.removed);
    const paths = kept.slice(0, MAX_OWNERS_FILES).map((c) => c.path);
    const aliasesTouched = changes.some((c) => c.path === ALIASES_FILE);
    const expressions = {};
    paths.forEach((path, i) => (expressions[`f${i}`] = `${headSha}:${path}`));
    if (!aliasesTouched)
        expressions.base = `${baseRef || 'HEAD'}:${ALIASES_FILE}`;
    const names = Object.keys(expressions);
    const query = `query($owner: String!, $name: String!, ${names.map((n) => `$${n}: String!`).join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${names.map((n) => `${n}: object(expression: $${n}) { ... on Blob { text isBinary isTruncated byteSize } }`).join('\n    ')}
  }
}`;
    const res = await run.github.graphql(query, {
        owner: run.repo.owner,
        name: run.repo.repo,
        ...expressions,
    });
    const files = new Map();
    paths.forEach((path, i) => {
        const blob = res.repository[`f${i}`];
        // Gone at the head (a later push removed it since the event): nothing to check.
        if (!blob)
            return;
        const byteSize = Number(blob.byteSize ?? 0);
        if (blob.isTruncated || byteSize > MAX_OWNERS_BYTES)
            files.set(path, { byteSize });
        else
            files.set(path, blob.isBinary || typeof blob.text !== 'string' ? null : blob.text);
    });
    // More files than are checked: the validator refuses the PR by the count alone.
    for (const c of kept.slice(MAX_OWNERS_FILES))
        files.set(c.path, null);
    const base = res.repository.base?.text;
    return { files, ...(typeof base === 'string' ? { baseAliases: base } : {}) };
}
/**
 * Every problem with the OWNERS files a PR changes ([] when they are valid), or undefined when it
 * changes none (and then nothing was read).
 */
async function checkOwnersChanges(run, pr, changes) {
    const touched = ownersChanges(changes);
    if (!touched.some((c) => !c.removed))
        return undefined;
    const input = await readAtHead(run, pr.headSha, pr.baseRef, touched);
    if (!input.files.size)
        return undefined;
    const logins = ownersLogins(input);
    const access = logins.length ? await run.permissions.withAccess(logins) : new Set();
    return validateOwners({ ...input, access });
}

;// CONCATENATED MODULE: ./src/label-policy/facts.ts
// Reads what the policies of one event need, in as few requests as today's hand-written run made:
// the small reads ride in the single preflight request, the rest go out together, and only OWNERS
// (which needs the changed paths) and the approval recount (which needs OWNERS) wait for others.








const labelNames = (item) => (item.labels ?? []).map((l) => (typeof l === 'string' ? l : String(l.name)));
const readsOf = (policies) => new Set(policies.flatMap((p) => p.reads ?? []));
/** The preflight of a PR event: config, the live labels, and the small reads the policies declared. */
function pullPreflight(run, reads) {
    const pr = (0,core_payload/* carried */.L)(run.ctx.payload.pull_request, 'pull_request');
    const author = String(pr.user?.login ?? '');
    return {
        ...(reads.has('gitattributes')
            ? { files: { gitattributes: `${pr.base?.ref ?? 'HEAD'}:.gitattributes` } }
            : {}),
        ...(reads.has('authorCount')
            ? { counts: { author: `repo:${run.repo.owner}/${run.repo.repo} is:pr author:${author}` } }
            : {}),
        // The labels as they are now, not as the (possibly re-delivered) payload saw them; on a push,
        // the review history too.
        repositoryFields: `live: pullRequest(number: ${Math.trunc(Number(pr.number))}) { labels(first: 100) { nodes { name } }
      ${reads.has('reviewRequests') ? 'reviewRequests(first: 1) { totalCount }' : ''}
      ${reads.has('changedPaths') ? CHANGED_PATHS_FIELD : ''}
      ${reads.has('reviewHistory') ? (0,approval_sync/* reviewFactsFields */.fh)() : ''} }`,
    };
}
function issuePreflight(run, reads) {
    const author = String((0,core_payload/* carried */.L)(run.ctx.payload.issue, 'issue').user?.login ?? '');
    return reads.has('authorCount')
        ? { counts: { author: `repo:${run.repo.owner}/${run.repo.repo} is:issue author:${author}` } }
        : {};
}
const liveOf = (pre) => pre.repository.live;
/** What the event and the preflight say, before any policy's own reads. */
function eventFacts(run, kind, pre) {
    const { payload } = run.ctx;
    // The PR's fields read as absent on an issue.
    const item = kind === 'pull' ? (0,core_payload/* carried */.L)(payload.pull_request, 'pull_request') : (0,core_payload/* carried */.L)(payload.issue, 'issue');
    const live = liveOf(pre)?.labels?.nodes;
    return {
        kind,
        action: String(payload.action),
        createdAt: String(item.created_at ?? ''),
        config: pre.config,
        repoName: run.repo.repo,
        number: Number(item.number),
        author: String(item.user?.login ?? ''),
        authorIsBot: (0,loop_guard/* isBotAccount */.RS)(item.user),
        sender: run.ctx.sender?.login ?? '',
        viewer: pre.viewer,
        title: String(item.title ?? ''),
        body: String(item.body ?? ''),
        draft: !!item.draft,
        labels: live ? live.map((l) => l.name) : labelNames(item),
        label: payload.label?.name === undefined ? undefined : String(payload.label.name),
        changed: {
            title: !!payload.changes?.title,
            base: !!payload.changes?.base,
            body: !!payload.changes?.body,
        },
        headSha: String(item.head?.sha ?? ''),
        before: payload.before ? String(payload.before) : undefined,
        after: payload.after ? String(payload.after) : undefined,
        baseRef: String(item.base?.ref ?? ''),
        merged: item.merged === true,
        milestone: item.milestone?.title === undefined ? undefined : String(item.milestone.title),
        totals: {
            additions: Number(item.additions ?? 0),
            deletions: Number(item.deletions ?? 0),
            changedFiles: Number(item.changed_files ?? 0),
        },
        // Teams are requested in requested_teams; this list holds users.
        requestedReviewers: (item.requested_reviewers ?? []).flatMap((r) => ('login' in r ? [r.login] : [])),
        reviewRequestCount: Number(liveOf(pre)?.reviewRequests?.totalCount ?? 0),
        gitattributes: pre.files.gitattributes,
        authorCount: pre.counts.author,
        changedPaths: changedPathsOf(liveOf(pre) ?? undefined),
    };
}
/** Every read the policies asked for, with what each one needs first. */
function needsOf(policies, event) {
    const needs = new Set(policies.flatMap((p) => p.needs?.(event) ?? []));
    if (needs.has('approval'))
        for (const n of ['files', 'owners', 'reviewFacts'])
            needs.add(n);
    if (needs.has('owners'))
        needs.add('files');
    return needs;
}
const when = (wanted, read) => wanted ? read() : Promise.resolve(undefined);
/** The independent reads, together. */
async function readIndependent(run, event, pre, needs) {
    const pull = { ...run.repo, pull_number: event.number, per_page: 100 };
    const tooMany = event.totals.changedFiles > MAX_LISTED_FILES;
    const key = restrictedKey(event.config, event.label);
    return Promise.all([
        when(needs.has('files') && !tooMany, () => run.github.paginate(run.github.rest.pulls.listFiles, pull)),
        when(needs.has('commits'), () => run.github.paginate(run.github.rest.pulls.listCommits, pull)),
        when(needs.has('authorIsCollaborator'), () => run.permissions.isCollaborator(event.author)),
        when(needs.has('reviewFacts'), () => 
        // The approval policy's reviewHistory read put reviewFactsFields() in `live`.
        (0,approval_sync/* readReviewFacts */.SQ)(run.github, run.repo, event.number, event.viewer, liveOf(pre))),
        when(needs.has('lgtmKept'), () => (0,approval_sync/* lgtmKeptOnSameTree */.Yl)(run.github, run.repo, event.before, event.after, event.viewer)),
        when(needs.has('senderMayAddLabel') && !!key, () => 
        // restrictedKey returns one of labels.restricted's own keys.
        (0,labels/* isAllowedFor */.EE)(run.github, event.sender, event.config.labels.restricted[key].allowed)),
        when(needs.has('milestones'), () => run.github.paginate(run.github.rest.issues.listMilestones, {
            ...run.repo,
            state: 'all',
            per_page: 100,
        })),
    ]);
}
/** OWNERS covering the changed paths, from the base branch, limited to people with access. */
const readOwners = (run, event, paths) => (0,owners/* loadOwners */.Ju)(run.github, run.repo, { pullNumber: event.number }, paths.length ? paths : ['OWNERS'], (logins) => run.permissions.withAccess(logins));
/** The approval recount; it records `bosun/approve` on the head itself, as /approve does. */
const recountApproval = (run, event, paths, owners, facts) => (0,approval_sync/* syncApproval */.n9)({
    github: run.github,
    repo: run.repo,
    number: event.number,
    author: event.author,
    viewer: event.viewer,
    files: paths,
    owners,
    requireSelfApproval: event.config.approve.requireSelfApproval,
    permissions: run.permissions,
    facts,
    postNotification: false,
    // An `opened` handled late or again counts only what held when the PR was opened (see `asOf`).
    ...(event.action === 'opened' ? { asOf: event.createdAt } : {}),
});
async function readFacts(run, event, pre, policies) {
    const needs = needsOf(policies, event);
    const [files, commits, authorIsCollaborator, review, lgtmKept, senderMayAddLabel, milestones] = await readIndependent(run, event, pre, needs);
    const reviewFacts = review ?? { headSha: event.headSha, statuses: [], history: [] };
    const paths = files?.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
    const ownersChanges = needs.has('ownersCheck') ? ownersChangesOf(files, event.changedPaths) : undefined;
    const [owners, ownersProblems] = await Promise.all([
        when(!!paths && needs.has('owners'), () => readOwners(run, event, paths)),
        when(!!ownersChanges, () => checkOwnersChanges(run, event, ownersChanges).then((p) => p ?? [])),
    ]);
    const approval = needs.has('approval') && paths && owners
        ? await recountApproval(run, event, paths, owners, reviewFacts)
        : undefined;
    return {
        ...event,
        files: files?.map((f) => ({ filename: f.filename, additions: f.additions, deletions: f.deletions })),
        paths,
        tooManyFiles: event.totals.changedFiles > MAX_LISTED_FILES,
        commits: commits?.map((c) => ({
            sha: c.sha,
            message: c.commit.message,
            parents: c.parents?.length ?? 1,
        })),
        owners,
        authorIsCollaborator,
        reviewFacts,
        approval,
        lgtmKept,
        senderMayAddLabel,
        milestones: milestones?.map((m) => ({ number: m.number, title: m.title, state: m.state })),
        ownersProblems,
    };
}

// EXTERNAL MODULE: ./src/label-policy/lifecycle.ts + 1 modules
var lifecycle = __webpack_require__(7281);
;// CONCATENATED MODULE: ./src/core/label-definitions.ts
const SIZES = [
    ['XS', '0-9 changed lines'],
    ['S', '10-29 changed lines'],
    ['M', '30-99 changed lines'],
    ['L', '100-499 changed lines'],
    ['XL', '500-999 changed lines'],
    ['XXL', '1000+ changed lines'],
];
const BUILTIN_LABELS = [
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
];

;// CONCATENATED MODULE: ./src/label-policy/label-sync.ts
// Label sync: keeps the repository's labels in line with bosun's built-ins and labels.definitions,
// on a push that changes the config, hourly as a backstop, and by hand. planLabelSync decides.



const SYNC_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);
/** Why a push needs no sync (not the default branch, config untouched), or undefined. */
function pushSkipReason(run) {
    const { payload } = run.ctx;
    const defaultRef = `refs/heads/${payload.repository?.default_branch ?? 'main'}`;
    if (payload.ref !== defaultRef)
        return `push to ${payload.ref}, not the default branch`;
    const path = run.ctx.inputs.configPath;
    const touched = (payload.commits ?? []).some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(path));
    return touched ? undefined : `push did not change ${path}`;
}
const labelFields = (label) => ({
    ...(label.label.color ? { color: label.label.color } : {}),
    ...(label.label.description !== undefined ? { description: label.label.description } : {}),
});
/** Performs one operation; returns what it did, for the report. */
async function perform(run, op) {
    if (op.op === 'create') {
        await run.github.rest.issues.createLabel({ ...run.repo, name: op.label.name, ...labelFields(op) });
        return `created \`${op.label.name}\``;
    }
    if (op.op === 'update') {
        const renamed = op.current !== op.label.name;
        await run.github.rest.issues.updateLabel({
            ...run.repo,
            name: op.current,
            ...(renamed ? { new_name: op.label.name } : {}),
            ...labelFields(op),
        });
        return renamed ? `renamed \`${op.current}\` to \`${op.label.name}\`` : `updated \`${op.label.name}\``;
    }
    await run.github.rest.issues.deleteLabel({ ...run.repo, name: op.name });
    return `deleted \`${op.name}\``;
}
async function labelSync(run) {
    if (run.ctx.eventName === 'push') {
        const reason = pushSkipReason(run);
        if (reason)
            return run.report.skip(reason);
    }
    const { config, viewer } = await run.preflight();
    const existing = await run.github.paginate(run.github.rest.issues.listLabelsForRepo, {
        ...run.repo,
        per_page: 100,
    });
    const ops = planLabelSync(existing.map((l) => ({ name: l.name, color: l.color, description: l.description })), declaredLabels(BUILTIN_LABELS, config.labels.definitions), config.labels.deleteUndeclared);
    // One at a time: bulk writes follow GitHub's pace (the client spaces them).
    const done = [];
    for (const op of ops)
        done.push(await perform(run, op));
    run.report.sections.push(done.length
        ? `Label sync:\n\n${done.map((d) => `- ${d}`).join('\n')}`
        : 'Label sync: every label is as declared.');
    // Lifecycle automation rides on the scheduled (and hand-started) sync, never on a config push.
    if (run.ctx.eventName !== 'push' && config.lifecycle)
        run.report.sections.push(await (0,lifecycle/* lifecycleSweep */.Hx)(run, config, viewer));
}

;// CONCATENATED MODULE: ./src/label-policy/policies/approval.ts
// approved while the approvals in the PR's history cover the head's files: recounted on every push,
// and on open for the files the author owns (unless approve.require-self-approval).

const recountsApproval = (f) => f.action === 'synchronize' || (f.action === 'opened' && !f.config.approve.requireSelfApproval);
const approval = {
    name: 'approval',
    help: '`approved` follows the head: recounted from `/approve`s on every push, and on open for the files the author approves in OWNERS; `bosun/approve` records it on the head.',
    on: { pull: ['opened', 'synchronize'] },
    reads: ['reviewHistory'],
    needs: (f) => (recountsApproval(f) ? ['approval'] : []),
    decide(f) {
        if (!f.approval)
            return {};
        // On open only the author's own approval counts and it only ever adds: a re-delivered
        // `opened` must not pull a later /approve ahead of a /hold, nor undo a later /approve cancel.
        const opened = f.action === 'opened';
        return {
            labels: opened && !f.approval.state.approved ? [] : [(0,policy/* set */.h)('approved', f.approval.state.approved)],
            report: f.approval.notification === 'updated' ? ['approval notification updated'] : [],
        };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/issue-template.ts
// rules.issue-headings: needs-more-info and one comment while an issue lacks a heading of the
// template, both cleared (the comment saying thanks) once it has them all.


const issueTemplate = {
    name: 'issue-template',
    help: '`needs-more-info` and one comment while an issue lacks a heading listed in `rules.issue-headings`; both cleared when it has them all.',
    on: { issue: ['opened', 'edited'] },
    decide(f) {
        const headings = f.config.rules.issueHeadings;
        if (!headings.length)
            return {};
        const missing = missingHeadings(f.body, headings);
        const hadLabel = f.labels.some((l) => l.toLowerCase() === NEEDS_MORE_INFO);
        const labels = [(0,policy/* set */.h)(NEEDS_MORE_INFO, missing.length > 0)];
        if (!missing.length && !hadLabel)
            return { labels };
        const how = f.action === 'opened' ? 'post' : 'upsert';
        return { labels, comments: [{ purpose: 'issue-template', text: renderTemplateComment(missing), how }] };
    },
};

// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/label-policy/policies/lgtm-reset.ts
// lgtm is for the commits that were reviewed: a push takes it away, with one comment, and records
// that on the new head so a /lgtm written before the push cannot land on it. With
// `lgtm.keep-on-same-tree` a push that leaves the tree as reviewed keeps it (Prow's store_tree_hash).


const LGTM_RESET_TEXT = 'New commits were pushed after `lgtm`, so it was removed: a reviewer needs to look again and `/lgtm`.';
const pushedOverLgtm = (f) => f.config.lgtm.resetOnPush && f.labels.some((l) => l.toLowerCase() === 'lgtm');
const mayKeep = (f) => pushedOverLgtm(f) && f.config.lgtm.keepOnSameTree && !!f.before && !!f.after;
function keep(f) {
    const kept = f.lgtmKept;
    const now = (0,review_state/* trustedStatus */.c)(f.reviewFacts.statuses, review_state/* LGTM_CONTEXT */.Rj, f.viewer);
    if (now?.state === 'success' && now.description.includes('kept: same tree'))
        return {};
    const by = /^LGTM by ([^ .]+)/.exec(kept.description)?.[1];
    const description = `LGTM${by ? ` by ${by}` : ''} kept: same tree as ${String(f.before).slice(0, 7)}.`;
    return { statuses: [{ context: review_state/* LGTM_CONTEXT */.Rj, state: 'success', description }] };
}
const lgtmReset = {
    name: 'lgtm-reset',
    help: 'A push removes `lgtm` (`lgtm.reset-on-push`) with one comment and sets `bosun/lgtm` pending on the new head; with `lgtm.keep-on-same-tree` a push that leaves the tree unchanged keeps it.',
    on: { pull: ['synchronize'] },
    needs: (f) => (mayKeep(f) ? ['lgtmKept', 'reviewFacts'] : []),
    decide(f) {
        if (!pushedOverLgtm(f))
            return {};
        if (mayKeep(f) && f.lgtmKept)
            return keep(f);
        return {
            labels: [(0,policy/* set */.h)('lgtm', false)],
            statuses: [
                {
                    context: review_state/* LGTM_CONTEXT */.Rj,
                    state: 'pending',
                    description: 'New commits since lgtm: needs a new review.',
                },
            ],
            comments: [{ purpose: 'lgtm-reset', text: LGTM_RESET_TEXT, how: 'upsert' }],
        };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/milestone-applier.ts
/** The configured title for the PR's base branch (own keys only: a branch may be called `constructor`). */
const wantedTitle = (f) => f.merged && Object.hasOwn(f.config.merge.milestones, f.baseRef)
    ? f.config.merge.milestones[f.baseRef]
    : undefined;
const milestoneApplier = {
    name: 'milestone-applier',
    help: 'Sets the `merge.milestones` milestone of the base branch on a PR when it is merged (an open milestone of that title first); a missing milestone is a warning.',
    on: { pull: ['closed'] },
    needs: (f) => (wantedTitle(f) && f.milestone !== wantedTitle(f) ? ['milestones'] : []),
    decide(f) {
        const title = wantedTitle(f);
        if (!title || f.milestone === title || !f.milestones)
            return {};
        const named = f.milestones.filter((m) => m.title === title);
        const milestone = named.find((m) => m.state === 'open') ?? named[0];
        if (!milestone)
            return {
                warnings: [
                    `merge.milestones: no milestone titled "${title}" in this repository, so #${f.number} (merged into ${f.baseRef}) has none. Create it, or fix the title.`,
                ],
            };
        return { milestone: milestone.number, report: [`milestone ${title} set`] };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/ok-to-test.ts
// needs-ok-to-test on PRs by authors without write access, until a collaborator says /ok-to-test.

const okToTest = {
    name: 'ok-to-test',
    help: '`needs-ok-to-test` on a PR opened by someone without write access, unless it already has `ok-to-test`.',
    on: { pull: ['opened', 'reopened'] },
    needs: () => ['authorIsCollaborator'],
    decide(f) {
        const trusted = f.labels.some((l) => l.toLowerCase() === 'ok-to-test');
        return f.authorIsCollaborator === false && !trusted ? { labels: [(0,policy/* set */.h)('needs-ok-to-test', true)] } : {};
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/owners-label.ts
// OWNERS `labels:`: the labels of the OWNERS files covering the changed files are added, as Prow's
// owners-label plugin does. Only added: a push that no longer touches a directory leaves its label,
// since a maintainer may have set it by hand too and Prow never removes one either.


const ownersLabel = {
    name: 'owners-label',
    help: 'Adds the `labels:` of the OWNERS files (and their matching `filters`) covering the changed files; never removes one.',
    on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
    needs: (f) => (diffChanged(f) ? ['files', 'owners'] : []),
    decide(f) {
        if (!diffChanged(f) || !f.owners || !f.paths)
            return {};
        const labels = new Set(f.paths.flatMap((path) => f.owners.labelsOf(path)));
        return { labels: [...labels].map((l) => (0,policy/* set */.h)(l, true)) };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/path-labels.ts
// labels.paths: labels for changed paths. Only added: a maintainer's manual label is never taken away.



const configured = (paths) => Object.keys(paths).length > 0;
const path_labels_pathLabels = {
    name: 'path-labels',
    help: 'Adds the `labels.paths` labels whose globs match a changed file; never removes one.',
    on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
    needs: (f) => (diffChanged(f) && configured(f.config.labels.paths) ? ['files'] : []),
    decide(f) {
        if (!diffChanged(f) || !f.paths)
            return {};
        return { labels: pathLabels(f.paths, f.config.labels.paths).map((l) => (0,policy/* set */.h)(l, true)) };
    },
};

// EXTERNAL MODULE: ./src/label-policy/policies/require-matching-label.ts
var require_matching_label = __webpack_require__(9026);
;// CONCATENATED MODULE: ./src/label-policy/policies/reviewers.ts
// Prow's blunderbuss: OWNERS reviewers of the changed files requested when a PR opens ready for
// review, unless someone was requested already.

const wanted = (f) => f.config.reviewers.count > 0 && ((f.action === 'opened' && !f.draft) || f.action === 'ready_for_review');
const reviewers = {
    name: 'reviewers',
    help: 'Requests `reviewers.count` OWNERS reviewers of the changed files when a PR opens (or leaves draft) with nobody requested, weighted by the lines each reviews.',
    on: { pull: ['opened', 'ready_for_review'] },
    reads: ['reviewRequests'],
    needs: (f) => (wanted(f) ? ['files', 'owners'] : []),
    decide(f) {
        if (!wanted(f) || !f.owners || !f.files)
            return {};
        if (f.requestedReviewers.length || f.reviewRequestCount)
            return {};
        const picked = pickReviewers(f.files, f.owners, {
            author: f.author,
            exclude: [f.viewer],
            count: f.config.reviewers.count,
            seed: `${f.repoName}#${f.number}`,
        });
        return picked.length ? { reviewers: picked } : {};
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/title-commit-rules.ts
// rules.title and rules.commit-message: a label per broken rule and one comment saying what to fix,
// updated to say so once everything is fixed. Both rules are checked on every event that can change
// either verdict, so the comment is always whole.


const commitRule = (f) => !!f.config.rules.commitMessage;
const titleCommitRules = {
    name: 'title-commit-rules',
    help: '`do-not-merge/invalid-title` and `do-not-merge/invalid-commit-message` while the title or a commit subject misses `rules.title` / `rules.commit-message`, with one comment listing what to fix.',
    on: { pull: ['opened', 'reopened', 'edited', 'synchronize'] },
    needs: (f) => (commitRule(f) ? ['commits'] : []),
    decide(f) {
        const rules = {
            title: checkTitle(f.title, f.config.rules.title),
            commits: f.commits ? checkCommits(f.commits, f.config.rules.commitMessage) : undefined,
        };
        const labels = [];
        if (f.config.rules.title)
            labels.push((0,policy/* set */.h)(INVALID_TITLE, !!rules.title));
        if (commitRule(f))
            labels.push((0,policy/* set */.h)(INVALID_COMMIT, !!rules.commits));
        const hadRuleLabel = f.labels.some((l) => [INVALID_TITLE, INVALID_COMMIT].includes(l.toLowerCase()));
        const broken = !!(rules.title || rules.commits);
        if (!broken && !hadRuleLabel)
            return { labels };
        const how = f.action === 'opened' ? 'post' : 'upsert';
        return { labels, comments: [{ purpose: 'rules', text: renderRulesComment(rules), how }] };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/verify-owners.ts
// verify-owners (Prow's plugin of that name): a PR that changes OWNERS or OWNERS_ALIASES files into
// something bosun cannot use gets `do-not-merge/invalid-owners-file` and one comment naming each
// problem with file and line; a push that fixes them takes the label away and the comment says so.
// The files are read at the PR's head through the API (owners-check.ts), never checked out.


const verifyOwners = {
    name: 'verify-owners',
    help: '`do-not-merge/invalid-owners-file` while the OWNERS or OWNERS_ALIASES files a PR changes (read at its head) are not valid: YAML, known keys, RE2 filters, aliases that resolve, people with access; one comment names each problem with file and line.',
    on: { pull: ['opened', 'reopened', 'synchronize'] },
    reads: ['changedPaths'],
    // The preflight's paths tell whether OWNERS changed; past 100 files the full list is needed.
    needs: (f) => (f.changedPaths ? ['ownersCheck'] : ['files', 'ownersCheck']),
    decide(f) {
        // Not checked: the PR lists more files than GitHub returns.
        if (!f.ownersProblems)
            return {};
        const invalid = f.ownersProblems.length > 0;
        const labels = [(0,policy/* set */.h)(INVALID_OWNERS_LABEL, invalid)];
        const hadLabel = f.labels.some((l) => l.toLowerCase() === INVALID_OWNERS_LABEL);
        if (!invalid && !hadLabel)
            return { labels };
        // Looked up even on open: a re-delivered `opened` must find the comment it already wrote.
        const text = renderOwnersComment(f.ownersProblems);
        return { labels, comments: [{ purpose: 'invalid-owners', text, how: 'upsert' }] };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/welcome.ts
const welcome = {
    name: 'welcome',
    help: 'Welcomes an author on their first PR (`welcome.pr`) or first issue (`welcome.issue`) in the repository; `{author}` mentions them.',
    on: { pull: ['opened'], issue: ['opened'] },
    reads: ['authorCount'],
    decide(f) {
        const text = f.kind === 'pull' ? f.config.welcome.pr : f.config.welcome.issue;
        if (text === false || (f.authorCount ?? 0) > 1 || f.authorIsBot)
            return {};
        return {
            comments: [{ purpose: 'welcome', text: text.replace(/\{author\}/g, `@${f.author}`), how: 'upsert' }],
        };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/policies/work-in-progress.ts
// do-not-merge/work-in-progress while the PR is a draft or its title says WIP (Prow's wip plugin).


const workInProgress = {
    name: 'work-in-progress',
    help: '`do-not-merge/work-in-progress` while the PR is a draft or its title starts with `WIP` (`[WIP]`, `WIP:`, `(wip)`, 🚧).',
    on: { pull: ['opened', 'reopened', 'edited', 'ready_for_review', 'converted_to_draft'] },
    decide(f) {
        const draft = f.action === 'converted_to_draft' ? true : f.draft;
        return { labels: [(0,policy/* set */.h)(WIP_LABEL, isWorkInProgress(f.title, draft))] };
    },
};

;// CONCATENATED MODULE: ./src/label-policy/registry.ts
// The one list of label-policy's policies, in the order they decide: a later policy sees the labels
// as the earlier ones left them, and labels are written in this order. docs/policies.md is generated
// from it.















const POLICIES = [
    restrictedLabels,
    size,
    workInProgress,
    lgtmReset,
    okToTest,
    approval,
    path_labels_pathLabels,
    titleCommitRules,
    verifyOwners,
    reviewers,
    issueTemplate,
    welcome,
    // Added in the second round: they see the labels every policy above left.
    ownersLabel,
    require_matching_label/* requireMatchingLabel */.Z1,
    milestoneApplier,
];
const policiesFor = (kind, action) => POLICIES.filter((p) => p.on[kind]?.includes(action));
const KIND_NAMES = { pull: 'pull_request_target', issue: 'issues' };
/** docs/policies.md: what each policy does and on which events. */
function renderPoliciesDoc(policies = POLICIES) {
    const on = (p) => Object.entries(p.on)
        .map(([kind, actions]) => `\`${KIND_NAMES[kind]}\` ${actions.join(', ')}`)
        .join('; ');
    return [
        '# label-policy policies',
        '',
        '<!-- Generated from src/label-policy/registry.ts by `npm run docs`; do not edit by hand. -->',
        '',
        'Each policy decides from what the event and GitHub say; label-policy reads what the policies of',
        'an event need in as few requests as it can and writes only the difference. Policies run in this',
        'order. Label sync (creating and updating the declared labels) runs on `push` to the config,',
        '`schedule` and `workflow_dispatch`.',
        '',
        '| policy | events | what it does |',
        '|---|---|---|',
        ...policies.map((p) => `| \`${p.name}\` | ${on(p)} | ${p.help} |`),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/label-policy/run.ts
// label-policy: keeps a PR's or issue's labels true to its state and the repository's label set in
// line with the config. The policies are modules (policies/, listed in registry.ts) that decide
// purely; this file routes the event, has their facts read (facts.ts) and their decisions written
// (apply.ts). It never checks out or runs PR code.






const PR_EVENTS = new Set(['pull_request_target', 'pull_request']);
/** Why the event needs no policy run, decided from the payload alone; undefined when it does. */
function unhandled(run, kind, policies) {
    const action = String(run.ctx.payload.action);
    if (!policies.length)
        return `${kind === 'pull' ? 'pull_request' : 'issues'} ${action} is not one label-policy handles`;
    if (kind === 'issue' && run.ctx.payload.issue?.pull_request)
        return 'a pull request: handled on pull_request_target';
    if (kind === 'pull' && action === 'closed' && !run.ctx.payload.pull_request?.merged)
        return 'closed without merging';
    return undefined;
}
/** An edit that changes nothing a policy reads. */
function editIrrelevant(run, kind) {
    const { payload } = run.ctx;
    if (payload.action !== 'edited')
        return undefined;
    if (kind === 'issue')
        return payload.changes?.body ? undefined : 'edit did not change the body';
    // A new base branch changes the diff (size, paths), a new title the WIP and title verdicts.
    return payload.changes?.title || payload.changes?.base
        ? undefined
        : 'edit changed neither the title nor the base branch';
}
/** Events bosun's own writes cause (labels, edits) are never acted on when a bot sent them. */
const BOT_IGNORED = new Set(['labeled', 'unlabeled', 'edited']);
/** Actions handled even when the bot itself caused them: nothing the policies write causes them. */
const SELF_HANDLED = new Set(['synchronize', 'closed']);
async function policies(run, kind) {
    const action = String(run.ctx.payload.action);
    const applicable = policiesFor(kind, action);
    const reason = unhandled(run, kind, applicable);
    if (reason)
        return run.report.skip(reason);
    if (BOT_IGNORED.has(action) && run.skipBotSender())
        return;
    const irrelevant = editIrrelevant(run, kind);
    if (irrelevant)
        return run.report.skip(irrelevant);
    const reads = readsOf(applicable);
    const pre = await run.preflight(kind === 'pull' ? pullPreflight(run, reads) : issuePreflight(run, reads));
    // A push is a push and a merge a merge, whoever made it (a /gt commit by bosun needs a new
    // review too; a PR the merge pool merged gets its milestone).
    if (!SELF_HANDLED.has(action) && (await run.sentBySelf()))
        return run.report.skip('event sent by the bot itself');
    const facts = await readFacts(run, eventFacts(run, kind, pre), pre, applicable);
    const { plan, decisions } = decideAll(applicable, facts);
    await applyDecisions(run, facts, plan, decisions);
}
/** A human's update of an issue or PR also takes lifecycle/stale and lifecycle/rotten off it. */
const LIFECYCLE_ACTIVITY_EVENTS = ['issues', 'pull_request_target', 'pull_request'];
async function run_policy(run) {
    const { eventName, payload } = run.ctx;
    if (SYNC_EVENTS.has(eventName))
        return labelSync(run);
    if (PR_EVENTS.has(eventName) && payload.pull_request)
        await policies(run, 'pull');
    else if (eventName === 'issues' && payload.issue)
        await policies(run, 'issue');
    else
        return run.report.skip(`label-policy does not handle ${eventName}`);
    await (0,lifecycle/* lifecycleActivity */.ky)(run, LIFECYCLE_ACTIVITY_EVENTS);
}

const entry = { name: 'label-policy', body: run_policy, bulk: (e) => SYNC_EVENTS.has(e) };
const run = () => (0,action/* runEntry */.CN)(entry);


/***/ })

};
