export const id = 778;
export const ids = [778];
export const modules = {

/***/ 9778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandSource: () => (/* binding */ commandSource),
  dispatch: () => (/* binding */ run_dispatch),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/approval-sync.ts + 1 modules
var approval_sync = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/core/github.ts
var core_github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(6650);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/core/release-notes.ts
// Release notes from merged pull requests, grouped by their `kind/*` labels (Prow's kinds), and the
// version arithmetic around them. Pure: the release script and a future `/release` command feed it
// the PRs merged since the previous tag and write the text wherever they need it.
/** Sections in the order readers look for them; a PR goes under the first of its kinds listed here. */
const KIND_SECTIONS = [
    { kind: 'kind/api-change', title: 'Breaking changes' },
    { kind: 'kind/security', title: 'Security' },
    { kind: 'kind/feature', title: 'Features' },
    { kind: 'kind/bug', title: 'Bug fixes' },
    { kind: 'kind/regression', title: 'Bug fixes' },
    { kind: 'kind/deprecation', title: 'Deprecations' },
    { kind: 'kind/documentation', title: 'Documentation' },
    { kind: 'kind/cleanup', title: 'Cleanup' },
    { kind: 'kind/failing-test', title: 'Tests' },
    { kind: 'kind/flake', title: 'Tests' },
];
const OTHER_TITLE = 'Other changes';
const kindsOf = (pull) => pull.labels.map((l) => l.toLowerCase()).filter((l) => l.startsWith('kind/'));
/** The section title for one PR: a known kind, else an unknown kind spelled out, else "Other". */
function sectionTitle(pull) {
    const kinds = kindsOf(pull);
    const known = KIND_SECTIONS.find((s) => kinds.includes(s.kind));
    if (known)
        return known.title;
    if (kinds.length)
        return kinds[0]
            .slice('kind/'.length)
            .replace(/[-_]+/g, ' ')
            .replace(/^./, (c) => c.toUpperCase());
    return OTHER_TITLE;
}
/** Groups PRs into sections (known kinds first in KIND_SECTIONS order, other kinds, then "Other"). */
function groupByKind(pulls) {
    const byTitle = new Map();
    for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
        const title = sectionTitle(pull);
        byTitle.set(title, [...(byTitle.get(title) ?? []), pull]);
    }
    const order = [...new Set(KIND_SECTIONS.map((s) => s.title))];
    const rank = (title) => title === OTHER_TITLE ? order.length + 1 : order.includes(title) ? order.indexOf(title) : order.length;
    return [...byTitle.entries()]
        .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
        .map(([title, list]) => ({ title, pulls: list }));
}
/** A PR title as one safe Markdown line: no line breaks, no @-pings of whoever it names. */
function lineText(title) {
    return title
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/@(?=\w)/g, '@\u200b');
}
/** The body of the notes (used for the GitHub release): one `###` section per kind. */
function renderNotes(pulls) {
    if (!pulls.length)
        return 'No pull requests were merged since the previous release.\n';
    return groupByKind(pulls)
        .map((s) => `### ${s.title}\n\n${s.pulls.map((p) => `- ${lineText(p.title)} (#${p.number}, @${p.author})`).join('\n')}\n`)
        .join('\n');
}
/** A CHANGELOG.md section: `## vX.Y.Z (YYYY-MM-DD)` and the notes. */
function renderChangelogSection(version, date, pulls) {
    return `## v${version} (${date})\n\n${renderNotes(pulls)}`;
}
const CHANGELOG_HEADER = '# Changelog\n';
/** Puts a section on top of the existing changelog, below its `# Changelog` header and intro. */
function prependToChangelog(changelog, section) {
    const text = changelog.trim() ? changelog : `${CHANGELOG_HEADER}\n`;
    const first = text.search(/^## /m);
    if (first === -1)
        return `${text.trimEnd()}\n\n${section}`;
    return `${text.slice(0, first)}${section}\n${text.slice(first)}`;
}
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
/**
 * The next version: a bump of `current`, or an explicit `X.Y.Z` (with or without `v`) above it —
 * or equal to it while `current` has never been released (no tag yet).
 */
function nextVersion(current, request, currentReleased = true) {
    const now = SEMVER.exec(current);
    if (!now)
        throw new Error(`current version "${current}" is not X.Y.Z`);
    const [major, minor, patch] = now.slice(1).map(Number);
    if (request === 'major')
        return `${major + 1}.0.0`;
    if (request === 'minor')
        return `${major}.${minor + 1}.0`;
    if (request === 'patch')
        return `${major}.${minor}.${patch + 1}`;
    const wanted = SEMVER.exec(request.replace(/^v/, ''));
    if (!wanted)
        throw new Error(`version "${request}" is not major, minor, patch or X.Y.Z`);
    const [a, b, c] = wanted.slice(1).map(Number);
    const same = a === major && b === minor && c === patch;
    if (same && !currentReleased)
        return current;
    if (a < major || (a === major && (b < minor || (b === minor && c <= patch))))
        throw new Error(`version ${request} is not above the current ${current}`);
    return `${a}.${b}.${c}`;
}
const majorTag = (version) => `v${version.split('.')[0]}`;

;// CONCATENATED MODULE: ./src/command-dispatch/types.ts
const done = (note) => ({ ok: true, note });
const refuse = (reason) => ({ ok: false, reason });

;// CONCATENATED MODULE: ./src/command-dispatch/commands/release.ts







const NUMBER = /^(0|[1-9][0-9]*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const MAX_VERSION_LENGTH = 100;
/** Parses `vX.Y.Z[-pre][+build]` (the `v` optional) per SemVer 2.0, without a backtracking regex. */
function parseSemVer(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const plus = text.indexOf('+');
    const build = plus === -1 ? undefined : text.slice(plus + 1);
    const rest = (plus === -1 ? text : text.slice(0, plus)).replace(/^v/, '');
    const dash = rest.indexOf('-');
    const core = dash === -1 ? rest : rest.slice(0, dash);
    const pre = dash === -1 ? [] : rest.slice(dash + 1).split('.');
    const parts = core.split('.');
    if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p)))
        return undefined;
    if (dash !== -1 && !pre.every((id) => IDENTIFIER.test(id) && (!/^[0-9]+$/.test(id) || NUMBER.test(id))))
        return undefined;
    if (build !== undefined && !build.split('.').every((id) => IDENTIFIER.test(id)))
        return undefined;
    const [major, minor, patch] = parts.map(Number);
    return { major, minor, patch, prerelease: pre };
}
/** SemVer precedence: negative when a < b (a pre-release is lower than its release). */
function compareSemVer(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core)
        return core;
    if (!a.prerelease.length || !b.prerelease.length)
        return b.prerelease.length - a.prerelease.length;
    for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
        const [x, y] = [a.prerelease[i], b.prerelease[i]];
        if (x === y)
            continue;
        const [nx, ny] = [/^[0-9]+$/.test(x), /^[0-9]+$/.test(y)];
        if (nx && ny)
            return Number(x) - Number(y);
        if (nx !== ny)
            return nx ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return a.prerelease.length - b.prerelease.length;
}
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;
/** The tag (always `v`-prefixed) and optional branch a `/release` asks for, or what is wrong. */
function parseReleaseArgs(args) {
    const words = (0,commands/* splitArgs */.sG)(args);
    if (!words.length || words.length > 2)
        return { error: 'Usage: `/release vX.Y.Z [BRANCH]`.' };
    const [version, branch] = words;
    if (!parseSemVer(version))
        return { error: `\`${version.slice(0, MAX_VERSION_LENGTH)}\` is not a semantic version like \`v1.2.3\`.` };
    if (branch !== undefined && (!BRANCH.test(branch) || branch.includes('..') || branch.startsWith('-')))
        return { error: `\`${branch.slice(0, 200)}\` is not a branch name.` };
    return { tag: version.startsWith('v') ? version : `v${version}`, branch };
}
/** The highest semver tag below `tag`: where the notes start. Tags that are not versions are ignored. */
function previousTag(tags, tag) {
    const wanted = parseSemVer(tag);
    return tags
        .map((name) => ({ name, version: parseSemVer(name) }))
        .filter((t) => !!t.version)
        .filter((t) => compareSemVer(t.version, wanted) < 0)
        .sort((a, b) => compareSemVer(b.version, a.version))[0]?.name;
}
/** A tag with the same version (`v1.2.3`, `1.2.3` and `v1.2.3+build` are one version). */
function existingTag(tags, tag) {
    const wanted = parseSemVer(tag);
    return tags.find((name) => {
        const version = parseSemVer(name);
        return !!version && compareSemVer(version, wanted) === 0;
    });
}
/** Marks the reply that waits for a dispatched run; only the token's own comments are trusted. */
const releaseRunMarker = (runId) => (0,writes/* marker */.xL)(`release-run ${runId}`);
/** The dispatched run's id in a bosun reply, if the reply carries the marker. */
function markedRunId(body) {
    const m = /<!-- bosun:release-run ([0-9]{1,20}) -->/.exec(body);
    return m ? Number(m[1]) : undefined;
}
function conclusionReply(run) {
    const ok = run.conclusion === 'success';
    return `${ok ? 'The release workflow succeeded' : `The release workflow ended with \`${run.conclusion ?? 'no conclusion'}\``}: [${run.name}](${run.htmlUrl}).`;
}
// ---- talking to GitHub -------------------------------------------------------------------------
async function branchHead(ctx, branch) {
    try {
        const { data } = await ctx.run.github.rest.git.getRef({ ...ctx.run.repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0,core_github/* httpStatus */.nG)(error) === 404)
            return undefined;
        throw error;
    }
}
/** PRs merged into `branch` after `since` (all merged PRs without a previous tag). */
async function mergedSince(ctx, branch, since) {
    const { github, repo } = ctx.run;
    // Sorted by update time, newest first: a PR merged after `since` was updated after it too, so the
    // listing can stop at the first PR last updated before `since`.
    const pulls = await github.paginate(github.rest.pulls.list, { ...repo, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 100 }, (res, stop) => {
        if (since && res.data.some((p) => p.updated_at < since))
            stop();
        return res.data;
    });
    return pulls
        .filter((p) => p.merged_at && (!since || p.merged_at > since))
        .map((p) => ({
        number: p.number,
        title: p.title,
        labels: p.labels.map((l) => l.name ?? '').filter(Boolean),
        author: p.user?.login ?? 'ghost',
    }));
}
async function commitDate(ctx, ref) {
    const { data } = await ctx.run.github.rest.repos.getCommit({ ...ctx.run.repo, ref });
    const date = data.commit.committer?.date ?? data.commit.author?.date;
    if (!date)
        throw new Error(`commit ${ref} has no date`);
    return date;
}
async function tagAndPublish(ctx, tag, branch, sha, tags) {
    const { github, repo } = ctx.run;
    const previous = previousTag(tags, tag);
    const since = previous ? await commitDate(ctx, previous) : undefined;
    const pulls = await mergedSince(ctx, branch, since);
    await github.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
    const { data } = await github.rest.repos.createRelease({
        ...repo,
        tag_name: tag,
        name: tag,
        body: renderNotes(pulls),
        prerelease: parseSemVer(tag).prerelease.length > 0,
    });
    const count = `${pulls.length} pull request${pulls.length === 1 ? '' : 's'}`;
    return done(`Released [${tag}](${data.html_url}) from \`${branch}\` (${sha.slice(0, 7)}) with ${count} since ${previous ? `\`${previous}\`` : 'the start'}.`);
}
async function dispatchWorkflow(ctx, workflow, tag, branch) {
    const { data } = await ctx.run.github.rest.actions.createWorkflowDispatch({
        ...ctx.run.repo,
        workflow_id: workflow.split('/').pop(),
        ref: branch,
        inputs: { version: tag },
        return_run_details: true,
    });
    const details = data;
    const runId = details?.workflow_run_id;
    if (!runId)
        return done(`Started \`${workflow}\` for \`${tag}\` on \`${branch}\`.`);
    return done(`Started [\`${workflow}\`](${details.html_url}) for \`${tag}\` on \`${branch}\`; I will reply here when it completes.\n${releaseRunMarker(runId)}`);
}
async function runRelease(ctx) {
    const { github, repo } = ctx.run;
    const { allowed, workflow } = ctx.config.release;
    if (!(await (0,labels/* isAllowedFor */.EE)(github, ctx.actor, allowed)))
        return refuse(allowed.length
            ? '`/release` is for the users and teams in `release.allowed`.'
            : '`/release` is for the users and teams in `release.allowed`, and that list is empty here.');
    const request = parseReleaseArgs(ctx.args);
    if ('error' in request)
        return refuse(request.error);
    const branch = request.branch ?? (await github.rest.repos.get({ ...repo })).data.default_branch;
    const sha = await branchHead(ctx, branch);
    if (!sha)
        return refuse(`There is no branch \`${branch}\`.`);
    const tags = (await github.paginate(github.rest.repos.listTags, { ...repo, per_page: 100 })).map((t) => t.name);
    const existing = existingTag(tags, request.tag);
    if (existing)
        return refuse(`\`${existing}\` already exists; choose a new version.`);
    if (workflow)
        return dispatchWorkflow(ctx, workflow, request.tag, branch);
    return tagAndPublish(ctx, request.tag, branch, sha, tags);
}
const release = {
    name: 'release',
    usage: 'vX.Y.Z [BRANCH]',
    help: 'Tags BRANCH (default: the default branch) and publishes a release with notes from the PRs merged since the previous tag, grouped by `kind/*`; with `release.workflow`, starts that workflow instead and replies with its conclusion.',
    // The real rule is `release.allowed`, checked in run(): levels cannot name teams.
    who: 'anyone',
    whoText: 'the users and teams in `release.allowed`',
    group: 'ci',
    example: '/release v1.2.0',
    run: runRelease,
};
// ---- the dispatched run completes --------------------------------------------------------------
/** How far before the run's creation the waiting reply may have been written (clock skew). */
const REPLY_WINDOW_MS = 10 * 60 * 1000;
/**
 * workflow_run completed: when the run was dispatched by `/release` (release.workflow), reply with
 * its conclusion on the issue or PR where the command was given. That reply is found through the
 * marker in bosun's own earlier reply, among comments written since shortly before the run began.
 */
