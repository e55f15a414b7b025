export const id = 163;
export const ids = [163];
export const modules = {

/***/ 3163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoMerge: () => (/* binding */ autoMerge),
  concernedPullRequests: () => (/* binding */ concernedPullRequests),
  nextAction: () => (/* binding */ nextAction),
  run: () => (/* binding */ run),
  withHeadReview: () => (/* binding */ withHeadReview)
});

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/auto-merge/evaluate.ts
// Prow Tide's merge rules as pure functions: is this PR in the merge pool, and if not, what is the
// first thing missing (in Tide's wording)? pool.ts reads PRs from GitHub; run.ts acts on the verdicts.

const MERGE_CONTEXT = 'bosun/merge';
const IN_POOL = 'In merge pool.';
function normaliseCheck(status, conclusion) {
    if (status.toUpperCase() !== 'COMPLETED')
        return 'pending';
    return ['SUCCESS', 'NEUTRAL', 'SKIPPED'].includes(String(conclusion).toUpperCase()) ? 'success' : 'failure';
}
function normaliseStatus(state) {
    const s = state.toUpperCase();
    if (s === 'SUCCESS')
        return 'success';
    if (s === 'PENDING' || s === 'EXPECTED')
        return 'pending';
    return 'failure';
}
const plural = (words, one, many) => `${words.join(', ')} ${words.length > 1 ? many : one}`;
const METHODS = ['merge', 'squash', 'rebase'];
/** GitHub's status descriptions are cut at 140 characters. */
const MAX_STATUS_DESCRIPTION = 140;
/** The merge method: a `merge-method/<m>` label overrides config; two different labels are a conflict. */
function mergeMethod(labels, config) {
    const labelled = METHODS.filter((m) => labels.some((l) => l.toLowerCase() === `merge-method/${m}`));
    if (labelled.length > 1)
        return { conflicting: labelled.map((m) => `merge-method/${m}`) };
    return labelled[0] ?? config.merge.method;
}
/**
 * "Check a has not succeeded." or "Checks a, b and c have not succeeded.", naming as many as fit in
 * a status description and counting the rest ("… and 3 more").
 */
