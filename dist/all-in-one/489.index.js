export const id = 489;
export const ids = [489];
export const modules = {

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ approvalsFromHistory),
/* harmony export */   Vh: () => (/* binding */ renderApprovalComment),
/* harmony export */   zt: () => (/* binding */ evaluateApproval)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(485);
// Prow's approve semantics as a pure function: given the changed files, OWNERS and who has approved,
// decide whether every file is covered and what is still missing. The commands and label-policy call
// this; the GitHub calls that gather its inputs live with them.

function evaluateApproval(input) {
    const author = input.author.toLowerCase();
    const effective = new Set(input.approvers);
    if (!input.requireSelfApproval)
        effective.add(author);
    if (input.owners.isEmpty) {
        const approved = input.collaboratorApproved === true;
        return {
            approved,
            approvedBy: [...input.approvers],
            missing: approved ? new Map() : new Map([['(collaborator)', input.files]]),
            suggestions: new Map(),
        };
    }
    const missing = new Map();
    const suggestions = new Map();
    const counted = new Set();
    for (const file of input.files) {
        const approvers = input.owners.approversOf(file);
        const by = [...effective].filter((a) => approvers.has(a));
        by.forEach((a) => counted.add(a));
        if (by.length)
            continue;
        const ownersFile = input.owners.ownersFileOf(file) ?? '(no approvers listed)';
        missing.set(ownersFile, [...(missing.get(ownersFile) ?? []), file]);
        if (!suggestions.has(ownersFile)) {
            suggestions.set(ownersFile, [...approvers]
                .filter((a) => a !== author)
                .sort()
                .slice(0, 3));
        }
    }
    return {
        approved: missing.size === 0 && input.files.length > 0,
        approvedBy: [...counted],
        missing,
        suggestions,
    };
}
/**
 * Standing approvals from a PR's comment history, oldest first: `/approve` adds the commenter,
 * `/approve cancel` and `/remove-approve` withdraw them. Bot comments never count.
 */
function approvalsFromHistory(comments) {
    const approvers = new Set();
    for (const comment of comments) {
        if (comment.isBot)
            continue;
        for (const command of (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommands */ .Gr)(comment.body)) {
            const login = comment.login.toLowerCase();
            if (command.name === 'remove-approve' ||
                (command.name === 'approve' && /^cancel\b/i.test(command.args))) {
                approvers.delete(login);
            }
            else if (command.name === 'approve' && (command.args === '' || /^no-issue$/i.test(command.args))) {
                approvers.add(login);
            }
        }
    }
    return approvers;
}
function renderApprovalComment(state, options) {
    const lines = [`**${state.approved ? 'APPROVED' : 'NOT APPROVED'}**`, ''];
    lines.push(state.approvedBy.length
        ? `This pull request has been approved by: ${state.approvedBy.map((a) => `@${a}`).join(', ')}.`
        : 'Nobody has approved this pull request yet.');
    if (options.noOwners) {
        if (!state.approved)
            lines.push('', 'This repository has no OWNERS files: an `/approve` from any collaborator approves every file.');
    }
    else if (state.missing.size) {
        lines.push('', 'Still needs an approver from:', '');
        for (const [ownersFile, files] of state.missing) {
            const shown = files
                .slice(0, 5)
                .map((f) => `\`${f}\``)
                .join(', ');
            const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
            const who = state.suggestions.get(ownersFile) ?? [];
            lines.push(`- **${ownersFile}** (${shown}${more})${who.length ? ` — suggested: ${who.map((a) => `\`/assign @${a}\``).join(' ')}` : ''}`);
        }
    }
    lines.push('', 'Approvers can approve with `/approve` and withdraw with `/approve cancel`.');
    return lines.join('\n');
}


/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ parseCommands),
/* harmony export */   nY: () => (/* binding */ userArgs),
/* harmony export */   oq: () => (/* binding */ MAX_COMMANDS_PER_COMMENT),
/* harmony export */   sG: () => (/* binding */ splitArgs)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
// Finds slash commands in a comment body by DESIGN.md's rules: `/name args` at the start of a line
// (leading spaces allowed), case-insensitive, several per comment, in order; nothing inside code
// (fenced or indented), block quotes or HTML comments counts. Markdown structure comes from a real
// parser (mdast) so that quoted replies and pasted logs never trigger anything.