async function releaseRunCompleted(run) {
    const payload = run.ctx.payload;
    const wr = payload.workflow_run;
    if (payload.action !== 'completed' || wr?.event !== 'workflow_dispatch')
        return run.report.skip('not a completed workflow_dispatch run');
    const { config, viewer } = await run.preflight();
    const workflow = config.release.workflow;
    if (!workflow ||
        String(wr.path ?? '')
            .split('/')
            .pop() !== workflow.split('/').pop())
        return run.report.skip('not the release workflow');
    const since = new Date(Date.parse(String(wr.created_at)) - REPLY_WINDOW_MS).toISOString();
    const comments = await run.github.paginate(run.github.rest.issues.listCommentsForRepo, {
        ...run.repo,
        since,
        per_page: 100,
    });
    const waiting = comments.find((c) => (0,permissions/* sameLogin */.Up)(c.user?.login, viewer) && markedRunId(c.body ?? '') === Number(wr.id));
    if (!waiting)
        return run.report.skip(`no /release reply waits for run ${wr.id}`);
    const issueNumber = Number(String(waiting.issue_url).split('/').pop());
    const text = conclusionReply({
        conclusion: wr.conclusion ?? null,
        htmlUrl: String(wr.html_url),
        name: String(wr.name),
    });
    await (0,writes/* postReply */.VM)(run.github, run.repo, issueNumber, 'release-result', text);
    run.report.result.comments.push('release-result');
}