function checksNotSucceeded(names, limit = MAX_STATUS_DESCRIPTION) {
    const prefix = 'Not mergeable. ';
    const sentence = (shown, more) => {
        if (names.length === 1)
            return `${prefix}Check ${shown[0]} has not succeeded.`;
        const list = more
            ? `${shown.join(', ')} and ${more} more`
            : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
        return `${prefix}Checks ${list} have not succeeded.`;
    };
    for (let shown = names.length; shown > 1; shown--) {
        const text = sentence(names.slice(0, shown), names.length - shown);
        if (text.length <= limit)
            return text;
    }
    const one = sentence(names.slice(0, 1), names.length - 1);
    return one.length <= limit ? one : `${one.slice(0, limit - 1)}…`;
}
function evaluate(pr, config, options) {
    if (!pr.open)
        return { kind: 'skip', reason: 'closed' };
    if (pr.isDraft)
        return { kind: 'skip', reason: 'draft' };
    const has = (name) => pr.labels.some((l) => l.toLowerCase() === name.toLowerCase());
    const missing = config.merge.requireLabels.filter((l) => !has(l));
    if (missing.length)
        return { kind: 'pending', description: `Not mergeable. Needs ${plural(missing, 'label', 'labels')}.` };
    const blocks = config.merge.blockLabels.map((g) => picomatch_default()(g, { nocase: true }));
    const blocking = pr.labels.filter((l) => blocks.some((match) => match(l)));
    if (blocking.length)
        return {
            kind: 'pending',
            description: `Not mergeable. Should not have ${plural(blocking, 'label', 'labels')}.`,
        };
    if (pr.mergeable === 'CONFLICTING' || pr.mergeStateStatus === 'DIRTY')
        return { kind: 'pending', description: 'Not mergeable. Merge conflict.' };
    // GitHub computes mergeability in the background: unknown is "not yet", never "yes".
    if (pr.mergeable !== 'MERGEABLE')
        return { kind: 'pending', description: 'Not mergeable. GitHub is still computing mergeability.' };
    const ignored = new Set([...config.merge.ignoredContexts, ...options.selfContexts, MERGE_CONTEXT].map((c) => c.toLowerCase()));
    const considered = pr.contexts.filter((c) => !ignored.has(c.name.toLowerCase()));
    for (const required of config.merge.requiredContexts) {
        if (!considered.some((c) => c.name.toLowerCase() === required.toLowerCase())) {
            return { kind: 'pending', description: `Not mergeable. Check ${required} has not reported yet.` };
        }
    }
    // Every context that is not green is named, failures first (Tide lists them all).
    const notGreen = [
        ...considered.filter((c) => c.state === 'failure'),
        ...considered.filter((c) => c.state === 'pending'),
    ].map((c) => c.name);
    if (notGreen.length)
        return { kind: 'pending', description: checksNotSucceeded([...new Set(notGreen)]) };
    const method = mergeMethod(pr.labels, config);
    if (typeof method !== 'string')
        return {
            kind: 'pending',
            description: `Not mergeable. Conflicting merge method labels: ${method.conflicting.join(', ')}.`,
        };
    if (options.allowedMethods && !options.allowedMethods[method])
        return {
            kind: 'pending',
            description: `Not mergeable. Merge method ${method} is not allowed by the repository settings.`,
        };
    return { kind: 'ready', method };
}
/** The bosun/merge status to write, or undefined when the head already carries exactly that. */
function statusToWrite(pr, verdict) {
    if (verdict.kind === 'skip')
        return undefined;
    const wanted = verdict.kind === 'ready'
        ? { state: 'success', description: IN_POOL }
        : { state: 'pending', description: verdict.description };
    const current = pr.contexts.find((c) => c.kind === 'status' && c.name === MERGE_CONTEXT);
    if (current &&
        current.raw.toLowerCase() === wanted.state &&
        (current.description ?? '') === wanted.description)
        return undefined;
    return wanted;
}
function commitTitle(template, pr) {
    if (!template)
        return undefined;
    return template.replace(/\{title\}/g, pr.title).replace(/\{number\}/g, String(pr.number));
}
/** Oldest first, as Tide orders its pool. */
function byAge(a, b) {
    return a.createdAt.localeCompare(b.createdAt) || a.number - b.number;
}

// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
;// CONCATENATED MODULE: ./src/auto-merge/dashboard.ts
// The dashboard (a serverless stand-in for Prow's Deck): one issue the sweep keeps up to date with
// the merge pool, recent merges and refusals. Pure: the sweep hands in what it decided and the body
// it read, and writes the result only when it differs. History lives in a hidden JSON comment at the
// end of the body, so it survives across sweeps without any other storage.
/** Marks the dashboard; trusted only on an issue the token's own user wrote. */
const DASHBOARD_MARKER = '<!-- bosun:dashboard -->';
const DATA_OPEN = '<!-- bosun:dashboard-data ';
const DATA_CLOSE = ' -->';
/** Merges and refusals kept in the body. */
const HISTORY_LIMIT = 20;
/** Rows of the pool table; a larger pool is summarised. */
const POOL_ROWS_LIMIT = 100;
/** GitHub refuses an issue body longer than this. */
const BODY_LIMIT = 65536;
const NOTE_LIMIT = 200;
const EMPTY = { since: {}, recent: [] };
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The hidden data of a dashboard body; anything unreadable (a hand edit) starts afresh. */
function parseDashboardData(body) {
    const start = body.lastIndexOf(DATA_OPEN);
    if (start < 0)
        return EMPTY;
    const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
    if (end < 0)
        return EMPTY;
    let raw;
    try {
        raw = JSON.parse(body.slice(start + DATA_OPEN.length, end));
    }
    catch {
        return EMPTY;
    }
    if (!isRecord(raw))
        return EMPTY;
    const since = {};
    if (isRecord(raw.since))
        for (const [key, value] of Object.entries(raw.since))
            if (/^\d+$/.test(key) &&
                isRecord(value) &&
                typeof value.state === 'string' &&
                typeof value.at === 'string')
                since[key] = { state: value.state, at: value.at };
    const recent = (Array.isArray(raw.recent) ? raw.recent : [])
        .filter((e) => isRecord(e) &&
        Number.isInteger(e.number) &&
        (e.kind === 'merged' || e.kind === 'refused') &&
        typeof e.sha === 'string' &&
        typeof e.at === 'string' &&
        (e.note === undefined || typeof e.note === 'string'))
        .slice(0, HISTORY_LIMIT);
    return { since, recent };
}
/**
 * The data after this sweep: `since` kept for PRs still in the same state, merges and new refusals
 * prepended. A refusal already recorded for the same head and reason is not repeated, so a PR
 * GitHub keeps refusing does not rewrite the dashboard on every sweep.
 */