/** At most this many commands in one comment are run; the rest are reported as skipped. */
const MAX_COMMANDS_PER_COMMENT = 20;
const COMMAND_LINE = /^[ \t]{0,3}\/([a-z][a-z0-9_-]*)(?:[ \t]+(.*?))?[ \t]*$/i;
const ANY_COMMAND_LINE = /^[ \t]{0,3}\/[a-z]/im;
const NOT_COMMAND_CONTAINERS = new Set(['code', 'blockquote', 'html']);
function excludedLines(body, lines) {
    const excluded = new Set();
    const visit = (node) => {
        if (NOT_COMMAND_CONTAINERS.has(node.type) && node.position) {
            for (let l = node.position.start.line; l <= node.position.end.line; l++) {
                // A line after a quote that does not itself start with `>` is Markdown's "lazy continuation":
                // people write `> question` then `/assign` on the next line and mean the command.
                if (node.type === 'blockquote' && !/^[ \t]{0,3}>/.test(lines[l - 1] ?? ''))
                    continue;
                excluded.add(l);
            }
            return;
        }
        node.children?.forEach(visit);
    };
    visit((0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body));
    return excluded;
}
function parseCommands(body) {
    // Most comments have no command: answer them without parsing Markdown at all.
    if (!body || !ANY_COMMAND_LINE.test(body))
        return [];
    const lines = body.split(/\r\n|\r|\n/);
    const excluded = excludedLines(body, lines);
    const commands = [];
    lines.forEach((text, index) => {
        const line = index + 1;
        if (excluded.has(line))
            return;
        const match = COMMAND_LINE.exec(text);
        if (!match)
            return;
        commands.push({ name: match[1].toLowerCase(), args: (match[2] ?? '').trim(), raw: text.trim(), line });
    });
    return commands;
}
/** Splits command arguments on whitespace, dropping a leading `@` from user names when asked. */
function splitArgs(args) {
    return args.split(/\s+/).filter(Boolean);
}
function userArgs(args) {
    return splitArgs(args).map((a) => a.replace(/^@/, ''));
}


/***/ }),

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ LabelChanges)
/* harmony export */ });
// The labels an issue or PR should end up with, kept against what it has now, case-insensitively.
// Policies and commands change this freely; only the net difference is written, so a label added and
// removed again in one run costs nothing.
class LabelChanges {
    now;
    original;
    constructor(labels) {
        this.original = new Map(labels.map((l) => [l.toLowerCase(), l]));
        this.now = new Map(this.original);
    }
    has(name) {
        return this.now.has(name.toLowerCase());
    }
    /** Adds a label; returns whether that changed anything. */
    add(name) {
        const key = name.toLowerCase();
        if (this.now.has(key))
            return false;
        this.now.set(key, name);
        return true;
    }
    /** Removes a label; returns whether that changed anything. */
    remove(name) {
        return this.now.delete(name.toLowerCase());
    }
    set(name, on) {
        if (on)
            this.add(name);
        else
            this.remove(name);
    }
    get labels() {
        return [...this.now.values()];
    }
    /** Labels to add, as they will be spelled. */
    get added() {
        return [...this.now.entries()].filter(([k]) => !this.original.has(k)).map(([, v]) => v);
    }
    /** Labels to remove, as the issue spells them now. */
    get removed() {
        return [...this.original.entries()].filter(([k]) => !this.now.has(k)).map(([, v]) => v);
    }
}


/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ LabelCatalog),
/* harmony export */   EE: () => (/* binding */ isAllowedFor),
/* harmony export */   l6: () => (/* binding */ PROTECTED_LABELS)
/* harmony export */ });
/* unused harmony export configuredLabels */
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5108);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7359);