;// CONCATENATED MODULE: ./src/command-dispatch/feedback.ts
function renderFeedback(actor, results, skipped = []) {
    const failed = results.filter((r) => !r.outcome.ok);
    const reaction = failed.length || skipped.length ? 'confused' : '+1';
    const sections = [];
    for (const { command, outcome } of results) {
        const quoted = `> ${command.raw.length > 200 ? `${command.raw.slice(0, 200)}…` : command.raw}`;
        if (!outcome.ok)
            sections.push(`${quoted}\n\n${outcome.reason}`);
        else if (outcome.note)
            sections.push(outcome.note);
    }
    if (skipped.length)
        sections.push(`Only the first ${results.length} commands of a comment are run; ${skipped.length} more were skipped.`);
    if (!sections.length)
        return { reaction };
    return { reaction, reply: [`@${actor}`, ...sections].join('\n\n') };
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/ci.ts
// /ok-to-test, /retest and /test: CI control for the PR's current head SHA.


const NEEDS_OK_TO_TEST = 'needs-ok-to-test';
const OK_TO_TEST = 'ok-to-test';
const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure']);
function gate(ctx) {
    if (ctx.target.hasLabel(NEEDS_OK_TO_TEST)) {
        return refuse(`This PR needs \`/ok-to-test\` from a collaborator before its tests can be run.`);
    }
    return undefined;
}
async function runsForHead(ctx) {
    const headSha = await ctx.target.headSha();
    const runs = await ctx.run.github.paginate(ctx.run.github.rest.actions.listWorkflowRunsForRepo, {
        ...ctx.run.repo,
        head_sha: headSha,
        per_page: 100,
    });
    // A workflow can run more than once for a SHA (several events); the newest run of each counts.
    const newest = new Map();
    for (const run of runs) {
        const key = `${run.workflow_id}:${run.event}`;
        const seen = newest.get(key);
        if (!seen || run.id > seen.id)
            newest.set(key, run);
    }
    return { headSha, runs: [...newest.values()] };
}
const ciCommands = [
    {
        name: 'ok-to-test',
        help: `Marks a PR from a non-collaborator as safe to test: removes \`${NEEDS_OK_TO_TEST}\`, adds \`${OK_TO_TEST}\`.`,
        who: 'collaborator',
        on: 'pull',
        group: 'ci',
        async run({ target }) {
            await target.removeLabel(NEEDS_OK_TO_TEST);
            await target.addLabels([OK_TO_TEST]);
            return done();
        },
    },
    {
        name: 'retest',
        help: 'Re-runs the failed jobs of every failed workflow run for the PR head.',
        who: 'author',
        on: 'pull',
        group: 'ci',
        async run(ctx) {
            const blocked = gate(ctx);
            if (blocked)
                return blocked;
            const { headSha, runs } = await runsForHead(ctx);
            const failed = runs.filter((r) => r.status === 'completed' && FAILED.has(String(r.conclusion)));
            if (!failed.length)
                return done(`No failed workflow run for ${headSha.slice(0, 7)}; nothing to re-run.`);
            for (const run of failed) {
                await ctx.run.github.rest.actions.reRunWorkflowFailedJobs({ ...ctx.run.repo, run_id: run.id });
            }
            return done(`Re-running failed jobs of ${failed.map((r) => `\`${r.name}\``).join(', ')}.`);
        },
    },
    {
        name: 'test',
        usage: 'NAME…|all',
        help: 'Re-runs the named workflows (by name or file name), or all of them, for the PR head.',
        who: 'author',
        on: 'pull',
        group: 'ci',
        example: '/test build',
        async run(ctx) {
            const blocked = gate(ctx);
            if (blocked)
                return blocked;
            const names = (0,commands/* splitArgs */.sG)(ctx.args).map((n) => n.toLowerCase());
            if (!names.length)
                return refuse('Name a workflow, or `all`.');
            const { runs } = await runsForHead(ctx);
            const file = (path) => (path ?? '').split('/').pop()?.toLowerCase() ?? '';
            const matches = (r, n) => String(r.name).toLowerCase() === n || file(r.path) === n || file(r.path).replace(/\.ya?ml$/, '') === n;
            const chosen = names.includes('all') ? runs : runs.filter((r) => names.some((n) => matches(r, n)));
            const missing = names.filter((n) => n !== 'all' && !runs.some((r) => matches(r, n)));
            if (missing.length || !chosen.length) {
                const available = [...new Set(runs.map((r) => `\`${r.name}\``))].join(', ');
                return refuse(`No workflow run named ${missing.map((m) => `\`${m}\``).join(', ') || 'that'} for this PR head. ${available ? `Available: ${available}.` : 'No workflow has run for it yet.'}`);
            }
            const running = chosen.filter((r) => r.status !== 'completed');
            if (running.length)
                return refuse(`${running.map((r) => `\`${r.name}\``).join(', ')} ${running.length > 1 ? 'are' : 'is'} still running.`);
            for (const run of chosen)
                await ctx.run.github.rest.actions.reRunWorkflow({ ...ctx.run.repo, run_id: run.id });
            return done(`Re-running ${chosen.map((r) => `\`${r.name}\``).join(', ')}.`);
        },
    },
];

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/custom.ts
// Commands a repository defines in config (`commands.custom`): reply, labels, close, and
// workflow_dispatch with `key=value` arguments as inputs (only inputs the workflow declares). Those
// inputs are whatever the commenter typed: untrusted text, so each is one line of bounded length;
// the workflow must still treat them as data (never interpolate them into `run:`).





/** Inputs a workflow declares under `on.workflow_dispatch.inputs`, or undefined if it has no such trigger. */
function declaredInputs(workflowYaml) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const doc = (0,dist/* parse */.qg)(workflowYaml) ?? {};
    const on = doc.on ?? doc.true; // YAML 1.1 readers turn a bare `on` key into true
    if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch')))
        return [];
    if (!on || typeof on !== 'object' || !('workflow_dispatch' in on))
        return undefined;
    return Object.keys(on.workflow_dispatch?.inputs ?? {});
}
/** Longest value a dispatch input may have. */
const MAX_INPUT_CHARS = 256;
// Line breaks of every kind (NEL and the Unicode separators too) and other control characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function parseKeyValues(args) {
    const inputs = {};
    const invalid = [];
    const unsafe = [];
    for (const word of (0,commands/* splitArgs */.sG)(args)) {
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(word);
        if (!m)
            invalid.push(word);
        else if (CONTROL.test(m[2]) || m[2].length > MAX_INPUT_CHARS)
            unsafe.push(m[1]);
        else
            inputs[m[1]] = m[2];
    }
    return { inputs, invalid, unsafe };
}
async function dispatch(ctx, spec) {
    const { github, repo } = ctx.run;
    const { inputs, invalid, unsafe } = parseKeyValues(ctx.args);
    if (invalid.length)
        return refuse(`Arguments must be \`key=value\`; not understood: ${invalid.map((w) => `\`${w.slice(0, 40)}\``).join(', ')}.`);
    if (unsafe.length)
        return refuse(`Input values must be one line of at most ${MAX_INPUT_CHARS} characters without control characters; refused: ${unsafe.map((k) => `\`${k}\``).join(', ')}.`);
    const workflowPath = spec.workflow.includes('/') ? spec.workflow : `.github/workflows/${spec.workflow}`;
    let ref = spec.ref;
    if (!ref)
        ref = (await github.rest.repos.get({ ...repo })).data.default_branch;
    let text;
    try {
        const res = await github.rest.repos.getContent({
            ...repo,
            path: workflowPath,
            ref,
            mediaType: { format: 'raw' },
        });
        text = String(res.data);
    }
    catch (error) {
        if ((0,core_github/* httpStatus */.nG)(error) === 404)
            return refuse(`The workflow \`${workflowPath}\` does not exist on \`${ref}\`.`);
        throw error;
    }
    const declared = declaredInputs(text);
    if (!declared)
        return refuse(`\`${workflowPath}\` has no \`workflow_dispatch\` trigger.`);
    const extra = Object.keys(inputs).filter((k) => !declared.includes(k));
    if (extra.length) {
        return refuse(`\`${workflowPath}\` does not declare the input${extra.length > 1 ? 's' : ''} ${extra.map((k) => `\`${k}\``).join(', ')}. Declared: ${declared.map((k) => `\`${k}\``).join(', ') || '(none)'}.`);
    }
    await github.rest.actions.createWorkflowDispatch({
        ...repo,
        workflow_id: workflowPath.split('/').pop(),
        ref,
        inputs,
    });
    return done(`Started \`${workflowPath}\` on \`${ref}\`.`);
}
/**
 * The milestone `milestone:` names among the open ones: a title (exact, else case-insensitive), or
 * `latest` = the one due last; when none has a due date, the one created last (highest number).
 * Milestones without a due date rank below dated ones.
 */
function chooseMilestone(open, wanted) {
    if (wanted.toLowerCase() !== 'latest')
        return (open.find((m) => m.title === wanted) ?? open.find((m) => m.title.toLowerCase() === wanted.toLowerCase()));
    return [...open].sort((a, b) => (b.due_on ?? '').localeCompare(a.due_on ?? '') || b.number - a.number)[0];
}
/** The open milestone to set, looked up before anything changes, or the refusal. */
async function findMilestone(ctx, wanted) {
    const { github, repo } = ctx.run;
    const open = await github.paginate(github.rest.issues.listMilestones, {
        ...repo,
        state: 'open',
        per_page: 100,
    });
    const milestone = chooseMilestone(open, wanted);
    if (!milestone)
        return refuse(wanted.toLowerCase() === 'latest'
            ? 'This repository has no open milestone to set.'
            : `There is no open milestone \`${wanted}\`.`);
    return milestone;
}
async function assignCommenter(ctx) {
    const { data } = await ctx.run.github.rest.issues.addAssignees({
        ...ctx.run.repo,
        issue_number: ctx.target.number,
        assignees: [ctx.actor],
    });
    // GitHub silently drops assignees who lack access to the repository.
    if (!(data.assignees ?? []).some((a) => a.login.toLowerCase() === ctx.actor.toLowerCase()))
        return refuse(`GitHub did not assign @${ctx.actor}: they may lack access to this repository.`);
    return done();
}
function customCommand(name, def) {
    const effects = [
        def.reply ? 'replies' : '',
        def.labels?.length ? `adds ${def.labels.map((l) => `\`${l}\``).join(', ')}` : '',
        def.close ? 'closes the issue' : '',
        def.assign === 'commenter' ? 'assigns whoever runs it' : '',
        def.milestone
            ? def.milestone.toLowerCase() === 'latest'
                ? 'sets the latest open milestone'
                : `sets milestone \`${def.milestone}\``
            : '',
        def.dispatch
            ? `starts workflow \`${def.dispatch.workflow}\` (\`key=value\` arguments become inputs: untrusted text, one line of at most ${MAX_INPUT_CHARS} characters each)`
            : '',
    ].filter(Boolean);
    return {
        name,
        usage: def.dispatch ? '[key=value…]' : undefined,
        help: def.description ?? `Custom command: ${effects.join(', ') || 'does nothing'}.`,
        // A list of users and teams is checked in run(): levels cannot name teams.
        who: Array.isArray(def.permission) ? 'anyone' : (def.permission ?? 'collaborator'),
        whoText: Array.isArray(def.permission) ? def.permission.map((p) => `\`${p}\``).join(', ') : undefined,
        group: 'help',
        async run(ctx) {
            if (Array.isArray(def.permission) && !(await (0,labels/* isAllowedFor */.EE)(ctx.run.github, ctx.actor, def.permission)))
                return refuse(`\`/${name}\` is for ${def.permission.map((p) => `\`${p}\``).join(', ')}.`);
            let note;
            if (def.dispatch) {
                const outcome = await dispatch(ctx, def.dispatch);
                if (!outcome.ok)
                    return outcome;
                note = outcome.note;
            }
            const milestone = def.milestone ? await findMilestone(ctx, def.milestone) : undefined;
            if (milestone && 'ok' in milestone)
                return milestone;
            if (def.assign === 'commenter') {
                const assigned = await assignCommenter(ctx);
                if (!assigned.ok)
                    return assigned;
            }
            if (milestone)
                await ctx.run.github.rest.issues.update({
                    ...ctx.run.repo,
                    issue_number: ctx.target.number,
                    milestone: milestone.number,
                });
            if (def.labels?.length)
                await ctx.target.addLabels(def.labels);
            if (def.reply)
                note = note ? `${def.reply}\n\n${note}` : def.reply;
            if (def.close && ctx.target.data.state !== 'closed') {
                await ctx.run.github.rest.issues.update({
                    ...ctx.run.repo,
                    issue_number: ctx.target.number,
                    state: 'closed',
                });
            }
            return done(note);
        },
    };
}

;// CONCATENATED MODULE: ./src/command-dispatch/commands/hold.ts

const HOLD_LABEL = 'do-not-merge/hold';
const hold = {
    name: 'hold',
    aliases: { unhold: 'cancel', 'remove-hold': 'cancel' },
    usage: '[cancel]',
    help: `Adds \`${HOLD_LABEL}\` so the PR is not merged; \`/hold cancel\`, \`/unhold\` or \`/remove-hold\` removes it.`,
    who: 'anyone',
    group: 'review',
    example: '/hold',
    async run({ target, args }) {
        if (/^cancel\b/i.test(args))
            await target.removeLabel(HOLD_LABEL);
        else
            await target.addLabels([HOLD_LABEL]);
        return done();
    },
};

