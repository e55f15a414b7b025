export const id = 489;
export const ids = [489];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/approval-sync.ts + 1 modules
var approval_sync = __webpack_require__(3948);
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
// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
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
    const { viewer } = await run.preflight();
    const outcome = await writes/* upsertBotComment */.S0(run.github, run.repo, number, purpose, text, viewer);
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
    // A new base branch changes the diff (size, paths), a new title the WIP and title verdicts.
    const baseChanged = is('edited') && !!payload.changes?.base;
    if (is('edited') && !payload.changes?.title && !baseChanged)
        return run.report.skip('edit changed neither the title nor the base branch');
    const opened = is('opened');
    const pre = await run.preflight({
        files: { gitattributes: `${pr.base?.ref ?? 'HEAD'}:.gitattributes` },
        ...(opened
            ? { counts: { authorPrs: `repo:${run.repo.owner}/${run.repo.repo} is:pr author:${author}` } }
            : {}),
        // The labels as they are now, not as the (possibly re-delivered) payload saw them; on a push,
        // the review history too.
        repositoryFields: `live: pullRequest(number: ${Math.trunc(number)}) { labels(first: 100) { nodes { name } }
      reviewRequests(first: 1) { totalCount }
      ${is('synchronize', 'opened') ? (0,approval_sync/* reviewFactsFields */.fh)() : ''} }`,
    });
    // A push is a push, whoever made it (a /gt commit by bosun needs a new review too).
    if (!is('synchronize') && (await run.sentBySelf()))
        return run.report.skip('event sent by the bot itself');
    const config = pre.config;
    if (is('labeled'))
        return enforceRestrictedLabel(run, config, number, payload);
    const live = pre.repository.live?.labels?.nodes;
    const original = live ? live.map((l) => l.name) : labelNames(pr);
    const plan = new label_changes/* LabelChanges */.G(original);
    const generated = generatedMatcher(pre.files.gitattributes);
    const ignoreGlobs = config.size.ignore.length ? picomatch_default()(config.size.ignore, { dot: true }) : undefined;
    const ignored = (path) => !!generated?.(path) || !!ignoreGlobs?.(path);
    const sized = is('opened', 'reopened', 'synchronize') || baseChanged;
    const pathsConfigured = Object.keys(config.labels.paths).length > 0;
    // Approval follows the head: recounted on every push, and on open for the author's own files.
    const approvalOnOpen = opened && !config.approve.requireSelfApproval;
    const approvalOnPush = is('synchronize');
    const recount = approvalOnOpen || approvalOnPush;
    const wantReviewers = (opened && !pr.draft) || is('ready_for_review');
    const needFiles = (sized && (generated !== undefined || ignoreGlobs !== undefined || pathsConfigured)) ||
        recount ||
        (wantReviewers && config.reviewers.count > 0);
    const tooMany = Number(pr.changed_files ?? 0) > MAX_LISTED_FILES;
    // Both rules are checked on every event that can change either verdict, so the comment is always whole.
    const rulesApply = is('opened', 'reopened', 'edited', 'synchronize');
    const commitRule = !!config.rules.commitMessage && rulesApply;
    // Independent reads go out together.
    const headSha = String(pr.head?.sha ?? '');
    const [files, commits, authorIsCollaborator, facts] = await Promise.all([
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
        recount
            ? (0,approval_sync/* readReviewFacts */.SQ)(run.github, run.repo, number, pre.viewer, pre.repository.live)
            : Promise.resolve({ headSha, statuses: [], history: [] }),
    ]);
    const changed = files?.map((f) => ({
        filename: f.filename,
        additions: f.additions,
        deletions: f.deletions,
    }));
    const paths = files?.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
    let owners;
    if (paths && (recount || wantReviewers)) {
        owners = await (0,core_owners/* loadOwners */.Ju)(run.github, run.repo, { pullNumber: number }, paths.length ? paths : ['OWNERS'], (logins) => run.permissions.withAccess(logins));
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
    // lgtm is for the commits that were reviewed: a push takes it away (unless configured to keep it
    // across a push that leaves the tree as reviewed).
    const pushedOverLgtm = is('synchronize') && config.lgtm.resetOnPush && plan.has('lgtm');
    const kept = pushedOverLgtm && config.lgtm.keepOnSameTree && payload.before && payload.after
        ? await (0,approval_sync/* lgtmKeptOnSameTree */.Yl)(run.github, run.repo, String(payload.before), String(payload.after), pre.viewer)
        : undefined;
    const lgtmReset = pushedOverLgtm && !kept;
    if (lgtmReset)
        plan.remove('lgtm');
    // needs-ok-to-test for authors without write access (never for bots' PRs they were given).
    if (is('opened', 'reopened') && authorIsCollaborator === false && !plan.has('ok-to-test'))
        plan.add('needs-ok-to-test');
    // approved while the approvals in the history cover the head's files (the author's own on open).
    let approvalNote;
    if (recount && paths && owners && !tooMany) {
        const result = await (0,approval_sync/* syncApproval */.n9)({
            github: run.github,
            repo: run.repo,
            number,
            author,
            viewer: pre.viewer,
            files: paths,
            owners,
            requireSelfApproval: config.approve.requireSelfApproval,
            permissions: run.permissions,
            facts,
            postNotification: false,
            ...(opened ? { asOf: String(pr.created_at ?? '') } : {}),
        });
        // On open only the author's own approval counts, and it only ever adds (see `asOf`).
        if (result.state.approved || !opened)
            plan.set('approved', result.state.approved);
        if (result.notification === 'updated')
            approvalNote = 'approval notification updated';
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
    const lgtmNow = (0,review_state/* trustedStatus */.c)(facts.statuses, review_state/* LGTM_CONTEXT */.Rj, pre.viewer);
    if (kept && !(lgtmNow?.state === 'success' && lgtmNow.description.includes('kept: same tree'))) {
        const by = /^LGTM by ([^ .]+)/.exec(kept.description)?.[1];
        await writes/* setCommitStatus */.MX(run.github, run.repo, headSha, review_state/* LGTM_CONTEXT */.Rj, 'success', `LGTM${by ? ` by ${by}` : ''} kept: same tree as ${String(payload.before).slice(0, 7)}.`);
    }
    await applyLabels(run, number, plan);
    if (approvalNote)
        run.report.result.comments.push(approvalNote);
    if (lgtmReset) {
        // Recorded on the new head too: a /lgtm written before this push can no longer land on it.
        await writes/* setCommitStatus */.MX(run.github, run.repo, headSha, review_state/* LGTM_CONTEXT */.Rj, 'pending', 'New commits since lgtm: needs a new review.');
        await syncComment(run, number, 'lgtm-reset', 'New commits were pushed after `lgtm`, so it was removed: a reviewer needs to look again and `/lgtm`.', true);
    }
    // A rules comment is written when a rule is broken, and updated to say so once it is fixed.
    if (rulesApply && (rulesBroken || hadRuleLabel))
        await syncComment(run, number, 'rules', renderRulesComment(rules), !opened);
    if (wantReviewers && owners && changed) {
        const already = (pr.requested_reviewers ?? []).map((r) => r.login);
        const requestedNow = Number(pre.repository.live?.reviewRequests?.totalCount ?? 0);
        const reviewers = already.length || requestedNow
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
        // Looked up first, so a re-delivered `opened` never welcomes twice.
        await syncComment(run, number, 'welcome', config.welcome.pr.replace(/\{author\}/g, `@${author}`), true);
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
        await syncComment(run, number, 'welcome', config.welcome.issue.replace(/\{author\}/g, `@${author}`), true);
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