/** Labels bosun itself manages; users cannot set them with /label. */
const PROTECTED_LABELS = ['lgtm', 'approved'];
function configuredLabels(config) {
    return [
        ...config.labels.additional,
        ...config.labels.definitions.map((d) => d.name),
        ...Object.keys(config.labels.restricted),
        ...Object.keys(config.labels.paths),
    ];
}
class LabelCatalog {
    github;
    repo;
    config;
    exists = new Map();
    all;
    constructor(github, repo, config, 
    /** Answers already known (from the preflight request), lower-cased name → spelling or undefined. */
    known = new Map()) {
        this.github = github;
        this.repo = repo;
        this.config = config;
        for (const [name, spelling] of known)
            this.exists.set(name, Promise.resolve(spelling));
    }
    /** The label's canonical spelling if it exists in the repository or the config, else undefined. */
    find(name) {
        const key = name.toLowerCase();
        const configured = configuredLabels(this.config).find((l) => l.toLowerCase() === key);
        if (configured)
            return Promise.resolve(configured);
        let pending = this.exists.get(key);
        if (!pending) {
            pending = this.github.rest.issues
                .getLabel({ ...this.repo, name })
                .then((res) => res.data.name)
                .catch((error) => {
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
                    return undefined;
                throw error;
            });
            this.exists.set(key, pending);
        }
        return pending;
    }
    /** Every label with a prefix (`kind/`), for "valid values are …" replies. */
    async withPrefix(prefix) {
        this.all ??= this.github
            .paginate(this.github.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 })
            .then((labels) => labels.map((l) => l.name));
        const names = new Set([...(await this.all), ...configuredLabels(this.config)]);
        return [...names].filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase())).sort();
    }
}
/** Whether `login` is among `allowed`: logins, or `@org/team` checked through the team-membership API. */
async function isAllowedFor(github, login, allowed) {
    for (const entry of allowed) {
        const team = /^@([^/]+)\/(.+)$/.exec(entry);
        if (!team) {
            if ((0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(entry.replace(/^@/, ''), login))
                return true;
            continue;
        }
        try {
            const { data } = await github.rest.teams.getMembershipForUserInOrg({
                org: team[1],
                team_slug: team[2],
                username: login,
            });
            if (data.state === 'active')
                return true;
        }
        catch (error) {
            if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) !== 404)
                throw error;
        }
    }
    return false;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ loadOwners)
/* harmony export */ });
/* unused harmony exports OwnersError, parseAliases, parseOwners, ancestorDirs, OwnersTree */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// OWNERS and OWNERS_ALIASES in Prow's format, resolved per changed file.
// A user is a reviewer (approver) of a file when listed as reviewer or approver (approver) in the
// OWNERS file of the file's directory or of any parent, up to the first `no_parent_owners`.
// `filters` regexes are matched against the file's path relative to the OWNERS file's directory.