;// CONCATENATED MODULE: ./src/command-dispatch/commands/label-families.ts
// Prefixed label commands (/kind bug → kind/bug) and the fixed-label ones (/help, /lifecycle…).
// `labels.restricted` holds on every one of them, for adding and for removing.



/** Why the actor may not add (remove) a label in `labels.restricted`, or undefined when they may. */
async function restrictedRefusal(ctx, label, remove) {
    const key = Object.keys(ctx.config.labels.restricted).find((l) => l.toLowerCase() === label.toLowerCase());
    if (!key)
        return undefined;
    const allowed = ctx.config.labels.restricted[key].allowed;
    if (await (0,labels/* isAllowedFor */.EE)(ctx.run.github, ctx.actor, allowed))
        return undefined;
    return `Only ${allowed.join(', ')} may ${remove ? 'remove' : 'add'} \`${key}\`.`;
}
/** The labels the actor may change, and a reason for each one refused by `labels.restricted`. */
async function permittedLabels(ctx, labels, remove) {
    const refusals = await Promise.all(labels.map((l) => restrictedRefusal(ctx, l, remove)));
    return {
        permitted: labels.filter((_l, i) => !refusals[i]),
        problems: refusals.filter((r) => !!r),
    };
}
/** Done when nothing was refused; otherwise the reasons (what was allowed has been applied). */
const outcomeOf = (problems) => (problems.length ? refuse(problems.join(' ')) : done());
const listed = (labels) => labels.map((l) => `\`${l}\``).join(', ');
/**
 * Adds (removes) `prefix/value` for each argument. As Prow's label plugin does, the valid values
 * are applied and the reply names the rest: labels that do not exist, restricted labels the actor
 * may not set, `triage/accepted` from someone who is not a collaborator.
 */
async function applyPrefixed(ctx, prefix, remove) {
    const values = (0,commands/* splitArgs */.sG)(ctx.args);
    if (!values.length)
        return refuse(`Say which ${prefix}, e.g. \`/${remove ? 'remove-' : ''}${prefix} example\`.`);
    const wanted = [...new Set(values.map((v) => `${prefix}/${v}`))];
    const { permitted, problems } = await permittedLabels(ctx, wanted, remove);
    if (remove) {
        for (const label of permitted)
            await ctx.target.removeLabel(label);
        return outcomeOf(problems);
    }
    const found = await Promise.all(permitted.map((l) => (ctx.target.hasLabel(l) ? l : ctx.labels.find(l))));
    const unknown = permitted.filter((_l, i) => !found[i]);
    if (unknown.length) {
        const valid = await ctx.labels.withPrefix(`${prefix}/`);
        const list = valid.length ? listed(valid) : '(none are defined in this repository)';
        problems.push(`The label${unknown.length > 1 ? 's' : ''} ${listed(unknown)} ${unknown.length > 1 ? 'do' : 'does'} not exist. Valid ${prefix} labels: ${list}.`);
    }
    let existing = found.filter((l) => !!l);
    const accepting = (l) => l.toLowerCase() === 'triage/accepted';
    if (prefix === 'triage' && existing.some(accepting) && !(await ctx.can('collaborator'))) {
        problems.push('Only collaborators may accept an issue (`triage/accepted`).');
        existing = existing.filter((l) => !accepting(l));
    }
    await ctx.target.addLabels(existing);
    return outcomeOf(problems);
}
/**
 * Adds and removes fixed labels, each only if `labels.restricted` lets the actor change it. With
 * `whole`, one refusal refuses the lot (a lifecycle change must not leave two lifecycle labels).
 */
async function changeFixedLabels(ctx, change) {
    const removing = (change.remove ?? []).filter((l) => ctx.target.hasLabel(l));
    const adding = (change.add ?? []).filter((l) => !ctx.target.hasLabel(l));
    const removal = await permittedLabels(ctx, removing, true);
    const addition = await permittedLabels(ctx, adding, false);
    const problems = [...removal.problems, ...addition.problems];
    if (change.whole && problems.length)
        return outcomeOf(problems);
    for (const label of removal.permitted)
        await ctx.target.removeLabel(label);
    await ctx.target.addLabels(addition.permitted);
    return outcomeOf(problems);
}
const PREFIXES = [
    { prefix: 'area', what: 'the areas the issue or PR touches' },
    { prefix: 'kind', what: 'what kind of change or report it is' },
    { prefix: 'priority', what: 'its priority', single: true },
    { prefix: 'triage', what: 'its triage state (`triage/accepted` needs a collaborator)', single: true },
    { prefix: 'sig', what: 'the special interest groups involved' },
    { prefix: 'wg', what: 'the working groups involved' },
    { prefix: 'committee', what: 'the committees involved' },
    { prefix: 'language', what: 'the languages involved' },
];
const prefixedLabelCommands = PREFIXES.flatMap(({ prefix, what, single }) => [
    {
        name: prefix,
        usage: single ? 'VALUE' : 'VALUE…',
        help: `Adds \`${prefix}/VALUE\` labels for ${what}. The label must exist in the repository or be declared in config.`,
        who: 'anyone',
        group: 'labels',
        example: `/${prefix} ${prefix === 'kind' ? 'bug' : prefix === 'priority' ? 'important-soon' : prefix === 'triage' ? 'accepted' : 'docs'}`,
        labelsNeeded: (args) => (0,commands/* splitArgs */.sG)(args).map((v) => `${prefix}/${v}`),
        run: (ctx) => applyPrefixed(ctx, prefix, false),
    },
    {
        name: `remove-${prefix}`,
        usage: single ? 'VALUE' : 'VALUE…',
        help: `Removes \`${prefix}/VALUE\` labels.`,
        who: 'anyone',
        group: 'labels',
        run: (ctx) => applyPrefixed(ctx, prefix, true),
    },
]);
const LIFECYCLES = ['frozen', 'stale', 'rotten', 'active'];
const lifecycle = {
    name: 'lifecycle',
    usage: 'frozen|stale|rotten|active',
    help: 'Sets the one `lifecycle/*` label, replacing any other.',
    who: 'anyone',
    group: 'triage',
    example: '/lifecycle frozen',
    async run(ctx) {
        const value = ctx.args.toLowerCase();
        if (!LIFECYCLES.includes(value))
            return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`);
        return changeFixedLabels(ctx, {
            add: [`lifecycle/${value}`],
            remove: LIFECYCLES.filter((l) => l !== value).map((l) => `lifecycle/${l}`),
            whole: true,
        });
    },
};
const removeLifecycle = {
    name: 'remove-lifecycle',
    usage: 'frozen|stale|rotten|active',
    help: 'Removes a `lifecycle/*` label.',
    who: 'anyone',
    group: 'triage',
    async run(ctx) {
        const value = ctx.args.toLowerCase();
        if (!LIFECYCLES.includes(value))
            return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`);
        return changeFixedLabels(ctx, { remove: [`lifecycle/${value}`] });
    },
};
const HELP_WANTED = 'help wanted';
const GOOD_FIRST_ISSUE = 'good first issue';
const helpCommands = [
    {
        name: 'help',
        help: `Adds \`${HELP_WANTED}\`: the issue is open for contributors.`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: (ctx) => changeFixedLabels(ctx, { add: [HELP_WANTED] }),
    },
    {
        name: 'remove-help',
        help: `Removes \`${HELP_WANTED}\` (and \`${GOOD_FIRST_ISSUE}\`).`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: (ctx) => changeFixedLabels(ctx, { remove: [GOOD_FIRST_ISSUE, HELP_WANTED] }),
    },
    {
        name: 'good-first-issue',
        help: `Adds \`${GOOD_FIRST_ISSUE}\` and \`${HELP_WANTED}\`.`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: (ctx) => changeFixedLabels(ctx, { add: [HELP_WANTED, GOOD_FIRST_ISSUE] }),
    },
    {
        name: 'remove-good-first-issue',
        help: `Removes \`${GOOD_FIRST_ISSUE}\`.`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: (ctx) => changeFixedLabels(ctx, { remove: [GOOD_FIRST_ISSUE] }),
    },
];
async function labelCommand(ctx, remove) {
    const name = ctx.args.trim();
    if (!name)
        return refuse('Say which label, e.g. `/label ready-to-deploy`.');
    const key = name.toLowerCase();
    if (labels/* PROTECTED_LABELS */.l6.includes(key))
        return refuse(`\`${name}\` is managed by \`/${key === 'lgtm' ? 'lgtm' : 'approve'}\`; it cannot be set with /label.`);
    const additional = ctx.config.labels.additional.find((l) => l.toLowerCase() === key);
    const restrictedKey = Object.keys(ctx.config.labels.restricted).find((l) => l.toLowerCase() === key);
    if (!additional && !restrictedKey) {
        const open = ctx.config.labels.additional;
        return refuse(`\`${name}\` cannot be set with /label.${open.length ? ` Anyone may use: ${open.map((l) => `\`${l}\``).join(', ')}.` : ' No labels are open to /label in this repository (config `labels.additional`).'}`);
    }
    const refusal = restrictedKey ? await restrictedRefusal(ctx, restrictedKey, remove) : undefined;
    if (refusal)
        return refuse(refusal);
    const label = additional ?? restrictedKey;
    if (remove)
        await ctx.target.removeLabel(label);
    else
        await ctx.target.addLabels([label]);
    return done();
}
const labelCommands = [
    {
        name: 'label',
        usage: 'LABEL',
        help: 'Adds a label listed in config `labels.additional` (anyone) or `labels.restricted` (the users and teams listed). Any other label is refused.',
        who: 'anyone',
        whoText: 'per config (`labels.additional`, `labels.restricted`)',
        group: 'labels',
        example: '/label ready-to-deploy',
        run: (ctx) => labelCommand(ctx, false),
    },
    {
        name: 'remove-label',
        usage: 'LABEL',
        help: 'Removes a label that `/label` may set, under the same rules.',
        who: 'anyone',
        whoText: 'per config (`labels.additional`, `labels.restricted`)',
        group: 'labels',
        run: (ctx) => labelCommand(ctx, true),
    },
];