function nextDashboardData(previous, rows, now) {
    const since = {};
    for (const row of rows.filter((r) => r.state !== 'merged').slice(0, POOL_ROWS_LIMIT)) {
        const before = previous.since[String(row.number)];
        since[String(row.number)] = before?.state === row.state ? before : { state: row.state, at: now };
    }
    const fresh = [];
    for (const row of rows) {
        if (row.state === 'merged')
            fresh.push({ number: row.number, kind: 'merged', sha: row.headSha, at: now });
        if (row.state !== 'refused')
            continue;
        const note = row.missing.slice(0, NOTE_LIMIT);
        const known = previous.recent.some((e) => e.kind === 'refused' && e.number === row.number && e.sha === row.headSha && e.note === note);
        if (!known)
            fresh.push({ number: row.number, kind: 'refused', sha: row.headSha, at: now, note });
    }
    return { since, recent: [...fresh, ...previous.recent].slice(0, HISTORY_LIMIT) };
}
/**
 * Text from PR titles, logins and GitHub's messages, made inert in a table cell: no mention pings
 * (a zero-width space after `@`), no HTML or comment (so nothing can forge the hidden data), no
 * code span or cell break.
 */
function inert(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@&#8203;')
        .replace(/`/g, '\\`')
        .replace(/\|/g, '\\|');
}
/** Minutes are precise enough and keep the body stable. */
const when = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const STATE_LABEL = {
    ready: 'in pool',
    pending: 'waiting',
    skip: 'not in pool',
    refused: 'refused by GitHub',
    updating: 'updating branch',
    error: 'error',
};
function poolSection(rows, data, limit) {
    const open = rows.filter((r) => r.state !== 'merged');
    if (!open.length)
        return ['No open pull request.'];
    const lines = ['| PR | author | state | missing | in this state since |', '|---|---|---|---|---|'];
    for (const row of open.slice(0, limit)) {
        const since = data.since[String(row.number)]?.at;
        const title = inert(row.title.length > 80 ? `${row.title.slice(0, 79)}…` : row.title);
        lines.push(`| #${row.number} ${title} | ${inert(row.author)} | ${STATE_LABEL[row.state] ?? inert(row.state)} | ${inert(row.missing)} | ${since ? when(since) : ''} |`);
    }
    if (open.length > POOL_ROWS_LIMIT)
        lines.push('', `…and ${open.length - POOL_ROWS_LIMIT} more open pull requests.`);
    return lines;
}
function historySection(recent) {
    if (!recent.length)
        return ['None yet.'];
    return recent.map((e) => `- ${when(e.at)}: #${e.number} (\`${e.sha.slice(0, 7)}\`) ${e.kind === 'merged' ? 'merged' : `refused: ${inert(e.note ?? '')}`}`);
}
/** The hidden data, with `<` and `>` escaped so no value can close the comment early, and `@` so none mentions. */
function dataComment(data) {
    const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/@/g, '\\u0040');
    return `${DATA_OPEN}${json}${DATA_CLOSE}`;
}
/**
 * The whole body. Deterministic: the same sweep outcome and data give the same text. Long titles
 * and reasons could push it past GitHub's limit: then fewer pool rows are shown.
 */