class OwnersError extends Error {
}
const lowerList = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string').map((v) => v.trim().toLowerCase()) : [];
function expand(list, aliases) {
    return [...new Set(list.flatMap((name) => aliases.get(name) ?? [name]))];
}
function parseAliases(text) {
    const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    const aliases = new Map();
    for (const [name, members] of Object.entries(raw.aliases ?? {}))
        aliases.set(name.toLowerCase(), lowerList(members));
    return aliases;
}
function parseOwners(text, dir, aliases = new Map()) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    }
    catch (error) {
        throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS is not valid YAML: ${error.message}`);
    }
    const entry = (r) => ({
        approvers: expand(lowerList(r?.approvers), aliases),
        reviewers: expand(lowerList(r?.reviewers), aliases),
        labels: Array.isArray(r?.labels) ? r.labels.map(String) : [],
    });
    const filters = [];
    for (const [pattern, value] of Object.entries(raw.filters ?? {})) {
        try {
            filters.push({ pattern: new RegExp(pattern), ...entry(value) });
        }
        catch {
            throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS has an invalid filter regex: ${pattern}`);
        }
    }
    return { dir, noParentOwners: raw.options?.no_parent_owners === true, filters, ...entry(raw) };
}
/** Directories from a file's own up to the root: 'a/b/c.go' → ['a/b', 'a', '']. */
function ancestorDirs(path) {
    const parts = path.split('/').slice(0, -1);
    const dirs = [];
    for (let i = parts.length; i >= 0; i--)
        dirs.push(parts.slice(0, i).join('/'));
    return dirs;
}
class OwnersTree {
    files;
    constructor(files) {
        this.files = files;
    }
    /** Without any OWNERS file, reviewer and approver both mean collaborator (DESIGN.md). */
    get isEmpty() {
        return this.files.size === 0;
    }
    /** OWNERS entries that apply to a path, nearest first, stopping after `no_parent_owners`. */
    entriesFor(path) {
        const result = [];
        for (const dir of ancestorDirs(path)) {
            const file = this.files.get(dir);
            if (!file)
                continue;
            const relative = dir ? path.slice(dir.length + 1) : path;
            result.push({ file, entry: file });
            for (const filter of file.filters)
                if (filter.pattern.test(relative))
                    result.push({ file, entry: filter });
            if (file.noParentOwners)
                break;
        }
        return result;
    }
    approversOf(path) {
        return new Set(this.entriesFor(path).flatMap(({ entry }) => entry.approvers));
    }
    /** Approvers count as reviewers. */
    reviewersOf(path) {
        return new Set(this.entriesFor(path).flatMap(({ entry }) => [...entry.reviewers, ...entry.approvers]));
    }
    labelsOf(path) {
        return [...new Set(this.entriesFor(path).flatMap(({ entry }) => entry.labels))];
    }
    /** The nearest OWNERS file naming approvers for a path: the one whose approval the file waits on. */
    ownersFileOf(path) {
        const hit = this.entriesFor(path).find(({ entry }) => entry.approvers.length > 0);
        return hit ? (hit.file.dir ? `${hit.file.dir}/OWNERS` : 'OWNERS') : undefined;
    }
    isApproverOf(login, path) {
        return this.approversOf(path).has(login.toLowerCase());
    }
    isReviewerOf(login, path) {
        return this.reviewersOf(path).has(login.toLowerCase());
    }
}
/**
 * Reads every OWNERS file that can apply to the given paths, plus OWNERS_ALIASES, in one GraphQL
 * request: one aliased field per candidate directory. For a PR the files are read from the tip of
 * its base branch without first asking which branch that is.
 */
async function loadOwners(github, repo, source, paths) {
    const dirs = [...new Set(paths.flatMap(ancestorDirs))].sort();
    const ownersPath = (dir) => `${dir ? dir + '/' : ''}OWNERS`;
    let data;
    if ('ref' in source) {
        const field = (alias, path) => `${alias}: object(expression: ${JSON.stringify(`${source.ref}:${path}`)}) { ... on Blob { text } }`;
        const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${[field('aliases', 'OWNERS_ALIASES'), ...dirs.map((d, i) => field(`o${i}`, ownersPath(d)))].join('\n    ')}
  }
}`;
        const res = await github.graphql(query, {
            owner: repo.owner,
            name: repo.repo,
        });
        data = res.repository;
    }
    else {
        const field = (alias, path) => `${alias}: file(path: ${JSON.stringify(path)}) { object { ... on Blob { text } } }`;
        const query = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      baseRef {
        target {
          ... on Commit {
            ${[field('aliases', 'OWNERS_ALIASES'), ...dirs.map((d, i) => field(`o${i}`, ownersPath(d)))].join('\n            ')}
          }
        }
      }
    }
  }
}`;
        const res = await github.graphql(query, { owner: repo.owner, name: repo.repo, number: source.pullNumber });
        const target = res.repository.pullRequest?.baseRef?.target ?? {};
        data = Object.fromEntries(Object.entries(target).map(([k, v]) => [k, v?.object ?? null]));
    }
    const aliasesText = data.aliases?.text;
    const aliases = aliasesText ? parseAliases(aliasesText) : new Map();
    const files = new Map();
    dirs.forEach((dir, i) => {
        const text = data[`o${i}`]?.text;
        if (typeof text === 'string')
            files.set(dir, parseOwners(text, dir, aliases));
    });
    return new OwnersTree(files);
}


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policy: () => (/* binding */ policy),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/approval.ts
var approval = __webpack_require__(4140);
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

// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/label-changes.ts
var label_changes = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/owners.ts
var core_owners = __webpack_require__(255);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
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
        const [pattern, ...attrs] = line.split(/\s+/);
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
function isWorkInProgress(title, draft) {
    return draft || /^\s*(\[WIP\]|WIP\b|🚧)/i.test(title);
}
// ---- title and commit rules ------------------------------------------------------------------
const INVALID_TITLE = 'do-not-merge/invalid-title';
const INVALID_COMMIT = 'do-not-merge/invalid-commit-message';
function checkTitle(title, rule) {
    if (!rule || new RegExp(rule).test(title))
        return undefined;
    return { title, rule };
}
function checkCommits(commits, rule) {
    if (!rule)
        return undefined;
    const re = new RegExp(rule);
    // Merge commits (from "Update branch") are GitHub's wording, not the author's.
    const offending = commits
        .filter((c) => c.parents < 2)
        .map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0] }))
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

;// CONCATENATED MODULE: ./src/label-policy/run.ts
// label-policy: keeps a PR's or issue's labels true to its state (size, WIP, lgtm after a push,
// approval by OWNERS, ok-to-test gate, title/commit rules, path labels, restricted labels, issue
// template) and keeps the repository's label set in line with the config. Every policy decides in
// decisions.ts; this file gathers what they need in as few requests as possible and writes only
// differences. It never checks out or runs PR code.