;// CONCATENATED MODULE: ./src/command-dispatch/commands/people.ts
// /assign, /unassign, /cc, /uncc. Anyone may name themselves; naming others needs a collaborator.
// GitHub silently drops assignees it cannot assign and refuses a whole review request when one
// reviewer is not a collaborator: /cc then tries each user alone and names exactly those refused.




const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i;
function targets(ctx) {
    const names = (0,commands/* userArgs */.nY)(ctx.args);
    const logins = names.length ? names : [ctx.actor];
    return {
        logins: logins.filter((l) => VALID_LOGIN.test(l)),
        invalid: logins.filter((l) => !VALID_LOGIN.test(l)),
    };
}
async function othersAllowed(ctx, logins) {
    return logins.every((l) => (0,permissions/* sameLogin */.Up)(l, ctx.actor)) || (await ctx.can('collaborator'));
}
const list = (logins) => logins.map((l) => `@${l}`).join(', ');
async function people_assign(ctx, remove) {
    const { logins, invalid } = targets(ctx);
    if (invalid.length)
        return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`);
    if (!(await othersAllowed(ctx, logins)))
        return refuse(`Only collaborators may ${remove ? 'unassign' : 'assign'} other people.`);
    const { github, repo } = ctx.run;
    if (remove) {
        await github.rest.issues.removeAssignees({ ...repo, issue_number: ctx.target.number, assignees: logins });
        return done();
    }
    const { data } = await github.rest.issues.addAssignees({
        ...repo,
        issue_number: ctx.target.number,
        assignees: logins,
    });
    const now = (data.assignees ?? []).map((a) => a.login);
    const dropped = logins.filter((l) => !now.some((a) => (0,permissions/* sameLogin */.Up)(a, l)));
    if (dropped.length)
        return refuse(`GitHub did not assign ${list(dropped)}: they may not exist or may lack access to this repository.`);
    return done();
}
async function cc(ctx, remove) {
    const { logins, invalid } = targets(ctx);
    if (invalid.length)
        return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`);
    if (logins.some((l) => (0,permissions/* sameLogin */.Up)(l, ctx.target.author)) && !remove) {
        return refuse('The author of a pull request cannot be requested as its reviewer.');
    }
    const refused = await requestEach(ctx, logins, remove);
    if (refused.length) {
        return refuse(`GitHub refused to ${remove ? 'un-request' : 'request'} a review from ${list(refused)}: reviewers must exist and be collaborators.`);
    }
    return done();
}
/**
 * Requests (or withdraws) reviews; GitHub refuses the whole request with 422 when any one user
 * cannot review, so on a 422 each user is tried alone. Returns the users GitHub refused.
 */
async function requestEach(ctx, logins, remove) {
    const { github, repo } = ctx.run;
    const send = async (reviewers) => {
        const params = { ...repo, pull_number: ctx.target.number, reviewers };
        try {
            if (remove)
                await github.rest.pulls.removeRequestedReviewers(params);
            else
                await github.rest.pulls.requestReviewers(params);
            return true;
        }
        catch (error) {
            if ((0,core_github/* httpStatus */.nG)(error) === 422)
                return false;
            throw error;
        }
    };
    if (await send(logins))
        return [];
    if (logins.length === 1)
        return logins;
    const refused = [];
    for (const login of logins)
        if (!(await send([login])))
            refused.push(login);
    return refused;
}
const peopleCommands = [
    {
        name: 'assign',
        usage: '[@user…]',
        help: 'Assigns the named users, or the commenter when none is named.',
        who: 'anyone',
        whoText: 'anyone (self); collaborators (others)',
        group: 'triage',
        example: '/assign @alice',
        run: (ctx) => people_assign(ctx, false),
    },
    {
        name: 'unassign',
        usage: '[@user…]',
        help: 'Unassigns the named users, or the commenter when none is named.',
        who: 'anyone',
        whoText: 'anyone (self); collaborators (others)',
        group: 'triage',
        run: (ctx) => people_assign(ctx, true),
    },
    {
        name: 'cc',
        usage: '[@user…]',
        help: 'Requests a review from the named users (the commenter when none is named).',
        who: 'anyone',
        on: 'pull',
        group: 'review',
        example: '/cc @bob',
        run: (ctx) => cc(ctx, false),
    },
    {
        name: 'uncc',
        usage: '[@user…]',
        help: 'Withdraws review requests from the named users (the commenter when none is named).',
        who: 'anyone',
        on: 'pull',
        group: 'review',
        run: (ctx) => cc(ctx, true),
    },
];

// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/review.ts
// /lgtm and /approve: the two review gates, bound to the head. /lgtm records `bosun/lgtm` on the
// head the reviewer saw (refused when that head is no longer current); /approve recomputes approvals
// from the PR's whole history (comments and review bodies, Prow's approve plugin) and records
// `bosun/approve` on the head, so the merge pool trusts statuses on the head, never a stale label.