function renderDashboard(rows, data) {
    let limit = POOL_ROWS_LIMIT;
    let body = renderWithRows(rows, data, limit);
    while (body.length > BODY_LIMIT && limit > 0) {
        limit = Math.floor(limit / 2);
        body = renderWithRows(rows, data, limit);
    }
    return body;
}
function renderWithRows(rows, data, limit) {
    return [
        DASHBOARD_MARKER,
        'This issue is kept up to date by bosun on every merge-pool sweep; edits to it are overwritten.',
        '',
        '## Merge pool',
        '',
        ...poolSection(rows, data, limit),
        '',
        '## Recent merges and refusals',
        '',
        ...historySection(data.recent),
        '',
        '## Lifecycle queue',
        '',
        'lifecycle queue: not configured',
        '',
        dataComment(data),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/auto-merge/dashboard-sync.ts


const ISSUE_FIELDS = 'id number title body state author { login }';
/** Rides in the sweep's preflight: the dashboard is normally one of these. */
const PINNED_ISSUES_FIELD = `dashboardPinned: pinnedIssues(first: 3) { nodes { issue { ${ISSUE_FIELDS} } } }`;
/** The dashboard among issues: open, carrying the marker, written by the token's own user. */
function pickDashboard(issues, viewer) {
    return issues.find((i) => i?.state === 'OPEN' &&
        (0,permissions/* sameLogin */.Up)(String(i.author?.login ?? ''), viewer) &&
        String(i.body ?? '').startsWith(DASHBOARD_MARKER));
}
/** Not pinned (first sweep, or a maintainer unpinned it): look among the viewer's open issues. */
async function findUnpinned(run, viewer) {
    const data = await run.github.graphql(`query($owner: String!, $name: String!, $viewer: String!) {
  repository(owner: $owner, name: $name) {
    issues(first: 100, states: [OPEN], filterBy: { createdBy: $viewer }, orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { ${ISSUE_FIELDS} }
    }
  }
}`, { owner: run.repo.owner, name: run.repo.repo, viewer });
    return pickDashboard(data.repository?.issues?.nodes ?? [], viewer);
}
async function pin(run, issueId, number) {
    try {
        await run.github.graphql(`mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }`, {
            id: issueId,
        });
    }
    catch (error) {
        // GitHub pins at most three issues per repository: the dashboard still works unpinned.
        run.log.warning(`Dashboard #${number} could not be pinned: ${error.message.split('\n')[0]}`);
    }
}
/** Brings the dashboard up to date; returns what it did, for the run's report. */
async function syncDashboard(run, config, viewer, pinned, rows, now) {
    const { title } = config.dashboard;
    const pinnedIssues = (pinned?.nodes ?? []).map((n) => n?.issue);
    const existing = pickDashboard(pinnedIssues, viewer) ?? (await findUnpinned(run, viewer));
    const body = renderDashboard(rows, nextDashboardData(parseDashboardData(existing?.body ?? ''), rows, now));
    if (!existing) {
        const { data } = await run.github.rest.issues.create({ ...run.repo, title, body });
        if (data?.node_id)
            await pin(run, data.node_id, data.number);
        return `Dashboard created: #${data?.number ?? '?'}.`;
    }
    if (existing.body === body && existing.title === title)
        return `Dashboard #${existing.number} unchanged.`;
    await run.github.rest.issues.update({ ...run.repo, issue_number: existing.number, title, body });
    return `Dashboard #${existing.number} updated.`;
}

;// CONCATENATED MODULE: ./src/auto-merge/pool.ts


const PR_FIELDS = `number title state createdAt isDraft headRefOid headRefName baseRefName isCrossRepository mergeable mergeStateStatus
  author { login }
  labels(first: 100) { nodes { name } }
  commits(last: 1) {
    nodes {
      commit {
        oid
        statusCheckRollup {
          contexts(first: 100) {
            nodes {
              __typename
              ... on CheckRun { name status conclusion }
              ... on StatusContext { ${review_state/* STATUS_FIELDS */.n$} }
            }
          }
        }
      }
    }
  }`;
/** Selections for specific PRs, aliased `pr<number>`, to ride in the preflight request. */
function pullRequestFields(numbers) {
    return numbers.map((n) => `pr${n}: pullRequest(number: ${Math.trunc(n)}) { ${PR_FIELDS} }`).join('\n');
}
function toPoolPr(node) {
    const rollup = node.commits?.nodes?.[0]?.commit?.statusCheckRollup;
    const contexts = (rollup?.contexts?.nodes ?? []).map((c) => c.__typename === 'CheckRun'
        ? {
            name: c.name,
            kind: 'check',
            state: normaliseCheck(c.status, c.conclusion),
            raw: String(c.conclusion ?? c.status),
        }
        : {
            name: c.context,
            kind: 'status',
            state: normaliseStatus(c.state),
            raw: String(c.state),
            description: c.description,
        });
    return {
        number: node.number,
        title: node.title,
        open: node.state === 'OPEN',
        author: node.author?.login ?? '',
        createdAt: node.createdAt,
        isDraft: node.isDraft,
        headSha: node.headRefOid,
        headRef: node.headRefName,
        baseRef: node.baseRefName,
        isCrossRepository: node.isCrossRepository,
        mergeable: node.mergeable,
        mergeStateStatus: node.mergeStateStatus,
        labels: (node.labels?.nodes ?? []).map((l) => l.name),
        contexts,
        // Review state counts only on the head itself.
        headStatuses: (node.commits?.nodes?.[0]?.commit?.oid === node.headRefOid
            ? (rollup?.contexts?.nodes ?? [])
            : [])
            .filter((c) => c.__typename === 'StatusContext')
            .map(review_state/* headStatusFrom */.Xn),
    };
}
const SWEEP_PAGE_SIZE = 50;
/** A page of open PRs, oldest first; the first page (no cursor) rides in the preflight request. */
function openPullRequestsPage(after) {
    const cursor = after ? `, after: ${JSON.stringify(after)}` : '';
    return `openPrs: pullRequests(states: [OPEN], first: ${SWEEP_PAGE_SIZE}${cursor}, orderBy: { field: CREATED_AT, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes { ${PR_FIELDS} }
  }`;
}
/**
 * Every open PR of the repository given the first page already read: one more request per 50 PRs
 * (1,000 PRs: the preflight and 19 more).
 */
async function sweepOpenPullRequests(github, repo, firstPage) {
    const prs = [];
    let page = firstPage;
    for (;;) {
        prs.push(...page.nodes.map(toPoolPr));
        if (!page.pageInfo.hasNextPage)
            return prs;
        const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${openPullRequestsPage(page.pageInfo.endCursor)}
  }
}`;
        const data = await github.graphql(query, { owner: repo.owner, name: repo.repo });
        page = data.repository.openPrs;
    }
}

;// CONCATENATED MODULE: ./src/auto-merge/run.ts
// auto-merge (Prow's Tide): an event evaluates only the PRs it concerns; schedule and
// workflow_dispatch sweep every open PR. Each evaluated head gets a `bosun/merge` status (written
// only when it changes); ready PRs merge oldest first, always with the evaluated head SHA, so a push
// after evaluation is never merged unreviewed. A refused merge is pool work, reported on the status.







const SWEEP_EVENTS = new Set(['schedule', 'workflow_dispatch']);
/** The repository's merge button settings, read with the pool so a forbidden method is never tried. */
const MERGE_SETTINGS = 'mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed';
const allowedMethodsOf = (repository) => ({
    merge: repository.mergeCommitAllowed !== false,
    squash: repository.squashMergeAllowed !== false,
    rebase: repository.rebaseMergeAllowed !== false,
});
/** The PR numbers an event concerns, or a SHA to look them up by, or why there are none. */
function concernedPullRequests(eventName, payload) {
    const numbersOf = (list) => (list ?? []).map((p) => p.number);
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            if (payload.action === 'closed')
                return { skip: 'pull request closed' };
            return { numbers: [payload.pull_request.number] };
        case 'pull_request_review':
            return { numbers: [payload.pull_request.number] };
        case 'check_suite':
        case 'check_run': {
            const item = payload[eventName];
            if (payload.action !== 'completed')
                return { skip: `${eventName} ${payload.action}` };
            const numbers = numbersOf(item?.pull_requests);
            // Fork PRs are not listed in the payload: find them by the head SHA.
            return numbers.length ? { numbers } : { numbers: [], sha: item?.head_sha };
        }
        case 'workflow_run': {
            if (payload.action !== 'completed')
                return { skip: `workflow_run ${payload.action}` };
            const numbers = numbersOf(payload.workflow_run?.pull_requests);
            return numbers.length ? { numbers } : { numbers: [], sha: payload.workflow_run?.head_sha };
        }
        case 'status':
            // bosun's own status must not start another evaluation.
            // (bosun/lgtm and bosun/approve are followed by the label change that evaluates the PR.)
            if ([MERGE_CONTEXT, ...review_state/* REVIEW_CONTEXTS */.Ee].includes(String(payload.context)))
                return { skip: `status ${String(payload.context)} is bosun's own` };
            return { numbers: [], sha: payload.sha };
        default:
            return { skip: `auto-merge does not handle ${eventName}` };
    }
}
async function numbersForSha(run, sha) {
    const prs = await run.github.paginate(run.github.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...run.repo,
        commit_sha: sha,
        per_page: 100,
    });
    return prs.filter((p) => p.state === 'open' && p.head.sha === sha).map((p) => p.number);
}
/**
 * Review bound to the head: a ready verdict stands only when the head itself carries bosun's
 * `bosun/lgtm` and `bosun/approve` (for the labels the config requires); a label alone may be stale.
 */