const SYNC_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);
const PR_EVENTS = new Set(['pull_request_target', 'pull_request']);
/** GitHub's list-files endpoint stops at 3,000 files. */
const MAX_LISTED_FILES = 3000;
async function applyLabels(run, number, plan) {
    const { added, removed } = plan;
    await Promise.all([
        added.length ? writes/* addLabels */.Nl(run.github, run.repo, number, added) : undefined,
        ...removed.map((l) => writes/* removeLabel */.tA(run.github, run.repo, number, l)),
    ]);
    run.report.result.labelsAdded.push(...added);
    run.report.result.labelsRemoved.push(...removed);
}
const labelNames = (item) => (item.labels ?? []).map((l) => (typeof l === 'string' ? l : String(l.name)));
/** A bot comment for a purpose: created, updated in place, or left alone when already right. */
async function syncComment(run, number, purpose, text, mayExist) {
    if (!mayExist) {
        await writes/* postReply */.VM(run.github, run.repo, number, purpose, text);
        run.report.result.comments.push(`${purpose} posted`);
        return;
    }
    const outcome = await writes/* upsertBotComment */.S0(run.github, run.repo, number, purpose, text);
    if (outcome !== 'unchanged')
        run.report.result.comments.push(`${purpose} ${outcome}`);
}
/** Restricted labels: one added by someone not allowed is taken off again, with a reply saying who may. */
async function enforceRestrictedLabel(run, config, number, payload) {
    const name = String(payload.label?.name ?? '');
    const key = Object.keys(config.labels.restricted).find((l) => l.toLowerCase() === name.toLowerCase());
    const sender = run.ctx.sender?.login ?? '';
    if (!key)
        return;
    const allowed = config.labels.restricted[key].allowed;
    if (await (0,labels/* isAllowedFor */.EE)(run.github, sender, allowed))
        return;
    await writes/* removeLabel */.tA(run.github, run.repo, number, name);
    run.report.result.labelsRemoved.push(name);
    await writes/* postReply */.VM(run.github, run.repo, number, 'restricted-label', `@${sender}: only ${allowed.join(', ')} may add the \`${key}\` label, so it was removed.`);
    run.report.result.comments.push('restricted-label reply');
}
async function pullRequestPolicies(run) {
    const { payload } = run.ctx;
    const action = String(payload.action);
    const pr = payload.pull_request;
    const number = pr.number;
    const author = String(pr.user?.login ?? '');
    const is = (...actions) => actions.includes(action);
    if (!is('opened', 'reopened', 'edited', 'synchronize', 'ready_for_review', 'converted_to_draft', 'labeled')) {
        return run.report.skip(`pull_request ${action} is not one label-policy handles`);
    }
    // Events bosun's own writes cause (labels, edits) are never acted on when a bot sent them.
    if (is('labeled', 'edited') && run.skipBotSender())
        return;
    if (is('edited') && !payload.changes?.title)
        return run.report.skip('edit did not change the title');
    const opened = is('opened');
    const pre = await run.preflight({
        files: { gitattributes: `${pr.base?.ref ?? 'HEAD'}:.gitattributes` },
        ...(opened
            ? { counts: { authorPrs: `repo:${run.repo.owner}/${run.repo.repo} is:pr author:${author}` } }
            : {}),
    });
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    const config = pre.config;
    if (is('labeled'))
        return enforceRestrictedLabel(run, config, number, payload);
    const original = labelNames(pr);
    const plan = new label_changes/* LabelChanges */.G(original);
    const generated = generatedMatcher(pre.files.gitattributes);
    const ignoreGlobs = config.size.ignore.length ? picomatch_default()(config.size.ignore, { dot: true }) : undefined;
    const ignored = (path) => !!generated?.(path) || !!ignoreGlobs?.(path);
    const sized = is('opened', 'reopened', 'synchronize');
    const pathsConfigured = Object.keys(config.labels.paths).length > 0;
    const approvalOnOpen = opened && !config.approve.requireSelfApproval;
    const wantReviewers = (opened && !pr.draft) || is('ready_for_review');
    const needFiles = (sized && (generated !== undefined || ignoreGlobs !== undefined || pathsConfigured)) ||
        approvalOnOpen ||
        (wantReviewers && config.reviewers.count > 0);
    const tooMany = Number(pr.changed_files ?? 0) > MAX_LISTED_FILES;
    // Both rules are checked on every event that can change either verdict, so the comment is always whole.
    const rulesApply = is('opened', 'reopened', 'edited', 'synchronize');
    const commitRule = !!config.rules.commitMessage && rulesApply;
    // Independent reads go out together.
    const [files, commits, authorIsCollaborator] = await Promise.all([
        needFiles && !tooMany
            ? run.github.paginate(run.github.rest.pulls.listFiles, {
                ...run.repo,
                pull_number: number,
                per_page: 100,
            })
            : Promise.resolve(undefined),
        commitRule
            ? run.github.paginate(run.github.rest.pulls.listCommits, {
                ...run.repo,
                pull_number: number,
                per_page: 100,
            })
            : Promise.resolve(undefined),
        is('opened', 'reopened') ? run.permissions.isCollaborator(author) : Promise.resolve(undefined),
    ]);
    const changed = files?.map((f) => ({
        filename: f.filename,
        additions: f.additions,
        deletions: f.deletions,
    }));
    const paths = files?.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
    let owners;
    if (paths && (approvalOnOpen || wantReviewers)) {
        owners = await (0,core_owners/* loadOwners */.Ju)(run.github, run.repo, { pullNumber: number }, paths.length ? paths : ['OWNERS']);
    }
    // size/*
    if (sized) {
        let lines;
        if (changed && !tooMany)
            lines = countChangedLines(changed, ignored);
        else {
            lines = Number(pr.additions ?? 0) + Number(pr.deletions ?? 0);
            if (tooMany)
                run.log.notice(`PR #${number} changes more than ${MAX_LISTED_FILES} files: size/* is from the PR's totals, generated files included.`);
        }
        const label = sizeLabel(lines, config.size.thresholds);
        for (const l of SIZE_LABELS)
            plan.set(l, l === label);
    }
    // do-not-merge/work-in-progress
    if (is('opened', 'reopened', 'edited', 'ready_for_review', 'converted_to_draft')) {
        plan.set(WIP_LABEL, isWorkInProgress(String(pr.title ?? ''), action === 'converted_to_draft' ? true : !!pr.draft));
    }
    // lgtm is for the commits that were reviewed: a push takes it away.
    const lgtmReset = is('synchronize') && config.lgtm.resetOnPush && plan.has('lgtm');
    if (lgtmReset)
        plan.remove('lgtm');
    // needs-ok-to-test for authors without write access (never for bots' PRs they were given).
    if (is('opened', 'reopened') && authorIsCollaborator === false && !plan.has('ok-to-test'))
        plan.add('needs-ok-to-test');
    // approved when the author approves every file they change.
    if (approvalOnOpen && paths && owners) {
        const state = (0,approval/* evaluateApproval */.zt)({
            files: paths,
            owners,
            approvers: new Set(),
            author,
            requireSelfApproval: false,
            collaboratorApproved: owners.isEmpty ? await run.permissions.isCollaborator(author) : undefined,
        });
        if (state.approved)
            plan.add('approved');
    }
    // Path labels are only added: a maintainer's manual label is never taken away.
    if (sized && paths)
        for (const l of pathLabels(paths, config.labels.paths))
            plan.add(l);
    // Title and commit-message rules.
    const rules = {
        title: rulesApply ? checkTitle(String(pr.title ?? ''), config.rules.title) : undefined,
        commits: commits
            ? checkCommits(commits.map((c) => ({ sha: c.sha, message: c.commit.message, parents: c.parents?.length ?? 1 })), config.rules.commitMessage)
            : undefined,
    };
    if (rulesApply && config.rules.title)
        plan.set(INVALID_TITLE, !!rules.title);
    if (commitRule)
        plan.set(INVALID_COMMIT, !!rules.commits);
    const rulesBroken = !!(rules.title || rules.commits);
    const hadRuleLabel = original.some((l) => [INVALID_TITLE, INVALID_COMMIT].includes(l.toLowerCase()));
    await applyLabels(run, number, plan);
    if (lgtmReset) {
        await syncComment(run, number, 'lgtm-reset', 'New commits were pushed after `lgtm`, so it was removed: a reviewer needs to look again and `/lgtm`.', true);
    }
    // A rules comment is written when a rule is broken, and updated to say so once it is fixed.
    if (rulesApply && (rulesBroken || hadRuleLabel))
        await syncComment(run, number, 'rules', renderRulesComment(rules), !opened);
    if (wantReviewers && owners && changed) {
        const already = (pr.requested_reviewers ?? []).map((r) => r.login);
        const reviewers = already.length
            ? []
            : pickReviewers(changed, owners, {
                author,
                exclude: [pre.viewer],
                count: config.reviewers.count,
                seed: `${run.repo.repo}#${number}`,
            });
        if (reviewers.length)
            await requestReviews(run, number, reviewers);
    }
    if (opened && config.welcome.pr !== false && (pre.counts.authorPrs ?? 0) <= 1 && !(0,loop_guard/* isBotAccount */.i)(pr.user)) {
        await syncComment(run, number, 'welcome', config.welcome.pr.replace(/\{author\}/g, `@${author}`), false);
    }
}
/**
 * Requests reviews; GitHub refuses (422) anyone without access, which means the OWNERS file names
 * someone who is not a collaborator. That is the maintainers' to fix: warn, and never fail the run.
 */