const LGTM_LABEL = 'lgtm';
const APPROVED_LABEL = 'approved';
/** Why a /lgtm cannot apply to the current head, or undefined when it can. */
async function staleReason(ctx, head) {
    const { eventName, payload } = ctx.run.ctx;
    if (eventName === 'pull_request_review') {
        const reviewed = String(payload.review?.commit_id ?? '');
        if (reviewed && reviewed !== head.headSha)
            return `Your review is of \`${reviewed.slice(0, 7)}\`, but the head is now \`${head.headSha.slice(0, 7)}\`: look at the new commits and \`/lgtm\` again.`;
    }
    return undefined;
}
const lgtm = {
    name: 'lgtm',
    aliases: { 'remove-lgtm': 'cancel' },
    usage: '[no-issue|cancel]',
    help: `Adds \`${LGTM_LABEL}\` for the current head commit: the change looks good to a reviewer. \`/lgtm cancel\` (or \`/remove-lgtm\`) removes it.`,
    // Checked in run(): only reviewers may give it and never the author (who is told so), while the
    // author or a reviewer may cancel it; no single level says either.
    who: 'anyone',
    whoText: 'reviewers of a changed file, not the PR author; the author or a reviewer may cancel',
    on: 'pull',
    group: 'review',
    example: '/lgtm',
    async run(ctx) {
        const { target, actor, run } = ctx;
        if (/^cancel\b/i.test(ctx.args)) {
            if (!(0,permissions/* sameLogin */.Up)(actor, target.author) && !(await ctx.can('reviewer'))) {
                return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.');
            }
            await target.removeLabel(LGTM_LABEL);
            const head = await currentHead(ctx);
            if ((0,review_state/* trustedStatus */.c)(head.statuses, review_state/* LGTM_CONTEXT */.Rj, await viewer(ctx))?.state === 'success')
                await (0,writes/* setCommitStatus */.MX)(run.github, run.repo, head.headSha, review_state/* LGTM_CONTEXT */.Rj, 'pending', `LGTM cancelled by ${actor}.`);
            return done();
        }
        if (ctx.args && !/^no-issue$/i.test(ctx.args))
            return refuse('Use `/lgtm`, `/lgtm no-issue` or `/lgtm cancel`.');
        if ((0,permissions/* sameLogin */.Up)(actor, target.author))
            return refuse('You cannot LGTM your own pull request.');
        if (!(await ctx.can('reviewer')))
            return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`);
        const head = await currentHead(ctx);
        const reviewStale = await staleReason(ctx, head);
        if (reviewStale)
            return refuse(reviewStale);
        const writtenAt = String(run.ctx.payload.comment?.created_at ?? '');
        const lgtmNow = (0,review_state/* trustedStatus */.c)(head.statuses, review_state/* LGTM_CONTEXT */.Rj, await viewer(ctx));
        if (writtenAt && (0,review_state/* lgtmIsStale */.En)(writtenAt, { committedAt: head.headCommittedAt, lgtm: lgtmNow }))
            return refuse(`The head moved to \`${head.headSha.slice(0, 7)}\` after you wrote this: look at the new commits and \`/lgtm\` again.`);
        if (!target.data.assignees.some((a) => (0,permissions/* sameLogin */.Up)(a, actor))) {
            await run.github.rest.issues.addAssignees({
                ...run.repo,
                issue_number: target.number,
                assignees: [actor],
            });
        }
        const description = `LGTM by ${actor}.`;
        if (lgtmNow?.state !== 'success' || lgtmNow.description !== description)
            await (0,writes/* setCommitStatus */.MX)(run.github, run.repo, head.headSha, review_state/* LGTM_CONTEXT */.Rj, 'success', description);
        await target.addLabels([LGTM_LABEL]);
        return done();
    },
};
const viewer = async (ctx) => (await ctx.run.preflight()).viewer;
/**
 * The review facts read with the preflight (the dispatcher asks for them when a review command is
 * in the comment); used once, since this run's own writes make them stale.
 */
async function preflightReview(ctx) {
    const repository = (await ctx.run.preflight()).repository;
    const page = repository.review;
    delete repository.review;
    return page;
}
async function currentHead(ctx) {
    const page = await preflightReview(ctx);
    return page ? (0,approval_sync/* headFactsOf */.Tg)(page) : (0,approval_sync/* readHead */.zy)(ctx.run.github, ctx.run.repo, ctx.target.number);
}
/**
 * Recomputes approval for the PR: `approved`, the `bosun/approve` status on the head and the
 * notification comment brought in line with the history.
 */
async function reconcileApproval(ctx, extraText) {
    const { run, target, config } = ctx;
    const login = await viewer(ctx);
    const [files, owners, facts] = await Promise.all([
        target.files(),
        target.owners(),
        preflightReview(ctx).then((page) => (0,approval_sync/* readReviewFacts */.SQ)(run.github, run.repo, target.number, login, page)),
    ]);
    const extra = extraText ? { login: ctx.actor, body: extraText, isBot: false } : undefined;
    const result = await (0,approval_sync/* syncApproval */.n9)({
        github: run.github,
        repo: run.repo,
        number: target.number,
        author: target.author,
        viewer: login,
        files,
        owners,
        requireSelfApproval: config.approve.requireSelfApproval,
        permissions: run.permissions,
        facts,
        extra,
        postNotification: true,
    });
    if (result.state.approved)
        await target.addLabels([APPROVED_LABEL]);
    else
        await target.removeLabel(APPROVED_LABEL);
    if (result.notification === 'created' || result.notification === 'updated')
        run.report.result.comments.push(`approval notification ${result.notification}`);
}

const approve = {
    name: 'approve',
    aliases: { 'remove-approve': 'cancel' },
    usage: '[no-issue|cancel]',
    help: `Approves the files you own in OWNERS; \`${APPROVED_LABEL}\` is added once approvers cover every changed file. \`/approve cancel\` (or \`/remove-approve\`) withdraws your approval.`,
    // Anyone may withdraw their own approval; withdrawing someone else's is impossible by construction.
    who: (args) => (/^cancel\b/i.test(args) ? 'anyone' : 'approver'),
    whoText: 'approvers in OWNERS of a changed file (without OWNERS: collaborators); anyone may withdraw their own approval',
    on: 'pull',
    group: 'review',
    example: '/approve',
    async run(ctx) {
        const cancel = /^cancel\b/i.test(ctx.args);
        if (ctx.args && !cancel && !/^no-issue$/i.test(ctx.args))
            return refuse('Use `/approve`, `/approve no-issue` or `/approve cancel`.');
        // Issue comments and review bodies are in the history GitHub lists; review comments and a new
        // PR's body are not, so the command being handled is counted explicitly (this once).
        const listed = ['issue_comment', 'pull_request_review'].includes(ctx.run.ctx.eventName);
        await reconcileApproval(ctx, listed ? undefined : `/approve${cancel ? ' cancel' : ''}`);
        return done();
    },
};

;// CONCATENATED MODULE: ./src/command-dispatch/commands/state.ts
// /close, /reopen, /retitle, /milestone.

const stateCommands = [
    {
        name: 'close',
        usage: '[not-planned]',
        help: 'Closes the issue or PR; `not-planned` closes an issue as not planned.',
        who: 'author',
        group: 'state',
        example: '/close not-planned',
        async run({ run, target, args }) {
            const reason = args.toLowerCase();
            if (reason && reason !== 'not-planned')
                return refuse('Use `/close` or `/close not-planned`.');
            if (target.data.state === 'closed')
                return done();
            await run.github.rest.issues.update({
                ...run.repo,
                issue_number: target.number,
                state: 'closed',
                ...(target.isPull ? {} : { state_reason: reason ? 'not_planned' : 'completed' }),
            });
            return done();
        },
    },
    {
        name: 'reopen',
        help: 'Reopens a closed issue or PR.',
        who: 'author',
        group: 'state',
        async run({ run, target }) {
            if (target.data.state === 'open')
                return done();
            await run.github.rest.issues.update({ ...run.repo, issue_number: target.number, state: 'open' });
            return done();
        },
    },
    {
        name: 'retitle',
        usage: 'NEW TITLE',
        help: 'Changes the title.',
        who: 'author',
        group: 'state',
        example: '/retitle fix: handle empty OWNERS files',
        async run({ run, target, args }) {
            const title = args.trim();
            if (!title)
                return refuse('Give the new title, e.g. `/retitle Fix the flaky test`.');
            if (title.length > 256)
                return refuse('Titles are limited to 256 characters.');
            if (title === target.data.title)
                return done();
            await run.github.rest.issues.update({ ...run.repo, issue_number: target.number, title });
            return done();
        },
    },
    {
        name: 'milestone',
        usage: 'NAME|clear',
        help: 'Sets the milestone by its title, or clears it.',
        who: 'collaborator',
        group: 'state',
        example: '/milestone v1.2',
        async run({ run, target, args }) {
            const name = args.trim();
            if (!name)
                return refuse('Give the milestone title, or `clear`.');
            if (name.toLowerCase() === 'clear') {
                await run.github.rest.issues.update({ ...run.repo, issue_number: target.number, milestone: null });
                return done();
            }
            const open = await run.github.paginate(run.github.rest.issues.listMilestones, {
                ...run.repo,
                state: 'open',
                per_page: 100,
            });
            const milestone = open.find((m) => m.title === name) ?? open.find((m) => m.title.toLowerCase() === name.toLowerCase());
            if (!milestone) {
                const titles = open.map((m) => `\`${m.title}\``).join(', ');
                return refuse(`There is no open milestone \`${name}\`. ${titles ? `Open milestones: ${titles}.` : 'This repository has no open milestones.'}`);
            }
            await run.github.rest.issues.update({
                ...run.repo,
                issue_number: target.number,
                milestone: milestone.number,
            });
            return done();
        },
    },
];

;// CONCATENATED MODULE: ./src/command-dispatch/registry.ts
// The one list of commands. The dispatcher, `/commands` and docs/commands.md all read it.











/** Commands other bosun actions own: command-dispatch leaves them alone. */
const FOREIGN_COMMANDS = new Set(['gt', 'gpt-translate']);
const listCommands = {
    name: 'commands',
    help: 'Replies with the commands enabled in this repository.',
    who: 'anyone',
    group: 'help',
    async run({ config }) {
        return done(renderCommandTable(enabledCommands(config), config));
    },
};
const BUILTIN_COMMANDS = [
    lgtm,
    approve,
    hold,
    ...peopleCommands,
    ...prefixedLabelCommands,
    ...labelCommands,
    lifecycle,
    removeLifecycle,
    ...helpCommands,
    ...stateCommands,
    ...ciCommands,
    release,
    listCommands,
];
/** Built-in names and aliases, known without reading config (so comments without one cost nothing). */
const BUILTIN_NAMES = new Set(BUILTIN_COMMANDS.flatMap((c) => [c.name, ...Object.keys(c.aliases ?? {})]));
/**
 * Config keys that name commands (`permissions.<name>`, `commands.disabled`) must name real ones:
 * a typo would silently leave a command open or enabled.
 */