function withHeadReview(pr, verdict, config, viewer) {
    if (verdict.kind !== 'ready')
        return verdict;
    const missing = (0,review_state/* headReviewMissing */.Hh)(config.merge.requireLabels, pr.headStatuses, viewer);
    return missing ? { kind: 'pending', description: missing } : verdict;
}
/** The plan for one PR: pure, from the verdict, what this run already did and the config. */
function nextAction(pr, verdict, runState, config) {
    const status = statusToWrite(pr, verdict);
    if (verdict.kind !== 'ready')
        return status ? { kind: 'status', ...status } : { kind: 'nothing' };
    // A branch behind its base (or whose base just moved under it) is updated, not merged stale.
    const behind = pr.mergeStateStatus === 'BEHIND' || runState.movedBases.has(pr.baseRef);
    if (behind && config.merge.updateBranch)
        return { kind: 'update-branch' };
    if (runState.merges >= config.merge.maxPerRun) {
        const note = `Waiting: at most ${config.merge.maxPerRun} merges per run.`;
        return status ? { kind: 'status', ...status, note } : { kind: 'nothing', note };
    }
    return { kind: 'merge', method: verdict.method, writeInPool: !!status };
}
async function writeStatus(run, pr, state, description) {
    const url = `${run.ctx.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.ctx.runId}`;
    await (0,writes/* setCommitStatus */.MX)(run.github, run.repo, pr.headSha, MERGE_CONTEXT, state, description, run.ctx.runId ? url : undefined);
}
async function updateBranch(run, pr, outcome) {
    await run.github.rest.pulls.updateBranch({
        ...run.repo,
        pull_number: pr.number,
        expected_head_sha: pr.headSha,
    });
    outcome.state = 'updating';
    outcome.note = 'Branch updated with its base; it merges once checks pass again.';
    await writeStatus(run, pr, 'pending', 'Not mergeable. Updating the branch with its base.');
}
/** Merges with the evaluated head SHA; GitHub's refusal is pool work, reported on the status. */
async function mergeOne(run, config, pr, action, outcome) {
    if (action.writeInPool)
        await writeStatus(run, pr, 'success', IN_POOL);
    try {
        const title = commitTitle(config.merge.commitTitle, pr);
        await run.github.rest.pulls.merge({
            ...run.repo,
            pull_number: pr.number,
            sha: pr.headSha,
            merge_method: action.method,
            ...(title && action.method !== 'rebase' ? { commit_title: title } : {}),
        });
    }
    catch (error) {
        const code = (0,github/* httpStatus */.nG)(error);
        if (code !== 405 && code !== 409 && code !== 422)
            throw error;
        // Protection, a head that moved since evaluation, a conflict: say so on the PR and go on.
        const message = String(error.message).split('\n')[0];
        outcome.state = 'refused';
        outcome.note = message;
        await writeStatus(run, pr, 'pending', `Merge refused by GitHub: ${message}`);
        return false;
    }
    outcome.merged = true;
    outcome.state = 'merged';
    run.report.result.merged.push(pr.number);
    if (config.merge.deleteBranch && !pr.isCrossRepository) {
        try {
            await run.github.rest.git.deleteRef({ ...run.repo, ref: `heads/${pr.headRef}` });
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) !== 422)
                throw error; // already gone
        }
    }
    return true;
}
/** Evaluates and acts on a set of PRs; returns one outcome per PR. Never throws for one PR's trouble. */
async function processPool(run, config, prs, viewer, allowedMethods) {
    const selfContexts = [run.ctx.job, ...review_state/* REVIEW_CONTEXTS */.Ee].filter(Boolean);
    const outcomes = [];
    const errors = [];
    const runState = { merges: 0, movedBases: new Set() };
    for (const pr of [...prs].sort(byAge)) {
        const verdict = withHeadReview(pr, evaluate(pr, config, { selfContexts, allowedMethods }), config, viewer);
        const outcome = { pr, verdict, state: verdict.kind, merged: false };
        outcomes.push(outcome);
        try {
            const action = nextAction(pr, verdict, runState, config);
            if (action.kind === 'status' || action.kind === 'nothing') {
                if (action.note)
                    outcome.note = action.note;
                if (action.kind === 'status')
                    await writeStatus(run, pr, action.state, action.description);
            }
            else if (action.kind === 'update-branch')
                await updateBranch(run, pr, outcome);
            else if (await mergeOne(run, config, pr, action, outcome)) {
                runState.merges++;
                runState.movedBases.add(pr.baseRef);
            }
        }
        catch (error) {
            const code = (0,github/* httpStatus */.nG)(error);
            run.log.warning(`#${pr.number}: ${error.message}`);
            outcome.state = 'error';
            outcome.note = String(error.message).split('\n')[0];
            if (!code || code >= 500)
                errors.push(error);
        }
    }
    return { outcomes, errors };
}
/** What a PR is missing, or why the sweep left it: the verdict's words and the run's note. */
const missingOf = ({ verdict, note }) => [verdict.kind === 'pending' ? verdict.description : verdict.kind === 'skip' ? verdict.reason : '', note]
    .filter(Boolean)
    .join(' ');
