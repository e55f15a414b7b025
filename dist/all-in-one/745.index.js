export const id = 745;
export const ids = [745];
export const modules = {

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandSource: () => (/* binding */ commandSource),
  dispatch: () => (/* binding */ run_dispatch),
  dispatchThenLifecycle: () => (/* binding */ dispatchThenLifecycle),
  entry: () => (/* binding */ entry),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/label-policy/policies/require-matching-label.ts
var require_matching_label = __webpack_require__(9026);
// EXTERNAL MODULE: ./src/core/approval-sync.ts + 1 modules
var approval_sync = __webpack_require__(3948);
// EXTERNAL MODULE: ./src/core/github.ts
var core_github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var core_config = __webpack_require__(4024);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/payload.ts
var core_payload = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
// EXTERNAL MODULE: ./src/label-policy/lifecycle.ts + 1 modules
var lifecycle = __webpack_require__(7281);
;// CONCATENATED MODULE: ./src/core/cherry-pick.ts

async function cherryPick(git, req) {
    const onto = await git.commit(req.onto);
    const tempCommit = await git.createCommit({
        tree: onto.tree,
        parents: [req.from],
        message: `Temporary base for cherry-picking ${req.pick}`,
    });
    await git.setBranch(req.tempBranch, tempCommit);
    try {
        const merged = await git.merge(req.tempBranch, req.pick, `Cherry-pick ${req.pick}`);
        if (merged === 'conflict')
            return { conflict: true, tempCommit };
        if (merged === 'up-to-date' || merged.tree === onto.tree)
            return { empty: true };
        const picked = await git.createCommit({
            tree: merged.tree,
            parents: [req.onto],
            message: req.message,
            ...(req.author ? { author: req.author } : {}),
        });
        await git.setBranch(req.branch, picked);
        return { picked };
    }
    finally {
        await git.deleteBranch(req.tempBranch);
    }
}
/** Most first-parent steps walked back from a rebase merge (GitHub lists at most 250 PR commits). */
const MAX_REBASED_COMMITS = 250;
/**
 * Where the change of a merged PR starts, seen from its merge commit: a merge commit's first parent;
 * a squash's only parent; for a rebase merge of n commits (the tip repeats the PR's last commit's
 * message and author) n first-parent steps back. `walk` counts the steps from the merge commit.
 */
function changeBase(merge, pull) {
    const [first] = merge.parents;
    if (first === undefined)
        return { error: 'the merge commit has no parent' };
    if (merge.parents.length > 1 || pull.commits <= 1 || !pull.last)
        return { from: first };
    const rebased = merge.message.trim() === pull.last.message.trim() &&
        (!merge.author || !pull.last.author || merge.author.email === pull.last.author.email);
    if (!rebased)
        return { from: first };
    if (pull.commits > MAX_REBASED_COMMITS)
        return { error: `a rebase merge of more than ${MAX_REBASED_COMMITS} commits cannot be walked back` };
    return { walk: pull.commits };
}
/** Follows first parents `steps` times from `sha`. */
async function firstParentAncestor(git, sha, steps) {
    let current = sha;
    for (let i = 0; i < steps; i++) {
        const commit = await git.commit(current);
        const [parent] = commit.parents;
        if (parent === undefined)
            throw new Error(`${current} has no parent`);
        current = parent;
    }
    return current;
}
// ---- the port, on GitHub -------------------------------------------------------------------------
function githubGit(github, repo) {
    return {
        async commit(sha) {
            const { data } = await github.rest.git.getCommit({ ...repo, commit_sha: sha });
            return {
                sha: data.sha,
                tree: data.tree.sha,
                parents: data.parents.map((p) => p.sha),
                message: data.message,
                author: { name: data.author.name, email: data.author.email, date: data.author.date },
            };
        },
        async createCommit(commit) {
            const { data } = await github.rest.git.createCommit({ ...repo, ...commit });
            return data.sha;
        },
        async setBranch(name, sha) {
            try {
                await github.rest.git.createRef({ ...repo, ref: `refs/heads/${name}`, sha });
            }
            catch (error) {
                // 422: the branch exists (left by an earlier attempt): move it.
                if ((0,core_github/* httpStatus */.nG)(error) !== 422)
                    throw error;
                await github.rest.git.updateRef({ ...repo, ref: `heads/${name}`, sha, force: true });
            }
        },
        async deleteBranch(name) {
            try {
                await github.rest.git.deleteRef({ ...repo, ref: `heads/${name}` });
            }
            catch (error) {
                if ((0,core_github/* httpStatus */.nG)(error) !== 422 && (0,core_github/* httpStatus */.nG)(error) !== 404)
                    throw error;
            }
        },
        async merge(base, head, message) {
            try {
                const res = await github.rest.repos.merge({ ...repo, base, head, commit_message: message });
                // Octokit's types know only the 201; GitHub answers 204 when base already has head.
                if (res.status === 204)
                    return 'up-to-date';
                return { tree: res.data.commit.tree.sha };
            }
            catch (error) {
                if ((0,core_github/* httpStatus */.nG)(error) === 409)
                    return 'conflict';
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/command-dispatch/types.ts
const done = (note) => ({ ok: true, note });
const refuse = (reason) => ({ ok: false, reason });
/** A write nothing after it reads: beside the label write when the dispatcher offers, else now. */
async function writeAlongside(ctx, write) {
    if (ctx.alongside)
        ctx.alongside(write);
    else
        await write();
}

;// CONCATENATED MODULE: ./src/command-dispatch/commands/cherrypick.ts







const CHERRYPICK_LABEL_PREFIX = 'cherrypick/';
const cherrypickLabel = (branch) => `${CHERRYPICK_LABEL_PREFIX}${branch}`;
/** The branch the pick is pushed to; an open PR from it to BRANCH means the pick was made. */
const cherrypickBranch = (pr, branch) => `cherry-pick-${pr}-to-${branch}`;
const tempBranch = (pr, branch) => `bosun-tmp-cherry-pick-${pr}-to-${branch}`;
const MAX_BRANCH_LENGTH = 200;
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/;
/** Whether `name` can be a git branch name (a subset of git's rules: no `..`, `//`, `.lock`, …). */
function isBranchName(name) {
    return (name.length <= MAX_BRANCH_LENGTH &&
        BRANCH_CHARS.test(name) &&
        !name.includes('..') &&
        !name.includes('//') &&
        !/^[-./]|[./]$/.test(name) &&
        !name.endsWith('.lock'));
}
function parseCherrypickArgs(args) {
    const [branch, ...extra] = (0,commands/* splitArgs */.sG)(args);
    if (branch === undefined || extra.length)
        return { error: 'Usage: `/cherrypick BRANCH`.' };
    if (!isBranchName(branch))
        return { error: `\`${branch.slice(0, MAX_BRANCH_LENGTH).replace(/`/g, "'")}\` is not a branch name.` };
    return { branch };
}
/** What `/cherrypick BRANCH` does on this PR, once BRANCH has been looked up. */
function decideCherrypick(input) {
    const { branch } = input;
    if (!input.branchExists)
        return { refuse: `There is no branch \`${branch}\`; nothing was changed.` };
    if (branch === input.baseRef)
        return { refuse: `This PR already targets \`${branch}\`.` };
    if (input.merged)
        return { now: true };
    if (input.state === 'closed')
        return { refuse: 'This PR was closed without merging: there is nothing to cherry-pick.' };
    return { later: true };
}
/** The target branches the `cherrypick/` labels name, once each, in label order. */
function branchesFromLabels(labels) {
    const branches = labels
        .filter((l) => l.toLowerCase().startsWith(CHERRYPICK_LABEL_PREFIX))
        .map((l) => l.slice(CHERRYPICK_LABEL_PREFIX.length))
        .filter(isBranchName);
    return [...new Set(branches)];
}
/** Who asked for each branch with a command, newest first (permissions are checked by the caller). */
function requestsByBranch(comments) {
    const requests = new Map();
    for (const { author, body } of comments) {
        if (!author || (0,loop_guard/* isBosunText */.Rt)(body))
            continue;
        for (const c of (0,commands/* parseCommands */.Gr)(body)) {
            if (c.name !== 'cherrypick' && c.name !== 'cherry-pick')
                continue;
            const parsed = parseCherrypickArgs(c.args);
            if ('error' in parsed)
                continue;
            requests.set(parsed.branch, [author, ...(requests.get(parsed.branch) ?? [])]);
        }
    }
    return requests;
}
// File names are untrusted: one line each, and no backtick to close the code span early.
const code = (text) => `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
const MAX_LISTED_FILES = 20;
/** The reply line for one branch's pick. */
function renderPickResult(branch, result) {
    if ('opened' in result)
        return `Opened ${result.opened.url}: this PR cherry-picked onto ${code(branch)}.`;
    if ('existing' in result)
        return `The cherry-pick onto ${code(branch)} is already open: ${result.existing.url}.`;
    if ('empty' in result)
        return `${code(branch)} already has this PR's changes: no cherry-pick is needed.`;
    if ('failed' in result)
        return `Could not cherry-pick onto ${code(branch)}: ${result.failed}`;
    const files = result.files ?? [];
    const listed = files.slice(0, MAX_LISTED_FILES).map(code).join(', ');
    const more = files.length > MAX_LISTED_FILES ? ` and ${files.length - MAX_LISTED_FILES} more` : '';
    const what = files.length
        ? `these files of this PR changed on ${code(branch)} too and could not be applied: ${listed}${more}.`
        : 'GitHub reports a merge conflict but not which files clash.';
    return `The cherry-pick onto ${code(branch)} conflicts: ${what} Pick it by hand (${result.hint}) and open the PR yourself.`;
}
async function branchHead(run, branch) {
    try {
        const { data } = await run.github.rest.git.getRef({ ...run.repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0,core_github/* httpStatus */.nG)(error) === 404)
            return undefined;
        throw error;
    }
}
async function openCherrypick(run, pull, branch) {
    const { data } = await run.github.rest.pulls.list({
        ...run.repo,
        state: 'open',
        head: `${run.repo.owner}:${cherrypickBranch(pull, branch)}`,
        base: branch,
        per_page: 1,
    });
    return data[0] ? { number: data[0].number, url: data[0].html_url } : undefined;
}
/** The PR's last commit (a rebase merge repeats it at the tip); read only when it can matter. */
async function lastCommit(run, pull) {
    const commits = await run.github.paginate(run.github.rest.pulls.listCommits, {
        ...run.repo,
        pull_number: pull,
        per_page: 100,
    });
    const last = commits.at(-1);
    if (!last)
        return undefined;
    const author = last.commit.author;
    return {
        message: last.commit.message,
        ...(author?.name && author.email
            ? { author: { name: author.name, email: author.email, date: author.date } }
            : {}),
    };
}
/** The PR's files that the target branch changed since the change's base: what could not apply. */
async function clashingFiles(run, pull, from, temp) {
    const { github, repo } = run;
    const [{ data: compare }, files] = await Promise.all([
        github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${from}...${temp}`, per_page: 1 }),
        github.paginate(github.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 }),
    ]);
    const changedOnTarget = new Set((compare.files ?? []).map((f) => f.filename));
    return files.map((f) => f.filename).filter((f) => changedOnTarget.has(f));
}
/** Cherry-picks a merged PR onto `branch` and opens the PR, unless one is open already. */
async function pickPull(run, pull, branch, requester) {
    const { github, repo } = run;
    const existing = await openCherrypick(run, pull.number, branch);
    if (existing)
        return { existing };
    const onto = await branchHead(run, branch);
    if (!onto)
        return { failed: `there is no branch ${code(branch)}.` };
    const git = githubGit(github, repo);
    const merge = await git.commit(pull.mergeCommit);
    const needsLast = merge.parents.length === 1 && pull.commits > 1;
    const plan = changeBase(merge, {
        commits: pull.commits,
        last: needsLast ? await lastCommit(run, pull.number) : undefined,
    });
    if ('error' in plan)
        return { failed: `${plan.error}.` };
    const from = 'from' in plan ? plan.from : await firstParentAncestor(git, merge.sha, plan.walk);
    const outcome = await cherryPick(git, {
        pick: merge.sha,
        from,
        onto,
        branch: cherrypickBranch(pull.number, branch),
        tempBranch: tempBranch(pull.number, branch),
        message: `${pull.title} (#${pull.number})\n\n(cherry picked from commit ${merge.sha})`,
        author: merge.author,
    });
    if ('empty' in outcome)
        return { empty: true };
    if ('conflict' in outcome) {
        const hint = merge.parents.length > 1
            ? `\`git cherry-pick -m 1 ${merge.sha}\``
            : 'from' in plan
                ? `\`git cherry-pick ${merge.sha}\``
                : `\`git cherry-pick ${from}..${merge.sha}\``;
        const files = await clashingFiles(run, pull.number, from, outcome.tempCommit);
        return { conflict: true, hint, ...(files.length ? { files } : {}) };
    }
    const { data: created } = await github.rest.pulls.create({
        ...repo,
        title: `[${branch}] ${pull.title}`.slice(0, 256),
        head: cherrypickBranch(pull.number, branch),
        base: branch,
        body: `${(0,writes/* marker */.xL)('cherry-pick')}\nCherry-pick of #${pull.number} onto \`${branch}\`.\n\n(cherry picked from commit ${merge.sha})`,
    });
    run.report.result.comments.push(`cherry-pick PR #${created.number}`);
    if (requester)
        await github.rest.issues.addAssignees({ ...repo, issue_number: created.number, assignees: [requester] });
    return { opened: { number: created.number, url: created.html_url } };
}
async function runCherrypick(ctx) {
    const parsed = parseCherrypickArgs(ctx.args);
    if ('error' in parsed)
        return refuse(parsed.error);
    const { branch } = parsed;
    const { run, target } = ctx;
    const [{ data: pr }, head] = await Promise.all([
        run.github.rest.pulls.get({ ...run.repo, pull_number: target.number }),
        branchHead(run, branch),
    ]);
    const plan = decideCherrypick({
        branch,
        branchExists: !!head,
        baseRef: pr.base.ref,
        state: pr.state,
        merged: !!pr.merged,
    });
    if ('refuse' in plan)
        return refuse(plan.refuse);
    await target.addLabels([cherrypickLabel(branch)]);
    if ('later' in plan)
        return done(`Once this PR merges I will open a cherry-pick of it onto ${code(branch)}.`);
    if (!pr.merge_commit_sha)
        return refuse('GitHub has not recorded the merge commit yet; try again shortly.');
    const result = await pickPull(run, { number: pr.number, title: pr.title, mergeCommit: pr.merge_commit_sha, commits: pr.commits }, branch, ctx.actor);
    const text = renderPickResult(branch, result);
    return 'conflict' in result || 'failed' in result ? refuse(text) : done(text);
}
const cherrypick = {
    name: 'cherrypick',
    aliases: { 'cherry-pick': '' },
    usage: 'BRANCH',
    help: 'Adds `cherrypick/BRANCH`: once the PR merges (at once if it has), opens a PR to BRANCH with its change (branch `cherry-pick-N-to-BRANCH`), assigned to you; on a conflict, replies with what clashed.',
    who: 'collaborator',
    on: 'pull',
    group: 'state',
    example: '/cherrypick release-1.2',
    run: runCherrypick,
};
async function pullComments(run, pull) {
    const comments = await run.github.paginate(run.github.rest.issues.listComments, {
        ...run.repo,
        issue_number: pull,
        per_page: 100,
    });
    return comments.map((c) => ({ author: c.user?.login ?? '', body: c.body ?? '' }));
}
/** The newest requester of each branch who is a collaborator (a hand-made label has none). */
async function requesters(run, comments, branches) {
    const requests = requestsByBranch(comments);
    const found = new Map();
    for (const branch of branches) {
        for (const login of requests.get(branch) ?? []) {
            if (await run.permissions.isCollaborator(login)) {
                found.set(branch, login);
                break;
            }
        }
    }
    return found;
}
/** Marks the reply to a merge: once it is written, a re-delivered `closed` event has nothing to do. */
const mergeReplyPurpose = (mergeCommit) => `cherry-pick ${mergeCommit}`;
/**
 * pull_request_target closed: a merged PR with `cherrypick/BRANCH` labels gets one pick per label.
 * The merge may be bosun's own (the merge pool), so the sender is not a reason to skip. The reply,
 * marked with the merge commit, is the last write: a re-delivery that finds it does nothing, and one
 * after a crash halfway skips the picks whose PRs are open.
 */
async function cherrypickOnMerge(run) {
    const pr = run.ctx.payload.pull_request;
    if (!pr?.merged)
        return run.report.skip('closed without merging');
    const labels = (pr.labels ?? []).map((l) => String(l.name ?? ''));
    const branches = branchesFromLabels(labels);
    if (!branches.length)
        return run.report.skip(`no ${CHERRYPICK_LABEL_PREFIX} label`);
    const { config, viewer } = await run.preflight();
    if (config.commands.disabled.includes(cherrypick.name))
        return run.report.skip('/cherrypick is disabled');
    if (!pr.merge_commit_sha)
        return run.report.skip('the merge commit is not known');
    const comments = await pullComments(run, pr.number);
    const purpose = mergeReplyPurpose(String(pr.merge_commit_sha));
    if (comments.some((c) => (0,permissions/* sameLogin */.Up)(c.author, viewer) && c.body.startsWith((0,writes/* marker */.xL)(purpose))))
        return run.report.skip('already handled (bosun has answered this merge)');
    const asked = await requesters(run, comments, branches);
    const pull = {
        number: pr.number,
        title: String(pr.title ?? ''),
        mergeCommit: String(pr.merge_commit_sha),
        commits: Number(pr.commits ?? 1),
    };
    const lines = [];
    for (const branch of branches) {
        const result = await pickPull(run, pull, branch, asked.get(branch));
        if ('existing' in result)
            continue;
        const who = asked.get(branch);
        lines.push(`${who ? `@${who}: ` : ''}${renderPickResult(branch, result)}`);
    }
    if (!lines.length)
        return run.report.skip('every cherry-pick is open already');
    await (0,writes/* postReply */.VM)(run.github, run.repo, pr.number, purpose, lines.join('\n\n'));
    run.report.result.comments.push('cherry-pick');
}

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
    const [first] = kinds;
    if (first !== undefined)
        return first
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
    const [major = 0, minor = 0, patch = 0] = now.slice(1).map(Number);
    if (request === 'major')
        return `${major + 1}.0.0`;
    if (request === 'minor')
        return `${major}.${minor + 1}.0`;
    if (request === 'patch')
        return `${major}.${minor}.${patch + 1}`;
    const wanted = SEMVER.exec(request.replace(/^v/, ''));
    if (!wanted)
        throw new Error(`version "${request}" is not major, minor, patch or X.Y.Z`);
    const [a = 0, b = 0, c = 0] = wanted.slice(1).map(Number);
    const same = a === major && b === minor && c === patch;
    if (same && !currentReleased)
        return current;
    if (a < major || (a === major && (b < minor || (b === minor && c <= patch))))
        throw new Error(`version ${request} is not above the current ${current}`);
    return `${a}.${b}.${c}`;
}
const majorTag = (version) => `v${version.split('.')[0]}`;

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
    const [major = 0, minor = 0, patch = 0] = parts.map(Number);
    return { major, minor, patch, prerelease: pre };
}
/** SemVer precedence: negative when a < b (a pre-release is lower than its release). */
function compareSemVer(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core)
        return core;
    if (!a.prerelease.length || !b.prerelease.length)
        return b.prerelease.length - a.prerelease.length;
    for (const [i, x] of a.prerelease.entries()) {
        const y = b.prerelease[i];
        if (y === undefined)
            break;
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
    const [version, branch, ...extra] = (0,commands/* splitArgs */.sG)(args);
    if (version === undefined || extra.length)
        return { error: 'Usage: `/release vX.Y.Z [BRANCH]`.' };
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
async function release_branchHead(ctx, branch) {
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
    const sha = await release_branchHead(ctx, branch);
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
// EXTERNAL MODULE: ./src/parts.ts + 4 modules
var parts = __webpack_require__(5551);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/ci.ts


const NEEDS_OK_TO_TEST = 'needs-ok-to-test';
const OK_TO_TEST = 'ok-to-test';
const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure']);
function gate(ctx) {
    if (ctx.target.hasLabel(NEEDS_OK_TO_TEST)) {
        return refuse(`This PR needs \`/ok-to-test\` from a collaborator before its tests can be run.`);
    }
    return undefined;
}
/** `/test ?` or a bare `/test` asks what can be run; anything else names workflows. */
function testRequest(args) {
    const names = (0,commands/* splitArgs */.sG)(args).map((n) => n.toLowerCase());
    return !names.length || (names.length === 1 && names[0] === '?') ? { list: true } : { list: false, names };
}
/** The reply to `/test ?`: each workflow that ran for the head once, by the names `/test` takes. */
function runnableList(runs, headSha) {
    const short = headSha.slice(0, 7);
    const names = [...new Set(runs.map((r) => String(r.name ?? '')).filter(Boolean))].sort();
    if (!names.length)
        return `No workflow has run for ${short} yet, so \`/test\` has nothing to re-run.`;
    const rows = names.map((n) => {
        const file = runs
            .find((r) => r.name === n)
            ?.path?.split('/')
            .pop();
        return `- \`${n}\`${file ? ` (\`${file}\`)` : ''}`;
    });
    return [`Workflows \`/test\` can re-run for ${short} (or \`/test all\`):`, '', ...rows].join('\n');
}
/** What /ok-to-test says about the runs it started; nothing when none was waiting. */
function approvedNote(result) {
    const names = [...result.approved, ...result.rerun];
    if (!names.length)
        return undefined;
    return `Approved the workflow runs waiting for a maintainer: ${names.map((n) => `\`${n}\``).join(', ')}.`;
}
const ciCommands = [
    {
        name: 'ok-to-test',
        help: `Marks a PR from a non-collaborator as safe to test: removes \`${NEEDS_OK_TO_TEST}\`, adds \`${OK_TO_TEST}\`, and approves the head's workflow runs waiting for approval (again after each push while the label stays).`,
        who: 'collaborator',
        on: 'pull',
        group: 'ci',
        async run({ target }) {
            await target.removeLabel(NEEDS_OK_TO_TEST);
            await target.addLabels([OK_TO_TEST]);
            return done(approvedNote(await target.approveWaitingRuns()));
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
            const { headSha, runs } = await ctx.target.headRuns();
            const failed = runs.filter((r) => r.status === 'completed' && FAILED.has(String(r.conclusion)));
            if (!failed.length)
                return done(`No failed workflow run for ${headSha.slice(0, 7)}; nothing to re-run.`);
            for (const run of failed)
                await ctx.target.rerun(run.id, 'failed');
            return done(`Re-running failed jobs of ${failed.map((r) => `\`${r.name}\``).join(', ')}.`);
        },
    },
    {
        name: 'test',
        usage: 'NAME…|all|?',
        help: 'Re-runs the named workflows (by name or file name), or all of them, for the PR head; `/test ?` (or `/test` alone) lists them.',
        who: (args) => (testRequest(args).list ? 'anyone' : 'author'),
        whoText: 'anyone (listing); the author or a collaborator (running)',
        on: 'pull',
        group: 'ci',
        example: '/test build',
        async run(ctx) {
            const request = testRequest(ctx.args);
            if (request.list) {
                const { headSha, runs } = await ctx.target.headRuns();
                const list = runnableList(runs, headSha);
                return done(gate(ctx) ? `${list}\n\nThis PR needs \`/ok-to-test\` from a collaborator first.` : list);
            }
            const blocked = gate(ctx);
            if (blocked)
                return blocked;
            const names = request.names;
            const { runs } = await ctx.target.headRuns();
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
                await ctx.target.rerun(run.id, 'all');
            return done(`Re-running ${chosen.map((r) => `\`${r.name}\``).join(', ')}.`);
        },
    },
];

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/unknown.ts
var unknown = __webpack_require__(3317);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/custom.ts
// Commands a repository defines in config (`commands.custom`): reply, labels, close, and
// workflow_dispatch with `key=value` arguments as inputs (only inputs the workflow declares). Those
// inputs are whatever the commenter typed: untrusted text, so each is one line of bounded length;
// the workflow must still treat them as data (never interpolate them into `run:`).






/** Inputs a workflow declares under `on.workflow_dispatch.inputs`, or undefined if it has no such trigger. */
function declaredInputs(workflowYaml) {
    const doc = (0,dist/* parse */.qg)(workflowYaml) ?? {};
    const on = (0,unknown/* member */.D)(doc, 'on') ?? (0,unknown/* member */.D)(doc, 'true'); // YAML 1.1 readers turn a bare `on` key into true
    if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch')))
        return [];
    if (!on || typeof on !== 'object' || !('workflow_dispatch' in on))
        return undefined;
    return Object.keys((0,unknown/* member */.D)(on.workflow_dispatch, 'inputs') ?? {});
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
        const [, name, value] = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(word) ?? [];
        if (name === undefined || value === undefined)
            invalid.push(word);
        else if (CONTROL.test(value) || value.length > MAX_INPUT_CHARS)
            unsafe.push(name);
        else
            inputs[name] = value;
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
        // format: 'raw' answers the file's text; Octokit types the JSON form.
        text = res.data;
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
    const milestone = chooseMilestone(await ctx.target.openMilestones(), wanted);
    if (!milestone)
        return refuse(wanted.toLowerCase() === 'latest'
            ? 'This repository has no open milestone to set.'
            : `There is no open milestone \`${wanted}\`.`);
    return milestone;
}
async function assignCommenter(ctx) {
    const assignees = await ctx.target.addAssignees([ctx.actor]);
    // GitHub silently drops assignees who lack access to the repository.
    if (!assignees.some((a) => a.toLowerCase() === ctx.actor.toLowerCase()))
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
                await ctx.target.update({ milestone: milestone.number });
            if (def.labels?.length)
                await ctx.target.addLabels(def.labels);
            if (def.reply)
                note = note ? `${def.reply}\n\n${note}` : def.reply;
            if (def.close && ctx.target.data.state !== 'closed') {
                await ctx.target.update({ state: 'closed' });
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
    const entry = Object.entries(ctx.config.labels.restricted).find(([l]) => l.toLowerCase() === label.toLowerCase());
    if (!entry)
        return undefined;
    const [key, { allowed }] = entry;
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
    const found = await Promise.all(permitted.map((l) => (ctx.target.hasLabel(l) ? Promise.resolve(l) : ctx.labels.find(l))));
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
const label_families_lifecycle = {
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

// EXTERNAL MODULE: ./src/core/override.ts
var override = __webpack_require__(3479);
// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/override.ts
// /override CONTEXT…: a collaborator makes the merge pool treat failing or missing contexts as
// passed, for the current head SHA only (Prow's override plugin). Every overridden context gets a
// `bosun/override/<context>` success status written by bosun, which the pool trusts; a commit-status
// context also gets a success status of its own name, so GitHub's checks list agrees. A check run
// cannot be overwritten by a status, so for checks the override status is the whole record.



const GREEN = new Set(['success', 'neutral', 'skipped']);
/** bosun's own contexts carry review and merge state: overriding them would bypass review. */
const OWN = /^bosun\//i;
/**
 * Context names: separated by spaces, a name with spaces in double quotes; when the whole argument
 * is the exact name of a context on the head, it is that one name. Linear in the input.
 */
function contextArgs(args, known) {
    const whole = args.trim();
    const exact = known.find((k) => k.toLowerCase() === whole.toLowerCase());
    if (exact)
        return [exact];
    // Each match ends at the next quote or space: linear, however the quotes are placed.
    const names = [...whole.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
    return [...new Set(names.filter(Boolean))];
}
/** What /override does with these names on this head, before anything is written. */
function planOverride(names, head, required, overridden) {
    const plan = { unknown: [], own: [], alreadyPassed: [], alreadyOverridden: [], write: [] };
    for (const name of names) {
        const key = name.toLowerCase();
        const onHead = head.contexts.filter((c) => c.name.toLowerCase() === key);
        const configured = required.find((r) => r.toLowerCase() === key);
        if (OWN.test(name))
            plan.own.push(name);
        else if (!onHead.length && !configured)
            plan.unknown.push(name);
        else if (overridden.has(key))
            plan.alreadyOverridden.push(onHead[0]?.name ?? configured ?? name);
        else if (onHead[0] && onHead.every((c) => GREEN.has(c.state)))
            plan.alreadyPassed.push(onHead[0].name);
        else {
            // A name both a check and a status is recorded as a status too: GitHub shows both.
            const status = onHead.find((c) => c.kind === 'status');
            const kind = status ? 'status' : onHead.length ? 'check' : 'missing';
            plan.write.push({ name: (status ?? onHead[0])?.name ?? configured ?? name, kind });
        }
    }
    return plan;
}
const quote = (names) => names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ');
const override_override = {
    name: 'override',
    usage: 'CONTEXT…',
    help: 'Makes the merge pool treat the named failing or missing checks as passed, for the current head commit only; a commit status of that name is set to success.',
    who: 'collaborator',
    on: 'pull',
    group: 'ci',
    example: '/override ci/flaky-e2e',
    async run(ctx) {
        const { target, config, actor, run } = ctx;
        if (!ctx.args.trim())
            return refuse('Name the checks to override: `/override CONTEXT…`.');
        const head = await target.headChecks();
        const short = head.sha.slice(0, 7);
        const writtenAt = ctx.writtenAt;
        if (writtenAt && (0,review_state/* lgtmIsStale */.En)(writtenAt, { committedAt: head.committedAt }))
            return refuse(`The head moved to \`${short}\` after you wrote this: look at its checks and \`/override\` again.`);
        const names = contextArgs(ctx.args, head.contexts.map((c) => c.name));
        const { viewer } = await run.preflight();
        const plan = planOverride(names, head, config.merge.requiredContexts, (0,override/* overriddenContexts */.DL)(head.statuses, viewer));
        if (plan.own.length)
            return refuse(`${quote(plan.own)} ${plan.own.length > 1 ? 'are' : 'is'} bosun's own review and merge state, which \`/override\` cannot change: use \`/lgtm\` and \`/approve\`.`);
        if (plan.unknown.length) {
            const known = [...new Set(head.contexts.map((c) => c.name))].filter((n) => !OWN.test(n));
            return refuse(`No check named ${quote(plan.unknown)} on \`${short}\`, and none is required; nothing was overridden. ${known.length ? `Checks on this head: ${quote(known)}.` : 'No check has reported on this head yet.'}`);
        }
        const description = (0,override/* overrideDescription */.Lv)(actor);
        for (const { name, kind } of plan.write) {
            if (kind === 'status')
                await target.setStatus(head.sha, name, 'success', description);
            await target.setStatus(head.sha, (0,override/* overrideContext */.cV)(name), 'success', description);
        }
        const said = [
            plan.write.length
                ? `Overrode ${quote(plan.write.map((w) => w.name))} for \`${short}\`: the merge pool treats ${plan.write.length > 1 ? 'them' : 'it'} as passed until the next push.`
                : '',
            plan.alreadyOverridden.length
                ? `Already overridden on \`${short}\`: ${quote(plan.alreadyOverridden)}.`
                : '',
            plan.alreadyPassed.length ? `Already passed, nothing to override: ${quote(plan.alreadyPassed)}.` : '',
        ].filter(Boolean);
        return done(said.join(' '));
    },
};

;// CONCATENATED MODULE: ./src/command-dispatch/commands/people.ts
// /assign, /unassign, /cc, /uncc. Anyone may name themselves; naming others needs a collaborator.
// GitHub silently drops assignees it cannot assign and refuses a whole review request when one
// reviewer is not a collaborator: /cc then tries each user alone and names exactly those refused.
// `/cc @org/team` requests a team of the repository's organization (collaborators only: it notifies
// every member); replies name teams in code spans so they never notify anyone.



const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i;
const VALID_TEAM = /^([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/([a-z\d][a-z\d_.-]{0,99})$/i;
/** Who `/cc` and `/uncc` name: users and `@org/team`s (the commenter when nobody is named). */
function reviewTargets(args, actor, repoOwner) {
    const names = (0,commands/* userArgs */.nY)(args);
    const result = { users: [], teams: [], invalid: [], foreignTeams: [] };
    for (const name of names.length ? names : [actor]) {
        const [, org, slug] = VALID_TEAM.exec(name) ?? [];
        if (org && slug && org.toLowerCase() === repoOwner.toLowerCase())
            result.teams.push(slug.toLowerCase());
        else if (org)
            result.foreignTeams.push(name);
        else if (VALID_LOGIN.test(name))
            result.users.push(name);
        else
            result.invalid.push(name);
    }
    return result;
}
/** Team requests notify a whole team: they need a collaborator; users can be named by anyone. */
const ccLevel = (args) => (0,commands/* userArgs */.nY)(args).some((a) => a.includes('/')) ? 'collaborator' : 'anyone';
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
    if (remove) {
        await ctx.target.removeAssignees(logins);
        return done();
    }
    const now = await ctx.target.addAssignees(logins);
    const dropped = logins.filter((l) => !now.some((a) => (0,permissions/* sameLogin */.Up)(a, l)));
    if (dropped.length)
        return refuse(`GitHub did not assign ${list(dropped)}: they may not exist or may lack access to this repository.`);
    return done();
}
async function cc(ctx, remove) {
    const { users, teams, invalid, foreignTeams } = reviewTargets(ctx.args, ctx.actor, ctx.target.repoOwner);
    if (invalid.length)
        return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`);
    if (foreignTeams.length)
        return refuse(`Only teams of ${ctx.target.repoOwner} can review here: ${foreignTeams.map((t) => `\`@${t}\``).join(', ')}.`);
    if (users.some((l) => (0,permissions/* sameLogin */.Up)(l, ctx.target.author)) && !remove) {
        return refuse('The author of a pull request cannot be requested as its reviewer.');
    }
    const refused = await requestEach(ctx, { users, teams }, remove);
    if (refused.users.length || refused.teams.length) {
        const named = [
            ...refused.users.map((l) => `@${l}`),
            ...refused.teams.map((t) => `\`@${ctx.target.repoOwner}/${t}\``),
        ].join(', ');
        return refuse(`GitHub refused to ${remove ? 'un-request' : 'request'} a review from ${named}: reviewers must exist and be collaborators (teams: of ${ctx.target.repoOwner}, with access to this repository).`);
    }
    return done();
}
/**
 * Requests (or withdraws) reviews; GitHub refuses the whole request with 422 when any one user or
 * team cannot review, so on a 422 each is tried alone. Returns those GitHub refused.
 */
async function requestEach(ctx, all, remove) {
    const send = (request) => ctx.target.requestReviews(request, remove);
    if (await send(all))
        return { users: [], teams: [] };
    if (all.users.length + all.teams.length === 1)
        return all;
    const refused = { users: [], teams: [] };
    for (const user of all.users)
        if (!(await send({ users: [user], teams: [] })))
            refused.users.push(user);
    for (const team of all.teams)
        if (!(await send({ users: [], teams: [team] })))
            refused.teams.push(team);
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
        usage: '[@user…|@org/team…]',
        help: 'Requests a review from the named users or teams of this organization (the commenter when none is named).',
        who: ccLevel,
        whoText: 'anyone (users); collaborators (teams)',
        on: 'pull',
        group: 'review',
        example: '/cc @bob',
        run: (ctx) => cc(ctx, false),
    },
    {
        name: 'uncc',
        usage: '[@user…|@org/team…]',
        help: 'Withdraws review requests from the named users or teams (the commenter when none is named).',
        who: ccLevel,
        whoText: 'anyone (users); collaborators (teams)',
        on: 'pull',
        group: 'review',
        run: (ctx) => cc(ctx, true),
    },
];

;// CONCATENATED MODULE: ./src/command-dispatch/commands/review.ts
// /lgtm and /approve: the two review gates, bound to the head. /lgtm records `bosun/lgtm` on the
// head the reviewer saw (refused when that head is no longer current); /approve recomputes approvals
// from the PR's whole history (comments and review bodies, Prow's approve plugin) and records
// `bosun/approve` on the head, so the merge pool trusts statuses on the head, never a stale label.





const LGTM_LABEL = 'lgtm';
const APPROVED_LABEL = 'approved';
/** Why a /lgtm cannot apply to the current head, or undefined when it can. */
function staleReason(ctx, head) {
    const reviewed = ctx.reviewedSha;
    if (reviewed && reviewed !== head.headSha)
        return `Your review is of \`${reviewed.slice(0, 7)}\`, but the head is now \`${head.headSha.slice(0, 7)}\`: look at the new commits and \`/lgtm\` again.`;
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
                await writeAlongside(ctx, () => (0,writes/* setCommitStatus */.MX)(run.github, run.repo, head.headSha, review_state/* LGTM_CONTEXT */.Rj, 'pending', `LGTM cancelled by ${actor}.`));
            return done();
        }
        if (ctx.args && !/^no-issue$/i.test(ctx.args))
            return refuse('Use `/lgtm`, `/lgtm no-issue` or `/lgtm cancel`.');
        if ((0,permissions/* sameLogin */.Up)(actor, target.author))
            return refuse('You cannot LGTM your own pull request.');
        if (!(await ctx.can('reviewer')))
            return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`);
        const head = await currentHead(ctx);
        const reviewStale = staleReason(ctx, head);
        if (reviewStale)
            return refuse(reviewStale);
        const writtenAt = ctx.writtenAt;
        const lgtmNow = (0,review_state/* trustedStatus */.c)(head.statuses, review_state/* LGTM_CONTEXT */.Rj, await viewer(ctx));
        if (writtenAt && (0,review_state/* lgtmIsStale */.En)(writtenAt, { committedAt: head.headCommittedAt, lgtm: lgtmNow }))
            return refuse(`The head moved to \`${head.headSha.slice(0, 7)}\` after you wrote this: look at the new commits and \`/lgtm\` again.`);
        // The assignment, the status on the head and the label do not depend on one another: they go
        // out together. A failure of any fails the /lgtm in the reply; whatever part did land leaves
        // the PR unmergeable on its own (the pool needs the label and bosun's status on this head).
        if (!target.data.assignees.some((a) => (0,permissions/* sameLogin */.Up)(a, actor))) {
            await writeAlongside(ctx, () => run.github.rest.issues.addAssignees({ ...run.repo, issue_number: target.number, assignees: [actor] }));
        }
        const description = `LGTM by ${actor}.`;
        if (lgtmNow?.state !== 'success' || lgtmNow.description !== description)
            await writeAlongside(ctx, () => (0,writes/* setCommitStatus */.MX)(run.github, run.repo, head.headSha, review_state/* LGTM_CONTEXT */.Rj, 'success', description));
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
    return page; // read with reviewFactsFields() (preflightOptions)
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
        async run({ target, args }) {
            const reason = args.toLowerCase();
            if (reason && reason !== 'not-planned')
                return refuse('Use `/close` or `/close not-planned`.');
            if (target.data.state === 'closed')
                return done();
            await target.update({
                state: 'closed',
                ...(target.isPull ? {} : { stateReason: reason ? 'not_planned' : 'completed' }),
            });
            return done();
        },
    },
    {
        name: 'reopen',
        help: 'Reopens a closed issue or PR.',
        who: 'author',
        group: 'state',
        async run({ target }) {
            if (target.data.state === 'open')
                return done();
            await target.update({ state: 'open' });
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
        async run({ target, args }) {
            const title = args.trim();
            if (!title)
                return refuse('Give the new title, e.g. `/retitle Fix the flaky test`.');
            if (title.length > 256)
                return refuse('Titles are limited to 256 characters.');
            if (title === target.data.title)
                return done();
            await target.update({ title });
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
        async run({ target, args }) {
            const name = args.trim();
            if (!name)
                return refuse('Give the milestone title, or `clear`.');
            if (name.toLowerCase() === 'clear') {
                await target.update({ milestone: null });
                return done();
            }
            const open = await target.openMilestones();
            const milestone = open.find((m) => m.title === name) ?? open.find((m) => m.title.toLowerCase() === name.toLowerCase());
            if (!milestone) {
                const titles = open.map((m) => `\`${m.title}\``).join(', ');
                return refuse(`There is no open milestone \`${name}\`. ${titles ? `Open milestones: ${titles}.` : 'This repository has no open milestones.'}`);
            }
            await target.update({ milestone: milestone.number });
            return done();
        },
    },
];

;// CONCATENATED MODULE: ./src/command-dispatch/registry.ts
// The one list of commands. The dispatcher, `/commands` and docs/commands.md all read it.














/** Commands other bosun parts own (src/parts.ts): command-dispatch leaves them alone. */

const listCommands = {
    name: 'commands',
    help: 'Replies with the commands enabled in this repository.',
    who: 'anyone',
    group: 'help',
    run({ config }) {
        return Promise.resolve(done(renderCommandTable(enabledCommands(config), config)));
    },
};
const BUILTIN_COMMANDS = [
    lgtm,
    approve,
    hold,
    ...peopleCommands,
    ...prefixedLabelCommands,
    ...labelCommands,
    label_families_lifecycle,
    removeLifecycle,
    ...helpCommands,
    ...stateCommands,
    ...ciCommands,
    override_override,
    release,
    // /cherrypick BRANCH: Prow's cherrypicker
    cherrypick,
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
        ...PARTS.filter((p) => 'commands' in p).map((p) => `${p.commands.map((c) => `\`/${c}\``).join(' and ')} belong to the ${p.name} action.`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/approve-runs.ts
var approve_runs = __webpack_require__(9965);
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
const HEAD_CHECKS_QUERY = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { headRefOid
    commits(last: 1) { nodes { commit { oid committedDate statusCheckRollup { contexts(first: 100) { nodes {
      __typename ... on CheckRun { name status conclusion } ... on StatusContext { ${review_state/* STATUS_FIELDS */.n$} } } } } } } } } }
}`;
/** The GitHub-backed target of one event's commands. */
class Target {
    run;
    data;
    seed;
    /** The labels as they will be once pending changes are written. */
    labelChanges;
    /** Every label change that took effect (lower-cased), in order: the dispatcher blames commands by it. */
    changeLog = [];
    headShaPromise;
    filesPromise;
    ownersPromise;
    ownersAsWrittenPromise;
    constructor(run, data, seed = {}) {
        this.run = run;
        this.data = data;
        this.seed = seed;
        this.labelChanges = new label_changes/* LabelChanges */.G(data.labels);
        if (seed.files)
            this.filesPromise = Promise.resolve(seed.files);
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
    get repoOwner() {
        return this.run.repo.owner;
    }
    get labels() {
        return this.labelChanges.labels;
    }
    hasLabel(name) {
        return this.labelChanges.has(name);
    }
    // Label changes are batched (flushLabels writes them): these only record, but keep the async interface.
    addLabels(names) {
        for (const name of names)
            if (this.labelChanges.add(name))
                this.changeLog.push(name.toLowerCase());
        return Promise.resolve();
    }
    removeLabel(name) {
        if (this.labelChanges.remove(name))
            this.changeLog.push(name.toLowerCase());
        return Promise.resolve();
    }
    /** How many label changes have taken effect so far. */
    get labelChangeCount() {
        return this.changeLog.length;
    }
    /** The labels (lower-cased) changed since `labelChangeCount` was `mark`. */
    labelsChangedSince(mark) {
        return this.changeLog.slice(mark);
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
                    failed.add(l.toLowerCase());
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
        return failed.size ? { labels: failed, error: firstError } : undefined;
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
        this.ownersPromise ??= this.ownersAsWritten().then((tree) => (0,owners/* withAccessOnly */.Vk)(tree, hasAccess));
        return this.ownersPromise;
    }
    /**
     * The same OWNERS before the access filter; the first call also reads `accessOf`'s repository
     * access in that request (for a reviewer's quick yes, see meetsLevel), one round trip for both.
     */
    ownersAsWritten(accessOf) {
        const { github, repo, permissions } = this.run;
        this.ownersAsWrittenPromise ??= (async () => {
            const riding = accessOf ? permissions.accessFields([accessOf]) : undefined;
            if (!this.isPull)
                return (0,owners/* loadOwners */.Ju)(github, repo, { ref: 'HEAD' }, ['OWNERS'], undefined, riding);
            const files = await this.files();
            const paths = files.length ? files : ['OWNERS'];
            const source = this.seed.baseOid ? { ref: this.seed.baseOid } : { pullNumber: this.number };
            return (0,owners/* loadOwners */.Ju)(github, repo, source, paths, undefined, riding);
        })();
        return this.ownersAsWrittenPromise;
    }
    // ---- CI and review requests (/ok-to-test, /override, /cc @org/team) ----
    /** Approves the head's workflow runs waiting for a maintainer (fork PRs of new contributors). */
    async approveWaitingRuns() {
        return (0,approve_runs/* approveWaitingRuns */.ZN)(this.run.github, this.run.repo, await this.headSha());
    }
    /** The current head with every check run and commit status on it: one GraphQL request. */
    async headChecks() {
        const data = await this.run.github.graphql(HEAD_CHECKS_QUERY, {
            owner: this.run.repo.owner,
            name: this.run.repo.repo,
            number: this.number,
        });
        const pr = data.repository?.pullRequest;
        if (!pr)
            throw new Error(`Pull request #${this.number} is not visible to the token.`);
        const commit = pr.commits?.nodes?.[0]?.commit;
        // Contexts of an older commit (the list lags a push) are not the head's.
        const nodes = commit?.oid === pr.headRefOid ? (commit?.statusCheckRollup?.contexts?.nodes ?? []) : [];
        const lower = (v) => (typeof v === 'string' ? v.toLowerCase() : '');
        return {
            sha: String(pr.headRefOid),
            committedAt: commit?.oid === pr.headRefOid ? commit.committedDate : undefined,
            contexts: nodes.map((n) => n.__typename === 'CheckRun'
                ? { name: String(n.name), kind: 'check', state: lower(n.conclusion ?? n.status) }
                : { name: String(n.context), kind: 'status', state: lower(n.state) }),
            statuses: nodes.filter((n) => n.__typename === 'StatusContext').map(review_state/* headStatusFrom */.Xn),
        };
    }
    /** Writes a commit status on a head SHA (never by PR number: the SHA is what it is bound to). */
    async setStatus(sha, context, state, description) {
        await writes/* setCommitStatus */.MX(this.run.github, this.run.repo, sha, context, state, description);
    }
    async addAssignees(logins) {
        const { github, repo } = this.run;
        const { data } = await github.rest.issues.addAssignees({
            ...repo,
            issue_number: this.number,
            assignees: logins,
        });
        return (data.assignees ?? []).map((a) => a.login);
    }
    async removeAssignees(logins) {
        const { github, repo } = this.run;
        await github.rest.issues.removeAssignees({ ...repo, issue_number: this.number, assignees: logins });
    }
    /** One request for users and teams; false when GitHub refuses it as a whole (422). */
    async requestReviews(request, withdraw = false) {
        const { github, repo } = this.run;
        const params = {
            ...repo,
            pull_number: this.number,
            reviewers: request.users,
            ...(request.teams.length ? { team_reviewers: request.teams } : {}),
        };
        try {
            if (withdraw)
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
    }
    async update(changes) {
        const { github, repo } = this.run;
        await github.rest.issues.update({
            ...repo,
            issue_number: this.number,
            ...(changes.state ? { state: changes.state } : {}),
            ...(changes.stateReason ? { state_reason: changes.stateReason } : {}),
            ...(changes.title !== undefined ? { title: changes.title } : {}),
            ...(changes.milestone !== undefined ? { milestone: changes.milestone } : {}),
        });
    }
    async openMilestones() {
        const { github, repo } = this.run;
        const open = await github.paginate(github.rest.issues.listMilestones, {
            ...repo,
            state: 'open',
            per_page: 100,
        });
        return open.map((m) => ({ number: m.number, title: m.title, due_on: m.due_on }));
    }
    async headRuns() {
        const { github, repo } = this.run;
        const headSha = await this.headSha();
        const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
            ...repo,
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
        return {
            headSha,
            runs: [...newest.values()].map((r) => ({
                id: r.id,
                name: String(r.name),
                path: r.path,
                status: String(r.status),
                conclusion: r.conclusion,
            })),
        };
    }
    async rerun(runId, only) {
        const { github, repo } = this.run;
        if (only === 'failed')
            await github.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId });
        else
            await github.rest.actions.reRunWorkflow({ ...repo, run_id: runId });
    }
}

;// CONCATENATED MODULE: ./src/command-dispatch/run.ts
// command-dispatch: find the slash commands in a comment, review or new issue/PR body, check who
// may run each, run them in order, then give one reaction and at most one reply.

















/** Where the commands of an event are written, or why the event is not one we act on. */
function commandSource(eventName, payload) {
    const action = payload.action;
    const event = (0,core_payload/* eventOf */.A)(eventName, payload);
    const from = (text, ref, user, when = {}) => ({
        text: typeof text === 'string' ? text : '',
        ref,
        author: String(user?.login ?? ''),
        writtenAt: String(when.writtenAt ?? ''),
        reviewedSha: String(when.reviewedSha ?? ''),
    });
    switch (event.name) {
        case 'issue_comment':
            if (event.payload.action !== 'created')
                return { skip: `issue_comment ${action} (only new comments are read)` };
            return from(event.payload.comment?.body, { kind: 'issue_comment', id: event.payload.comment?.id }, event.payload.comment?.user, { writtenAt: event.payload.comment?.created_at });
        case 'pull_request_review':
            if (event.payload.action !== 'submitted')
                return { skip: `pull_request_review ${action}` };
            return from(event.payload.review?.body, { kind: 'review' }, event.payload.review?.user, {
                reviewedSha: event.payload.review?.commit_id,
            });
        case 'pull_request_review_comment':
            if (event.payload.action !== 'created')
                return { skip: `pull_request_review_comment ${action}` };
            return from(event.payload.comment?.body, { kind: 'review_comment', id: event.payload.comment?.id }, event.payload.comment?.user, { writtenAt: event.payload.comment?.created_at });
        case 'issues':
            if (event.payload.action !== 'opened')
                return { skip: `issues ${action}` };
            return from(event.payload.issue?.body, { kind: 'issue', number: event.payload.issue?.number }, event.payload.issue?.user);
        case 'pull_request':
        case 'pull_request_target':
            if (event.payload.action !== 'opened')
                return { skip: `${eventName} ${action}` };
            return from(event.payload.pull_request?.body, { kind: 'issue', number: event.payload.pull_request?.number }, event.payload.pull_request?.user);
        default:
            return { skip: `event ${eventName} carries no commands` };
    }
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
        run.log.warning(`/${spec.name} failed: ${(0,core_github/* describeError */.Uc)(error, 'reply')}`);
        // A refusal fails the command only; anything else is reported to the user and fails the step too.
        return {
            outcome: { ok: false, reason: (0,core_github/* describeError */.Uc)(error, 'reply') },
            crashed: (0,core_github/* isRefusal */.vu)(error) ? undefined : error,
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
const CHANGED_FILES_FIELDS = 'files(first: 100) { totalCount nodes { path changeType } } baseRef { target { oid } }';
/** Change types whose file has one path: a rename or copy also counts under its old name, which only REST lists. */
const ONE_PATH = new Set(['ADDED', 'MODIFIED', 'DELETED', 'CHANGED']);
/** The changed files the preflight read, when they are all of them and none needs its old name. */
function preflightFiles(changed) {
    const nodes = changed?.files?.nodes;
    if (!nodes || nodes.length !== changed?.files?.totalCount)
        return undefined;
    if (!nodes.every((f) => typeof f.path === 'string' && ONE_PATH.has(String(f.changeType))))
        return undefined;
    return nodes.map((f) => f.path);
}
/** What the preflight already read about the PR (changed files, the base branch's commit). */
function preflightSeed(changed) {
    const baseOid = changed?.baseRef?.target?.oid;
    return { files: preflightFiles(changed), ...(typeof baseOid === 'string' ? { baseOid } : {}) };
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
const reviewsPull = (data, parsed, verdict) => data.isPull && (!!verdict || parsed.some((c) => REVIEW_COMMANDS.has(c.name)));
/** What the run's one preflight request reads besides the config: labels, review facts, our reaction. */
function preflightOptions(source, payload, data, parsed, verdict, access) {
    // A comment that also holds another action's command (/gt) gets that action's reaction too, so a
    // reaction proves nothing there; elsewhere it is bosun's record that the comment was handled.
    const sharesComment = (0,commands/* parseCommands */.Gr)(source.text).some((c) => parts/* FOREIGN_COMMANDS */.qv.has(c.name));
    const nodeId = sharesComment ? undefined : sourceNodeId(payload, source.ref);
    return {
        labels: parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []),
        // /lgtm and /approve read the head and the review history: on a PR that rides here too.
        // So do the changed files their permission check reads OWNERS for, and the actor's access.
        ...(reviewsPull(data, parsed, verdict)
            ? {
                ...(access ? { optionalRepositoryFields: access.fields } : {}),
                repositoryFields: `review: pullRequest(number: ${Math.trunc(data.number)}) { ${(0,approval_sync/* reviewFactsFields */.fh)()} }
    changed: pullRequest(number: ${Math.trunc(data.number)}) { ${CHANGED_FILES_FIELDS} }`,
            }
            : {}),
        ...(nodeId ? { rootFields: `seen: node(id: ${JSON.stringify(nodeId)}) { ${SEEN_FIELDS} }` } : {}),
    };
}
function commandContext(run, config, target, source, knownLabels) {
    const actor = source.author;
    return {
        run,
        config,
        target,
        actor,
        writtenAt: source.writtenAt,
        reviewedSha: source.reviewedSha,
        args: '',
        labels: new labels/* LabelCatalog */.C_(run.github, run.repo, config, knownLabels),
        can: (level) => (0,permissions/* meetsLevel */.Hk)(level, {
            login: actor,
            author: target.author,
            owners: () => target.owners(),
            ownersAsWritten: () => target.ownersAsWritten(actor),
            files: () => target.files(),
        }, run.permissions),
    };
}
/**
 * `labels.require` after the commands changed labels: label-policy never sees bosun's own label
 * writes, so `/kind bug` takes `needs-kind` off here, in the same write (the rule's comment was
 * said when the label went on).
 */
async function requireMatchingLabels(ctx, target) {
    const kind = target.isPull ? 'pulls' : 'issues';
    for (const rule of ctx.config.labels.require.filter((r) => r.on.includes(kind))) {
        const { label } = (0,require_matching_label/* decideRule */.LG)(rule, target.labels);
        if (label.on === target.hasLabel(label.name))
            continue;
        if (label.on)
            await target.addLabels([label.name]);
        else
            await target.removeLabel(label.name);
    }
}
/** Runs the writes at once; the first that failed, once all are done. */
async function firstFailure(writes) {
    const settled = await Promise.allSettled(writes.map((write) => write()));
    const failed = settled.find((s) => s.status === 'rejected');
    return failed ? { error: failed.reason } : undefined;
}
/**
 * Runs the commands in order, then writes the label changes of all of them together (beside the
 * last command's own writes, which nothing after them reads); a failed write fails the commands
 * that asked for it. Returns each command's result and the first error that is
 * not GitHub refusing (to fail the step with).
 */
async function runCommands(run, ctx, target, commands) {
    const results = [];
    /** The labels each command changed, to blame the right ones if the write fails. */
    const changed = [];
    /** The last command's writes that nothing after them reads: they go out with the label write. */
    const alongside = [];
    let crash;
    for (const [i, command] of commands.entries()) {
        const mark = target.labelChangeCount;
        const last = i === commands.length - 1;
        const { outcome, crashed } = await runOne(run, last ? { ...ctx, alongside: (write) => void alongside.push(write) } : ctx, command);
        crash ??= crashed;
        results.push({ command, outcome });
        changed.push(target.labelsChangedSince(mark));
    }
    if (changed.some((labels) => labels.length))
        await requireMatchingLabels(ctx, target);
    const [labelFailure, writeFailure] = await Promise.all([target.flushLabels(), firstFailure(alongside)]);
    if (writeFailure) {
        // Every partial outcome is told: the reply names the failure, and the reaction comes after all.
        if (!(0,core_github/* isRefusal */.vu)(writeFailure.error))
            crash ??= writeFailure.error;
        // The last command's writes: runCommands ran at least one command (dispatch returns before
        // it when none is known), so the last result is there.
        const result = results[results.length - 1];
        run.log.warning(`/${result.command.name} failed: ${(0,core_github/* describeError */.Uc)(writeFailure.error, 'reply')}`);
        if (result.outcome.ok)
            result.outcome = { ok: false, reason: (0,core_github/* describeError */.Uc)(writeFailure.error, 'reply') };
    }
    if (labelFailure) {
        if (!(0,core_github/* isRefusal */.vu)(labelFailure.error))
            crash ??= labelFailure.error;
        results.forEach((result, i) => {
            if (changed[i]?.some((label) => labelFailure.labels.has(label)))
                result.outcome = { ok: false, reason: (0,core_github/* describeError */.Uc)(labelFailure.error, 'reply') };
        });
    }
    return { results, crash };
}
/** Records the results, replies when there is something to say, and reacts last. */
async function answer(run, source, number, results, skipped) {
    for (const { command, outcome } of results) {
        run.report.result.commands.push({
            command: command.raw,
            ok: outcome.ok,
            ...(outcome.ok ? {} : { message: outcome.reason }),
        });
    }
    const feedback = renderFeedback(source.author, results, skipped);
    if (feedback.reply) {
        await (0,writes/* postReply */.VM)(run.github, run.repo, number, 'reply', feedback.reply);
        run.report.result.comments.push('reply');
    }
    // Last, so that it records the comment as handled only once everything else is written.
    await (0,writes/* react */.wv)(run.github, run.repo, source.ref, feedback.reaction);
}
async function run_dispatch(run) {
    // A workflow dispatched by /release (release.workflow) finished: answer the waiting reply.
    if (run.ctx.eventName === 'workflow_run')
        return releaseRunCompleted(run);
    // A PR merged: its cherrypick/BRANCH labels each get a cherry-pick PR.
    if (run.ctx.eventName === 'pull_request_target' && run.ctx.payload.action === 'closed')
        return cherrypickOnMerge(run);
    const source = commandSource(run.ctx.eventName, run.ctx.payload);
    if ('skip' in source)
        return run.report.skip(source.skip);
    if (run.skipBotSender())
        return;
    if ((0,loop_guard/* isBosunText */.Rt)(source.text))
        return run.report.skip('text written by bosun');
    const parsed = (0,commands/* parseCommands */.Gr)(source.text).filter((c) => !parts/* FOREIGN_COMMANDS */.qv.has(c.name));
    const verdict = reviewVerdict(run.ctx.eventName, run.ctx.payload);
    if (!parsed.length && !verdict)
        return run.report.skip('no command');
    const data = targetFromPayload(run.ctx.payload);
    if (!data)
        return run.report.skip('event names no issue or pull request');
    // One request answers the config, the token's login and whether the labels named exist.
    // The actor's repository access (for OWNERS) rides here too; it is never kept past this event.
    const access = reviewsPull(data, parsed, verdict)
        ? run.permissions.accessFields([source.author])
        : undefined;
    const pre = await run.preflight(preflightOptions(source, run.ctx.payload, data, parsed, verdict, access));
    access?.read(pre.repository);
    const config = pre.config;
    const problems = commandConfigProblems(config);
    if (problems.length)
        throw new core_config/* ConfigError */.xL(run.ctx.inputs.configPath, problems);
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    // The reaction is the last write of a handled comment: finding ours means this delivery is a repeat.
    if (alreadyAnswered(pre.root.seen))
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
    const target = new Target(run, data, preflightSeed(pre.repository.changed));
    const ctx = commandContext(run, config, target, source, pre.labels);
    const { results, crash } = await runCommands(run, ctx, target, known.slice(0, commands/* MAX_COMMANDS_PER_COMMENT */.oq));
    await answer(run, source, target.number, results, known.slice(commands/* MAX_COMMANDS_PER_COMMENT */.oq));
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed command threw, as caught
    if (crash)
        throw crash;
}
/** A human's comment or review also takes lifecycle/stale and lifecycle/rotten off the item. */
const dispatchThenLifecycle = async (run) => {
    await run_dispatch(run);
    await (0,lifecycle/* lifecycleActivity */.ky)(run, ['issue_comment', 'pull_request_review']);
};
const entry = { name: 'command-dispatch', body: dispatchThenLifecycle };
const run = () => (0,action/* runEntry */.CN)(entry);


/***/ }),

/***/ 3479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ overriddenContexts),
/* harmony export */   Lv: () => (/* binding */ overrideDescription),
/* harmony export */   cV: () => (/* binding */ overrideContext)
/* harmony export */ });
/* unused harmony export OVERRIDE_PREFIX */
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7359);
// /override, as the merge pool reads it: each overridden context is recorded as a success status
// `bosun/override/<context>` on the head SHA it was given for, written by bosun. A push makes a new
// SHA without those statuses, so an override never outlives the head; a status anyone else wrote
// under that name is ignored, as for bosun's review statuses.

const OVERRIDE_PREFIX = 'bosun/override/';
const overrideContext = (context) => `${OVERRIDE_PREFIX}${context}`;
/** "Overridden by alice": a login without `@`, so the status never mentions anyone. */
const overrideDescription = (login) => `Overridden by ${login.replace(/^@+/, '')}.`;
/** Lower-cased names of the contexts bosun overrode on this head. */
function overriddenContexts(statuses, viewer) {
    const names = new Set();
    for (const s of statuses) {
        if (!s.context.toLowerCase().startsWith(OVERRIDE_PREFIX))
            continue;
        if (s.state !== 'success' || !(0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .sameLogin */ .Up)(s.creator, viewer))
            continue;
        names.add(s.context.slice(OVERRIDE_PREFIX.length).toLowerCase());
    }
    return names;
}


/***/ })

};