function commandConfigProblems(config) {
    const builtin = BUILTIN_COMMANDS.map((c) => c.name);
    const custom = Object.keys(config.commands.custom);
    const problems = [];
    for (const name of Object.keys(config.permissions)) {
        if (!builtin.includes(name)) {
            problems.push(`permissions.${name}: no built-in command "/${name}"; did you mean "${(0,mod/* closest */.kp)(name, builtin)}"?`);
        }
    }
    config.commands.disabled.forEach((name, i) => {
        if (!builtin.includes(name))
            problems.push(`commands.disabled[${i}]: no built-in command "/${name}"; did you mean "${(0,mod/* closest */.kp)(name, builtin)}"?`);
    });
    for (const name of custom) {
        if (BUILTIN_NAMES.has(name))
            problems.push(`commands.custom.${name}: "/${name}" is a built-in command; choose another name`);
    }
    return problems;
}
/** A built-in command by name or alias, without config (used before config is read). */
function findBuiltin(name) {
    return BUILTIN_COMMANDS.find((c) => c.name === name || (c.aliases && name in c.aliases));
}
function enabledCommands(config) {
    const disabled = new Set(config.commands.disabled);
    const builtins = BUILTIN_COMMANDS.filter((c) => !disabled.has(c.name));
    const custom = Object.entries(config.commands.custom)
        .filter(([name]) => !BUILTIN_NAMES.has(name))
        .map(([name, def]) => customCommand(name, def));
    return [...builtins, ...custom];
}
/** Finds the command a parsed name refers to, or why it cannot run. */
function resolveCommand(name, args, config) {
    const all = [...BUILTIN_COMMANDS, ...enabledCommands(config)];
    const spec = all.find((c) => c.name === name || (c.aliases && name in c.aliases));
    if (!spec)
        return undefined;
    if (config.commands.disabled.includes(spec.name))
        return { disabled: spec.name };
    const implied = spec.name === name ? '' : (spec.aliases?.[name] ?? '');
    return { spec, args: [implied, args].filter(Boolean).join(' ') };
}
/** The level a command needs with these arguments, after the config's `permissions` override. */
function requiredLevel(spec, args, config) {
    return config.permissions[spec.name] ?? (typeof spec.who === 'function' ? spec.who(args) : spec.who);
}
function whoText(spec, config) {
    const override = config?.permissions[spec.name];
    if (override)
        return (0,permissions/* describeLevel */.uH)(override);
    if (spec.whoText)
        return spec.whoText;
    return (0,permissions/* describeLevel */.uH)(typeof spec.who === 'function' ? spec.who('') : spec.who);
}
const usage = (spec) => `/${spec.name}${spec.usage ? ` ${spec.usage}` : ''}`;
const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderCommandTable(specs, config) {
    const rows = specs.map((s) => {
        const aliases = Object.keys(s.aliases ?? {}).map((a) => `\`/${a}\``);
        const where = s.on === 'pull' ? ' (PRs)' : s.on === 'issue' ? ' (issues)' : '';
        return `| \`${escapeCell(usage(s))}\`${aliases.length ? ` (also ${aliases.join(', ')})` : ''}${where} | ${escapeCell(whoText(s, config))} | ${escapeCell(s.help)} |`;
    });
    return ['| Command | Who may use it | What it does |', '|---|---|---|', ...rows].join('\n');
}
/** docs/commands.md, generated; a unit test fails when the committed file differs. */
function renderCommandsDoc() {
    return [
        '# bosun commands',
        '',
        '<!-- Generated from src/command-dispatch/registry.ts by `npm run docs`; do not edit by hand. -->',
        '',
        'Type these at the start of a line in an issue or pull request comment, a review, or the',
        'description of a new issue or PR. Several commands may share one comment; they run in order.',
        'Lines inside code blocks, block quotes and HTML comments are ignored. Permissions can be',
        'changed per repository with `permissions:` in `.github/bosun.yml`, commands switched off with',
        '`commands.disabled`, and new ones added with `commands.custom`.',
        '',
        renderCommandTable([...BUILTIN_COMMANDS]),
        '',
        '`/gt` and `/gpt-translate` belong to the gpt-translate action.',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/label-changes.ts
var label_changes = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/core/owners.ts
var owners = __webpack_require__(255);
;// CONCATENATED MODULE: ./src/command-dispatch/target.ts



/** Reads the issue or PR from the payloads of the events command-dispatch handles. */
function targetFromPayload(payload) {
    const item = payload.pull_request ?? payload.issue;
    if (!item || typeof item.number !== 'number')
        return undefined;
    return {
        number: item.number,
        isPull: !!payload.pull_request || !!payload.issue?.pull_request,
        author: String(item.user?.login ?? ''),
        title: String(item.title ?? ''),
        state: String(item.state ?? 'open'),
        labels: (item.labels ?? []).map((l) => typeof l === 'string' ? l : String(l.name)),
        assignees: (item.assignees ?? []).map((a) => a.login),
        headSha: payload.pull_request?.head?.sha,
    };
}
class Target {
    run;
    data;
    /** The labels as they will be once pending changes are written. */
    labelChanges;
    /** Which commands asked for each label change, to blame the right ones if the write fails. */
    changedBy = new Map();
    /** Index of the command now running (set by the dispatcher). */
    currentCommand = 0;
    headShaPromise;
    filesPromise;
    ownersPromise;
    constructor(run, data) {
        this.run = run;
        this.data = data;
        this.labelChanges = new label_changes/* LabelChanges */.G(data.labels);
    }
    get number() {
        return this.data.number;
    }
    get isPull() {
        return this.data.isPull;
    }
    get author() {
        return this.data.author;
    }
    get labels() {
        return this.labelChanges.labels;
    }
    hasLabel(name) {
        return this.labelChanges.has(name);
    }
    blame(name) {
        const key = name.toLowerCase();
        const who = this.changedBy.get(key) ?? new Set();
        who.add(this.currentCommand);
        this.changedBy.set(key, who);
    }
    async addLabels(names) {
        for (const name of names)
            if (this.labelChanges.add(name))
                this.blame(name);
    }
    async removeLabel(name) {
        if (this.labelChanges.remove(name))
            this.blame(name);
    }
    /** Writes the net label changes: one request for all additions, one per removal. */
    async flushLabels() {
        const { added, removed } = this.labelChanges;
        const failed = new Set();
        let firstError;
        const attempt = async (labels, write) => {
            try {
                await write();
            }
            catch (error) {
                firstError ??= error;
                for (const l of labels)
                    this.changedBy.get(l.toLowerCase())?.forEach((i) => failed.add(i));
            }
        };
        if (added.length) {
            await attempt(added, async () => {
                await writes/* addLabels */.Nl(this.run.github, this.run.repo, this.number, added);
                this.run.report.result.labelsAdded.push(...added);
            });
        }
        for (const label of removed) {
            await attempt([label], async () => {
                await writes/* removeLabel */.tA(this.run.github, this.run.repo, this.number, label);
                this.run.report.result.labelsRemoved.push(label);
            });
        }
        return failed.size ? { commands: failed, error: firstError } : undefined;
    }
    /** The PR's head SHA (issue_comment payloads lack it), fetched once. */
    headSha() {
        if (!this.isPull)
            throw new Error('not a pull request');
        if (this.data.headSha)
            return Promise.resolve(this.data.headSha);
        this.headShaPromise ??= this.run.github.rest.pulls
            .get({ ...this.run.repo, pull_number: this.number })
            .then(({ data }) => data.head.sha);
        return this.headShaPromise;
    }
    /** Changed files of a PR (every page; a rename counts under both names), fetched once. */
    files() {
        if (!this.isPull)
            return Promise.resolve([]);
        this.filesPromise ??= this.run.github
            .paginate(this.run.github.rest.pulls.listFiles, {
            ...this.run.repo,
            pull_number: this.number,
            per_page: 100,
        })
            .then((files) => files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])));
        return this.filesPromise;
    }
    /**
     * OWNERS for the changed files, read from the PR's base branch (the default branch on issues),
     * limited to people with repository access.
     */
    owners() {
        const hasAccess = (logins) => this.run.permissions.withAccess(logins);
        this.ownersPromise ??= (async () => {
            if (!this.isPull)
                return (0,owners/* loadOwners */.Ju)(this.run.github, this.run.repo, { ref: 'HEAD' }, ['OWNERS'], hasAccess);
            const files = await this.files();
            return (0,owners/* loadOwners */.Ju)(this.run.github, this.run.repo, { pullNumber: this.number }, files.length ? files : ['OWNERS'], hasAccess);
        })();
        return this.ownersPromise;
    }
}

;// CONCATENATED MODULE: ./src/command-dispatch/run.ts
// command-dispatch: find the slash commands in a comment, review or new issue/PR body, check who
// may run each, run them in order, then give one reaction and at most one reply.