async function requestReviews(run, number, reviewers) {
    try {
        await run.github.rest.pulls.requestReviewers({ ...run.repo, pull_number: number, reviewers });
        run.report.result.comments.push(`review requested from ${reviewers.map((r) => `@${r}`).join(', ')}`);
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) !== 422)
            throw error;
        run.log.warning(`GitHub refused review requests for ${reviewers.map((r) => `@${r}`).join(', ')} on #${number}: OWNERS reviewers must be collaborators with access to the repository.`);
    }
}
async function issuePolicies(run) {
    const { payload } = run.ctx;
    const action = String(payload.action);
    const issue = payload.issue;
    const number = issue.number;
    const author = String(issue.user?.login ?? '');
    if (!['opened', 'edited', 'labeled'].includes(action))
        return run.report.skip(`issues ${action} is not one label-policy handles`);
    if (issue.pull_request)
        return run.report.skip('a pull request: handled on pull_request_target');
    if (action !== 'opened' && run.skipBotSender())
        return;
    if (action === 'edited' && !payload.changes?.body)
        return run.report.skip('edit did not change the body');
    const pre = await run.preflight(action === 'opened'
        ? { counts: { authorIssues: `repo:${run.repo.owner}/${run.repo.repo} is:issue author:${author}` } }
        : {});
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    const config = pre.config;
    if (action === 'labeled')
        return enforceRestrictedLabel(run, config, number, payload);
    const original = labelNames(issue);
    const plan = new label_changes/* LabelChanges */.G(original);
    const headings = config.rules.issueHeadings;
    const missing = headings.length ? missingHeadings(String(issue.body ?? ''), headings) : [];
    if (headings.length)
        plan.set(NEEDS_MORE_INFO, missing.length > 0);
    await applyLabels(run, number, plan);
    if (headings.length && (missing.length || original.some((l) => l.toLowerCase() === NEEDS_MORE_INFO))) {
        await syncComment(run, number, 'issue-template', renderTemplateComment(missing), action !== 'opened');
    }
    if (action === 'opened' &&
        config.welcome.issue !== false &&
        (pre.counts.authorIssues ?? 0) <= 1 &&
        !(0,loop_guard/* isBotAccount */.i)(issue.user)) {
        await syncComment(run, number, 'welcome', config.welcome.issue.replace(/\{author\}/g, `@${author}`), false);
    }
}
async function labelSync(run) {
    const { eventName, payload } = run.ctx;
    if (eventName === 'push') {
        const defaultRef = `refs/heads/${payload.repository?.default_branch ?? 'main'}`;
        if (payload.ref !== defaultRef)
            return run.report.skip(`push to ${payload.ref}, not the default branch`);
        const path = run.ctx.inputs.configPath;
        const touched = (payload.commits ?? []).some((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(path));
        if (!touched)
            return run.report.skip(`push did not change ${path}`);
    }
    const { config } = await run.preflight();
    const existing = await run.github.paginate(run.github.rest.issues.listLabelsForRepo, {
        ...run.repo,
        per_page: 100,
    });
    const ops = planLabelSync(existing.map((l) => ({ name: l.name, color: l.color, description: l.description })), declaredLabels(BUILTIN_LABELS, config.labels.definitions), config.labels.deleteUndeclared);
    const done = [];
    for (const op of ops) {
        if (op.op === 'create') {
            await run.github.rest.issues.createLabel({
                ...run.repo,
                name: op.label.name,
                ...(op.label.color ? { color: op.label.color } : {}),
                ...(op.label.description !== undefined ? { description: op.label.description } : {}),
            });
            done.push(`created \`${op.label.name}\``);
        }
        else if (op.op === 'update') {
            await run.github.rest.issues.updateLabel({
                ...run.repo,
                name: op.current,
                ...(op.current !== op.label.name ? { new_name: op.label.name } : {}),
                ...(op.label.color ? { color: op.label.color } : {}),
                ...(op.label.description !== undefined ? { description: op.label.description } : {}),
            });
            done.push(op.current !== op.label.name
                ? `renamed \`${op.current}\` to \`${op.label.name}\``
                : `updated \`${op.label.name}\``);
        }
        else {
            await run.github.rest.issues.deleteLabel({ ...run.repo, name: op.name });
            done.push(`deleted \`${op.name}\``);
        }
    }
    run.report.sections.push(done.length
        ? `Label sync:\n\n${done.map((d) => `- ${d}`).join('\n')}`
        : 'Label sync: every label is as declared.');
}
async function policy(run) {
    const { eventName } = run.ctx;
    if (SYNC_EVENTS.has(eventName))
        return labelSync(run);
    if (PR_EVENTS.has(eventName) && run.ctx.payload.pull_request)
        return pullRequestPolicies(run);
    if (eventName === 'issues' && run.ctx.payload.issue)
        return issuePolicies(run);
    run.report.skip(`label-policy does not handle ${eventName}`);
}
const run = () => (0,action/* runAction */.Cs)('label-policy', policy, { bulk: SYNC_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') });


/***/ })

};