const dashboardRow = (outcome) => ({
    number: outcome.pr.number,
    title: outcome.pr.title,
    author: outcome.pr.author,
    headSha: outcome.pr.headSha,
    state: outcome.state,
    missing: missingOf(outcome),
});
function poolTable(outcomes) {
    if (!outcomes.length)
        return 'The merge pool is empty: no open pull request to evaluate.';
    const rows = outcomes.map((outcome) => {
        const { pr, state, merged } = outcome;
        return `| #${pr.number} | \`${pr.headSha.slice(0, 7)}\` | ${state} | ${missingOf(outcome).replace(/\|/g, '\\|')} | ${merged ? 'yes' : 'no'} |`;
    });
    return [
        'Merge pool:',
        '',
        '| PR | head | state | missing | merged |',
        '|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
async function autoMerge(run) {
    const { eventName, payload } = run.ctx;
    let prs;
    let config;
    let repository;
    let viewer;
    const sweep = SWEEP_EVENTS.has(eventName);
    if (sweep) {
        // The pinned issues ride along: the dashboard is normally among them.
        const pre = await run.preflight({
            repositoryFields: `${MERGE_SETTINGS}\n${openPullRequestsPage()}\n${PINNED_ISSUES_FIELD}`,
        });
        config = pre.config;
        repository = pre.repository;
        viewer = pre.viewer;
        prs = await sweepOpenPullRequests(run.github, run.repo, pre.repository.openPrs);
    }
    else {
        const concerned = concernedPullRequests(eventName, payload);
        if ('skip' in concerned)
            return run.report.skip(concerned.skip);
        const numbers = concerned.sha ? await numbersForSha(run, concerned.sha) : concerned.numbers;
        if (!numbers.length)
            return run.report.skip('no open pull request concerned');
        // The PRs ride in the same request as the config.
        const pre = await run.preflight({ repositoryFields: `${MERGE_SETTINGS}\n${pullRequestFields(numbers)}` });
        config = pre.config;
        repository = pre.repository;
        viewer = pre.viewer;
        prs = numbers
            .map((n) => pre.repository[`pr${n}`])
            .filter((node) => node && node.number)
            .map(toPoolPr);
    }
    const { outcomes, errors } = await processPool(run, config, prs, viewer, allowedMethodsOf(repository));
    run.report.sections.push(poolTable(outcomes));
    if (sweep && config.dashboard.enabled) {
        const rows = outcomes.map(dashboardRow);
        const pinned = repository.dashboardPinned;
        run.report.sections.push(await syncDashboard(run, config, viewer, pinned, rows, new Date().toISOString()));
    }
    if (errors.length)
        throw errors[0];
}
const run = () => (0,action/* runAction */.Cs)('auto-merge', autoMerge, { bulk: SWEEP_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') });


/***/ }),

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ REVIEW_CONTEXTS),
/* harmony export */   En: () => (/* binding */ lgtmIsStale),
/* harmony export */   Ew: () => (/* binding */ APPROVE_CONTEXT),
/* harmony export */   Hh: () => (/* binding */ headReviewMissing),
/* harmony export */   Rj: () => (/* binding */ LGTM_CONTEXT),
/* harmony export */   Xn: () => (/* binding */ headStatusFrom),
/* harmony export */   c: () => (/* binding */ trustedStatus),
/* harmony export */   n$: () => (/* binding */ STATUS_FIELDS)
/* harmony export */ });
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7359);
// Review state bound to the head: bosun records lgtm and approval as commit statuses on the exact
// head SHA they were given for (`bosun/lgtm`, `bosun/approve`), so a push (a new SHA, no statuses)
// can never inherit them, whatever order events are processed in. Only statuses written by the
// token's own user count: anyone with write access can write a status with any context.