/** Where the commands of an event are written, or why the event is not one we act on. */
function commandSource(eventName, payload) {
    const action = payload.action;
    const from = (text, ref, user) => ({
        text: typeof text === 'string' ? text : '',
        ref,
        author: String(user?.login ?? ''),
    });
    switch (eventName) {
        case 'issue_comment':
            if (action !== 'created')
                return { skip: `issue_comment ${action} (only new comments are read)` };
            return from(payload.comment?.body, { kind: 'issue_comment', id: payload.comment?.id }, payload.comment?.user);
        case 'pull_request_review':
            if (action !== 'submitted')
                return { skip: `pull_request_review ${action}` };
            return from(payload.review?.body, { kind: 'review' }, payload.review?.user);
        case 'pull_request_review_comment':
            if (action !== 'created')
                return { skip: `pull_request_review_comment ${action}` };
            return from(payload.comment?.body, { kind: 'review_comment', id: payload.comment?.id }, payload.comment?.user);
        case 'issues':
            if (action !== 'opened')
                return { skip: `issues ${action}` };
            return from(payload.issue?.body, { kind: 'issue', number: payload.issue?.number }, payload.issue?.user);
        case 'pull_request':
        case 'pull_request_target':
            if (action !== 'opened')
                return { skip: `${eventName} ${action}` };
            return from(payload.pull_request?.body, { kind: 'issue', number: payload.pull_request?.number }, payload.pull_request?.user);
        default:
            return { skip: `event ${eventName} carries no commands` };
    }
}
function describeFailure(error) {
    const e = error;
    const first = String(e.message ?? error).split('\n')[0];
    return e.status ? `GitHub refused the change (${e.status}: ${first}).` : `It failed: ${first}`;
}
async function runOne(run, ctx, command) {
    const resolved = resolveCommand(command.name, command.args, ctx.config);
    if (!resolved)
        return { outcome: { ok: true } };
    if ('disabled' in resolved)
        return { outcome: { ok: false, reason: `\`/${resolved.disabled}\` is disabled in this repository.` } };
    const { spec, args } = resolved;
    if (spec.on === 'pull' && !ctx.target.isPull)
        return { outcome: { ok: false, reason: `\`/${spec.name}\` only works on pull requests.` } };
    if (spec.on === 'issue' && ctx.target.isPull)
        return { outcome: { ok: false, reason: `\`/${spec.name}\` only works on issues.` } };
    const level = requiredLevel(spec, args, ctx.config);
    if (!(await ctx.can(level))) {
        return { outcome: { ok: false, reason: `\`/${spec.name}\` is for ${whoText(spec, ctx.config)}.` } };
    }
    try {
        return { outcome: await spec.run({ ...ctx, args }) };
    }
    catch (error) {
        const status = (0,core_github/* httpStatus */.nG)(error);
        run.log.warning(`/${spec.name} failed: ${describeFailure(error)}`);
        // A 4xx is GitHub saying no (a bad assignee, a protected branch): the command failed, the run did
        // its job. Anything else is ours or GitHub's outage: report it to the user and fail the step too.
        return {
            outcome: { ok: false, reason: describeFailure(error) },
            crashed: status && status < 500 ? undefined : error,
        };
    }
}
const REVIEW_COMMANDS = new Set(['lgtm', 'remove-lgtm', 'approve', 'remove-approve']);
const SEEN_FIELDS = '... on Reactable { reactionGroups { viewerHasReacted } }';
/** The GraphQL id of the text bosun reacts to (a comment, or a new issue or PR), if it has one. */
function sourceNodeId(payload, ref) {
    const id = ref.kind === 'issue_comment' || ref.kind === 'review_comment'
        ? payload.comment?.node_id
        : ref.kind === 'issue'
            ? (payload.pull_request ?? payload.issue)?.node_id
            : undefined;
    return typeof id === 'string' && id ? id : undefined;
}
function alreadyAnswered(node) {
    return !!node?.reactionGroups?.some((g) => g.viewerHasReacted);
}
/** The /lgtm an approving (or /lgtm cancel a changes-requested) review implies, if any. */
function reviewVerdict(eventName, payload) {
    if (eventName !== 'pull_request_review' || payload.action !== 'submitted')
        return undefined;
    const state = String(payload.review?.state ?? '').toLowerCase();
    if (state === 'approved')
        return { name: 'lgtm', args: '', raw: '(approving review)', line: 0 };
    if (state === 'changes_requested')
        return { name: 'lgtm', args: 'cancel', raw: '(review requesting changes)', line: 0 };
    return undefined;
}
async function run_dispatch(run) {
    // A workflow dispatched by /release (release.workflow) finished: answer the waiting reply.
    if (run.ctx.eventName === 'workflow_run')
        return releaseRunCompleted(run);
    const source = commandSource(run.ctx.eventName, run.ctx.payload);
    if ('skip' in source)
        return run.report.skip(source.skip);
    if (run.skipBotSender())
        return;
    if ((0,loop_guard/* isBosunText */.R)(source.text))
        return run.report.skip('text written by bosun');
    const parsed = (0,commands/* parseCommands */.Gr)(source.text).filter((c) => !FOREIGN_COMMANDS.has(c.name));
    const verdict = reviewVerdict(run.ctx.eventName, run.ctx.payload);
    if (!parsed.length && !verdict)
        return run.report.skip('no command');
    const data = targetFromPayload(run.ctx.payload);
    if (!data)
        return run.report.skip('event names no issue or pull request');
    // One request answers the config, the token's login and whether the labels named exist.
    const labelsNeeded = parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []);
    // A comment that also holds another action's command (/gt) gets that action's reaction too, so a
    // reaction proves nothing there; elsewhere it is bosun's record that the comment was handled.
    const sharesComment = (0,commands/* parseCommands */.Gr)(source.text).some((c) => FOREIGN_COMMANDS.has(c.name));
    const nodeId = sharesComment ? undefined : sourceNodeId(run.ctx.payload, source.ref);
    const { config, labels: knownLabels, root, } = await run.preflight({
        labels: labelsNeeded,
        // /lgtm and /approve read the head and the review history: on a PR that rides here too.
        ...(data.isPull && (verdict || parsed.some((c) => REVIEW_COMMANDS.has(c.name)))
            ? {
                repositoryFields: `review: pullRequest(number: ${Math.trunc(data.number)}) { ${(0,approval_sync/* reviewFactsFields */.fh)()} }`,
            }
            : {}),
        ...(nodeId ? { rootFields: `seen: node(id: ${JSON.stringify(nodeId)}) { ${SEEN_FIELDS} }` } : {}),
    });
    const problems = commandConfigProblems(config);
    if (problems.length)
        throw new core_config/* ConfigError */.xL(run.ctx.inputs.configPath, problems);
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    // The reaction is the last write of a handled comment: finding ours means this delivery is a repeat.
    if (alreadyAnswered(root.seen))
        return run.report.skip('already handled (bosun has reacted to it)');
    // lgtm.review-acts-as-lgtm: an approving review is a /lgtm, one requesting changes a /lgtm cancel.
    if (verdict &&
        config.lgtm.reviewActsAsLgtm &&
        !parsed.some((c) => c.name === 'lgtm' || c.name === 'remove-lgtm')) {
        parsed.push(verdict);
    }
    const known = parsed.filter((c) => resolveCommand(c.name, c.args, config));
    if (!known.length)
        return run.report.skip('no known command');
    const target = new Target(run, data);
    const actor = source.author;
    const ctx = {
        run,
        config,
        target,
        actor,
        args: '',
        labels: new labels/* LabelCatalog */.C_(run.github, run.repo, config, knownLabels),
        can: (level) => (0,permissions/* meetsLevel */.Hk)(level, { login: actor, author: target.author, owners: () => target.owners(), files: () => target.files() }, run.permissions),
    };
    const results = [];
    let crash;
    for (const [index, command] of known.slice(0, commands/* MAX_COMMANDS_PER_COMMENT */.oq).entries()) {
        target.currentCommand = index;
        const { outcome, crashed } = await runOne(run, ctx, command);
        crash ??= crashed;
        results.push({ command, outcome });
    }
    // Label changes of the whole comment are written together; a failed write fails the commands
    // that asked for it.
    const labelFailure = await target.flushLabels();
    if (labelFailure) {
        const status = (0,core_github/* httpStatus */.nG)(labelFailure.error);
        if (!status || status >= 500)
            crash ??= labelFailure.error;
        for (const i of labelFailure.commands)
            results[i].outcome = { ok: false, reason: describeFailure(labelFailure.error) };
    }
    for (const { command, outcome } of results) {
        run.report.result.commands.push({
            command: command.raw,
            ok: outcome.ok,
            ...(outcome.ok ? {} : { message: outcome.reason }),
        });
    }
    const skipped = known.slice(commands/* MAX_COMMANDS_PER_COMMENT */.oq);
    const feedback = renderFeedback(actor, results, skipped);
    if (feedback.reply) {
        await (0,writes/* postReply */.VM)(run.github, run.repo, target.number, 'reply', feedback.reply);
        run.report.result.comments.push('reply');
    }
    // Last, so that it records the comment as handled only once everything else is written.
    await (0,writes/* react */.wv)(run.github, run.repo, source.ref, feedback.reaction);
    if (crash)
        throw crash;
}
const run = () => (0,action/* runAction */.Cs)('command-dispatch', run_dispatch);


/***/ })

};