const LGTM_CONTEXT = 'bosun/lgtm';
const APPROVE_CONTEXT = 'bosun/approve';
const REVIEW_CONTEXTS = [LGTM_CONTEXT, APPROVE_CONTEXT];
/** GraphQL selection for the statuses of a commit's rollup that this module reads. */
const STATUS_FIELDS = 'context state description createdAt creator { login }';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function headStatusFrom(node) {
    return {
        context: String(node.context ?? ''),
        state: String(node.state ?? '').toLowerCase(),
        description: String(node.description ?? ''),
        createdAt: String(node.createdAt ?? ''),
        creator: String(node.creator?.login ?? ''),
    };
}
/** The head's status for `context` when bosun wrote it; a status anyone else wrote is ignored. */
function trustedStatus(statuses, context, viewer) {
    const found = statuses.find((s) => s.context.toLowerCase() === context.toLowerCase());
    return found && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .sameLogin */ .Up)(found.creator, viewer) ? found : undefined;
}
/**
 * What the merge pool still needs from review for this head, or undefined when nothing: each of
 * `lgtm` and `approved` that `merge.require-labels` names must be backed by a bosun status with
 * state success on the head itself.
 */
function headReviewMissing(requireLabels, statuses, viewer) {
    const needs = (label) => requireLabels.some((l) => l.toLowerCase() === label);
    const given = (context) => trustedStatus(statuses, context, viewer)?.state === 'success';
    const missing = [
        needs('lgtm') && !given(LGTM_CONTEXT) ? 'lgtm' : undefined,
        needs('approved') && !given(APPROVE_CONTEXT) ? 'approval' : undefined,
    ].filter(Boolean);
    if (!missing.length)
        return undefined;
    return `Not mergeable. Needs ${missing.join(' and ')} for this head commit.`;
}
/**
 * Whether a `/lgtm` written at `writtenAt` is older than what bosun knows about the head it would
 * apply to: the head was committed after it, or bosun recorded a newer lgtm decision (a reset on
 * push, a cancel) on that head after it. Either way the reviewer cannot have seen this head.
 */
function lgtmIsStale(writtenAt, head) {
    const written = Date.parse(writtenAt);
    if (Number.isNaN(written))
        return false;
    // A tie counts as stale: GitHub's times have one-second resolution, so a comment and a push in
    // the same second cannot be ordered, and the reviewer cannot have seen a head pushed that second.
    const after = (at) => !!at && Date.parse(at) >= written;
    return after(head.committedAt) || (head.lgtm?.state !== 'success' && after(head.lgtm?.createdAt));
}


/***/ })

};
