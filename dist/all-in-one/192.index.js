export const id = 192;
export const ids = [192];
export const modules = {

/***/ 5192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BULK_EVENTS: () => (/* binding */ BULK_EVENTS),
  NO_OVERRIDE: () => (/* binding */ NO_OVERRIDE),
  SWEEP_EVENTS: () => (/* binding */ SWEEP_EVENTS),
  autoMerge: () => (/* binding */ autoMerge),
  concernedPullRequests: () => (/* binding */ concernedPullRequests),
  entry: () => (/* binding */ entry),
  nextAction: () => (/* binding */ nextAction),
  run: () => (/* binding */ run),
  withHeadReview: () => (/* binding */ withHeadReview)
});

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/payload.ts
var core_payload = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/core/override.ts
var override = __webpack_require__(3479);
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
    const overridden = options.overridden ?? new Set();
    const considered = pr.contexts.filter((c) => !ignored.has(c.name.toLowerCase()) && !overridden.has(c.name.toLowerCase()));
    for (const required of config.merge.requiredContexts) {
        if (overridden.has(required.toLowerCase()))
            continue;
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

// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
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
// Writing the dashboard issue: found among the repository's pinned issues (read in the sweep's
// preflight, so a steady-state sweep costs no extra request), else among the open issues the token's
// own user opened; created and pinned when absent; its body written only when the text changes.




const ISSUE_FIELDS = 'id number title body state author { __typename login }';
/** Rides in the sweep's preflight: the dashboard is normally one of these. */
const PINNED_ISSUES_FIELD = `dashboardPinned: pinnedIssues(first: 3) { nodes { issue { ${ISSUE_FIELDS} } } }`;
/** The dashboard among issues: open, carrying the marker, written by the token's own user. */
function pickDashboard(issues, viewer) {
    return issues.find((i) => i?.state === 'OPEN' &&
        (0,permissions/* sameLogin */.Up)((0,loop_guard/* actorLogin */.Ff)(i.author), viewer) &&
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
        run.log.warning(`Dashboard #${number} could not be pinned: ${(0,github/* firstLine */.TM)(error)}`);
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
// Reading the merge pool from GitHub: one GraphQL selection gives, per PR, everything Tide needs
// (labels, draft, mergeability, head SHA and every check and status on it). Used for the few PRs an
// event names (inside the preflight request) and for sweeps (one paginated query over open PRs).



const PR_FIELDS = `number title state createdAt isDraft headRefOid headRefName baseRefName isCrossRepository mergeable mergeStateStatus
  author { __typename login }
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
/** The PRs a preflight read with pullRequestFields(numbers), in that order; those that do not exist left out. */
function pullRequestsOf(repository, numbers) {
    return numbers
        .map((n) => repository[`pr${n}`]) // selected by pullRequestFields
        .filter((node) => !!node && !!node.number);
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
        author: (0,loop_guard/* actorLogin */.Ff)(node.author),
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
/**
 * A page of open PRs (those based on `base` only, when given), oldest first; the first page (no
 * cursor) rides in the preflight request.
 */
function openPullRequestsPage(after, base) {
    const cursor = after ? `, after: ${JSON.stringify(after)}` : '';
    const onBase = base ? `, baseRefName: ${JSON.stringify(base)}` : '';
    return `openPrs: pullRequests(states: [OPEN]${onBase}, first: ${SWEEP_PAGE_SIZE}${cursor}, orderBy: { field: CREATED_AT, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes { ${PR_FIELDS} }
  }`;
}
/** The first page a preflight read with openPullRequestsPage(). */
const openPrsOf = (repository) => repository.openPrs;
/**
 * Every open PR of the repository given the first page already read: one more request per 50 PRs
 * (1,000 PRs: the preflight and 19 more).
 */
async function sweepOpenPullRequests(github, repo, firstPage, base) {
    const prs = [];
    let page = firstPage;
    for (;;) {
        prs.push(...page.nodes.map(toPoolPr));
        if (!page.pageInfo.hasNextPage)
            return prs;
        const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${openPullRequestsPage(page.pageInfo.endCursor, base)}
  }
}`;
        const data = await github.graphql(query, {
            owner: repo.owner,
            name: repo.repo,
        });
        page = data.repository.openPrs;
    }
}

;// CONCATENATED MODULE: ./src/auto-merge/needs-rebase.ts



const NEEDS_REBASE = 'needs-rebase';
/** The purpose of the one comment (its hidden marker). */
const NEEDS_REBASE_PURPOSE = 'needs-rebase';
/** What one PR needs, from what the pool read: only a known answer changes anything. */
function decideNeedsRebase(pr, enabled) {
    if (!enabled || !pr.open)
        return 'nothing';
    const labelled = pr.labels.some((l) => l.toLowerCase() === NEEDS_REBASE);
    if (pr.mergeable === 'CONFLICTING')
        return labelled ? 'nothing' : 'add';
    if (pr.mergeable === 'MERGEABLE')
        return labelled ? 'remove' : 'nothing';
    return 'nothing';
}
function needsRebaseComment(decision, pr) {
    const base = `\`${pr.baseRef.replace(/`/g, '')}\``;
    const head = `\`${pr.headSha.slice(0, 7)}\``;
    return decision === 'add'
        ? `This pull request conflicts with ${base} (head ${head}), so it has the \`${NEEDS_REBASE}\` label and cannot merge. Rebase it on ${base} (or merge ${base} into it) and resolve the conflicts; the label goes away on its own once GitHub reports no conflict.`
        : `The conflict with ${base} is resolved (head ${head}): \`${NEEDS_REBASE}\` was removed.`;
}
/**
 * Brings each PR's label and comment in line with its mergeability and updates `pr.labels` in
 * place, so the pool evaluating the same PRs afterwards sees what was written. The comment is
 * written before the label: a run cut short in between is finished by the next one.
 * Returns the report lines and the first error that was not GitHub's 4xx answer (a 4xx on one PR is
 * a warning), so the caller finishes its own work before failing the run.
 */
async function syncNeedsRebase(run, config, prs, viewer) {
    const lines = [];
    let error;
    for (const pr of prs) {
        const decision = decideNeedsRebase(pr, config.needsRebase);
        if (decision === 'nothing')
            continue;
        try {
            const text = needsRebaseComment(decision, pr);
            await (0,writes/* upsertBotComment */.S0)(run.github, run.repo, pr.number, NEEDS_REBASE_PURPOSE, text, viewer);
            if (decision === 'add') {
                await (0,writes/* addLabels */.Nl)(run.github, run.repo, pr.number, [NEEDS_REBASE]);
                pr.labels = [...pr.labels, NEEDS_REBASE];
                run.report.result.labelsAdded.push(NEEDS_REBASE);
            }
            else {
                await (0,writes/* removeLabel */.tA)(run.github, run.repo, pr.number, NEEDS_REBASE);
                pr.labels = pr.labels.filter((l) => l.toLowerCase() !== NEEDS_REBASE);
                run.report.result.labelsRemoved.push(NEEDS_REBASE);
            }
            run.report.result.comments.push(`${NEEDS_REBASE_PURPOSE} #${pr.number}`);
            lines.push(`- #${pr.number}: ${decision === 'add' ? 'conflicts, labelled' : 'conflict resolved, label removed'}`);
        }
        catch (failure) {
            const code = (0,github/* httpStatus */.nG)(failure);
            run.log.warning(`needs-rebase on #${pr.number}: ${failure.message}`);
            if (!code || code >= 500)
                error ??= failure;
        }
    }
    return { lines, error };
}
const needsRebaseSection = (lines) => lines.length ? `needs-rebase:\n\n${lines.join('\n')}` : '';
/**
 * A push to a branch: the open PRs based on it are read with the pool's selection and their labels
 * synced. Runs start some seconds after the push, by when GitHub has usually recomputed
 * mergeability; a PR still UNKNOWN is left to the next sweep.
 */
async function needsRebaseOnPush(run) {
    const { payload } = run.ctx;
    const ref = String(payload.ref ?? '');
    if (!ref.startsWith('refs/heads/'))
        return run.report.skip(`push to ${ref}, not a branch`);
    if (payload.deleted)
        return run.report.skip('the branch was deleted');
    const base = ref.slice('refs/heads/'.length);
    const pre = await run.preflight({ repositoryFields: openPullRequestsPage(undefined, base) });
    if (!pre.config.needsRebase)
        return run.report.skip('needs-rebase is off (needs-rebase: false)');
    const prs = await sweepOpenPullRequests(run.github, run.repo, openPrsOf(pre.repository), base);
    if (!prs.length)
        return run.report.skip(`no open pull request is based on ${base}`);
    const { lines, error } = await syncNeedsRebase(run, pre.config, prs, pre.viewer);
    run.report.sections.push(needsRebaseSection(lines) || `needs-rebase: ${prs.length} PR(s) based on \`${base}\`, nothing to change.`);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
    if (error)
        throw error;
}

;// CONCATENATED MODULE: ./src/auto-merge/run.ts
// auto-merge (Prow's Tide): an event evaluates only the PRs it concerns; schedule and
// workflow_dispatch sweep every open PR. Each evaluated head gets a `bosun/merge` status (written
// only when it changes); ready PRs merge oldest first, always with the evaluated head SHA, so a push
// after evaluation is never merged unreviewed. A refused merge is pool work, reported on the status.











const SWEEP_EVENTS = new Set(['schedule', 'workflow_dispatch']);
const NO_OVERRIDE = 'no /override command';
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
            return { numbers: [(0,core_payload/* carried */.L)(payload.pull_request, 'pull_request').number] };
        case 'pull_request_review':
            return { numbers: [(0,core_payload/* carried */.L)(payload.pull_request, 'pull_request').number] };
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
        case 'issue_comment':
            // `/override` changes no label: in the all-in-one job the pool looks at the PR right after it.
            // (The reason for a comment without it is the one quick-exit.ts publishes.)
            if (!(0,commands/* parseCommands */.Gr)(payload.comment?.body).some((c) => c.name === 'override'))
                return { skip: NO_OVERRIDE };
            if (payload.action !== 'created' || !payload.issue?.pull_request)
                return { skip: 'not a new comment on a pull request' };
            return { numbers: [payload.issue.number] };
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
        const message = (0,github/* firstLine */.TM)(error);
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
        const overridden = (0,override/* overriddenContexts */.DL)(pr.headStatuses, viewer);
        const verdict = withHeadReview(pr, evaluate(pr, config, { selfContexts, allowedMethods, overridden }), config, viewer);
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
            run.log.warning(`#${pr.number}: ${error.message}`);
            outcome.state = 'error';
            outcome.note = (0,github/* firstLine */.TM)(error);
            if (!(0,github/* isRefusal */.vu)(error))
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
    let rebaseError;
    const sweep = SWEEP_EVENTS.has(eventName);
    if (eventName === 'push')
        return needsRebaseOnPush(run);
    if (sweep) {
        // The pinned issues ride along: the dashboard is normally among them.
        const pre = await run.preflight({
            repositoryFields: `${MERGE_SETTINGS}\n${openPullRequestsPage()}\n${PINNED_ISSUES_FIELD}`,
        });
        config = pre.config;
        repository = pre.repository;
        viewer = pre.viewer;
        prs = await sweepOpenPullRequests(run.github, run.repo, openPrsOf(pre.repository));
        // Before the pool evaluates them, so its verdicts already see the label as written.
        const rebase = await syncNeedsRebase(run, config, prs, viewer);
        if (rebase.lines.length)
            run.report.sections.push(needsRebaseSection(rebase.lines));
        rebaseError = rebase.error;
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
        prs = pullRequestsOf(pre.repository, numbers).map(toPoolPr);
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
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
    if (rebaseError)
        throw rebaseError;
}
/** Sweeps and a push to a base branch (needs-rebase over its PRs) write in bulk. */
const BULK_EVENTS = new Set([...SWEEP_EVENTS, 'push']);
const entry = { name: 'auto-merge', body: autoMerge, bulk: (e) => BULK_EVENTS.has(e) };
const run = () => (0,action/* runEntry */.CN)(entry);


/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ parseCommands),
/* harmony export */   nY: () => (/* binding */ userArgs),
/* harmony export */   oq: () => (/* binding */ MAX_COMMANDS_PER_COMMENT),
/* harmony export */   sG: () => (/* binding */ splitArgs)
/* harmony export */ });
/* unused harmony exports MAX_MARKDOWN_CHARS, MAX_MARKDOWN_NESTING, MAX_MARKDOWN_CONTAINER_LINES */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6855);
// Finds slash commands in a comment body by the contract's rules (docs/contract.md): `/name args` at the start of a line
// (leading spaces allowed), case-insensitive, several per comment, in order; nothing inside code
// (fenced or indented), block quotes or HTML comments counts. Markdown structure comes from a real
// parser (mdast) so that quoted replies and pasted logs never trigger anything. The input is bounded
// first (size, nesting) and the parse cannot throw: one hostile comment never breaks a recount.

/** At most this many commands in one comment are run; the rest are reported as skipped. */
const MAX_COMMANDS_PER_COMMENT = 20;
const COMMAND_LINE = /^[ \t]{0,3}\/([a-z][a-z0-9_-]*)(?:[ \t]+(.*?))?[ \t]*$/i;
const ANY_COMMAND_LINE = /^[ \t]{0,3}\/[a-z]/im;
/**
 * Bounds on what goes to the Markdown parser. Its list handling grows quadratically with the number
 * of items and its tree is as deep as the nesting, so a comment above these bounds (size, nesting,
 * lines opening a list item or quote; GitHub allows 65,536 characters) is read by the conservative
 * line scanner instead.
 */
const MAX_MARKDOWN_CHARS = 16 * 1024;
const MAX_MARKDOWN_NESTING = 12;
const MAX_MARKDOWN_CONTAINER_LINES = 300;
// Only block structure decides what is a command; inline constructs (emphasis, links), whose
// resolution is the quadratic part of the parser, are switched off. Inline HTML stays: a
// `<!--` opened mid-line hides the lines it spans.
const BLOCK_STRUCTURE_ONLY = {
    disable: {
        null: [
            'attention',
            'autolink',
            'characterEscape',
            'characterReference',
            'definition',
            'hardBreakEscape',
            'headingAtx',
            'labelEnd',
            'labelStartImage',
            'labelStartLink',
            'setextUnderline',
            'thematicBreak',
        ],
    },
};
const NOT_COMMAND_CONTAINERS = new Set(['code', 'blockquote', 'html']);
const CONTAINER_PREFIX = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** How deeply a line nests block containers (quotes, list items, indentation of a list item). */
function nestingOf(line) {
    const indent = /^[ \t]*/.exec(line)[0].length;
    let depth = 0;
    let rest = line;
    for (let m = CONTAINER_PREFIX.exec(rest); m && m[0].length; m = CONTAINER_PREFIX.exec(rest)) {
        depth++;
        rest = rest.slice(m[0].length);
        if (depth > MAX_MARKDOWN_NESTING)
            break;
    }
    return depth ? depth + Math.floor(indent / 2) : 0;
}
function fitsMarkdownParser(body, lines) {
    if (body.length > MAX_MARKDOWN_CHARS)
        return false;
    let containerLines = 0;
    for (const line of lines) {
        const depth = nestingOf(line);
        if (depth > MAX_MARKDOWN_NESTING)
            return false;
        if (depth && ++containerLines > MAX_MARKDOWN_CONTAINER_LINES)
            return false;
    }
    return true;
}
/** Lines inside code, quotes or HTML, from the Markdown tree (iterative: nesting never hits the stack). */
function excludedLines(body, lines) {
    const excluded = new Set();
    const stack = [(0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body, { extensions: [BLOCK_STRUCTURE_ONLY] })];
    while (stack.length) {
        const node = stack.pop();
        if (NOT_COMMAND_CONTAINERS.has(node.type) && node.position) {
            for (let l = node.position.start.line; l <= node.position.end.line; l++) {
                // A line after a quote that does not itself start with `>` is Markdown's "lazy continuation":
                // people write `> question` then `/assign` on the next line and mean the command.
                if (node.type === 'blockquote' && !/^[ \t]{0,3}>/.test(lines[l - 1] ?? ''))
                    continue;
                excluded.add(l);
            }
            continue;
        }
        if (node.children)
            stack.push(...node.children);
    }
    return excluded;
}
// Only an unindented fence is surely at top level: an indented one may sit in a list item, which a
// dedented line closes (with its fence) before any closing fence.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/;
// What the scanner does not model (code or HTML inside a list item or quote, processing
// instructions, declarations, raw-text HTML blocks): from there on nothing counts.
const UNMODELLED = /```|~~~|<\?|<!(?!--)|^[ \t]{0,3}<\/?(?:script|pre|style|textarea)\b/i;
/** Whether an HTML comment is still open at the end of `text`, reading from `from`. */
function commentOpenAfter(text, from) {
    let open = false;
    for (let i = from; i < text.length;) {
        const next = open ? text.indexOf('-->', i) : text.indexOf('<!--', i);
        if (next < 0)
            break;
        open = !open;
        i = next + (open ? 4 : 3);
    }
    return open;
}
/**
 * The fallback for comments too large or too nested for the parser: one pass, and conservative.
 * It follows top-level fences, HTML comments and HTML blocks, skips quote lines, and stops at the
 * first construct it does not model, so it may miss a command but never takes one from code,
 * quotes or HTML.
 */
function conservativelyExcluded(lines) {
    const excluded = new Set();
    let fence;
    let inComment = false;
    let inHtmlBlock = false;
    for (const [index, text] of lines.entries()) {
        const line = index + 1;
        if (fence) {
            excluded.add(line);
            const [, marker] = FENCE_CLOSE.exec(text) ?? [];
            if (marker?.startsWith(fence.char) && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (inComment || inHtmlBlock) {
            // A block that starts inside an inline comment ends its paragraph, and the comment with it;
            // what looked like an HTML block may have been a paragraph that a fence interrupts.
            const startsBlock = /```|~~~|^[ \t]{0,3}</.test(text) || UNMODELLED.test(text);
            if ((inComment && startsBlock) || /```|~~~/.test(text) || UNMODELLED.test(text)) {
                for (let rest = line; rest <= lines.length; rest++)
                    excluded.add(rest);
                break;
            }
            excluded.add(line);
            const end = inComment ? text.indexOf('-->') : 0;
            inComment = inComment ? end < 0 || commentOpenAfter(text, end + 3) : commentOpenAfter(text, 0);
            if (text.trim() === '')
                inHtmlBlock = false;
            continue;
        }
        const open = FENCE_OPEN.exec(text);
        const [, marker = '', info = ''] = open ?? [];
        if (open && !(marker.startsWith('`') && info.includes('`'))) {
            fence = { char: marker.charAt(0), length: marker.length };
            excluded.add(line);
            continue;
        }
        if (open || UNMODELLED.test(text)) {
            for (let rest = line; rest <= lines.length; rest++)
                excluded.add(rest);
            break;
        }
        // An HTML block runs to the next blank line, except a comment block, which ends with its `-->`.
        const opensHtmlBlock = /^[ \t]{0,3}<(?!!--)/.test(text);
        if (opensHtmlBlock || text.includes('<!--')) {
            excluded.add(line);
            inComment = commentOpenAfter(text, 0);
            inHtmlBlock = opensHtmlBlock;
        }
        else if (/^[ \t]*>/.test(text) || /^(?: {0,3}\t| {4})/.test(text))
            excluded.add(line); // quote, code
    }
    return excluded;
}
/** Lines that cannot hold a command; never throws, whatever the body. */
function nonCommandLines(body, lines) {
    if (!fitsMarkdownParser(body, lines))
        return conservativelyExcluded(lines);
    try {
        return excludedLines(body, lines);
    }
    catch {
        return conservativelyExcluded(lines);
    }
}
function parseCommands(body) {
    // Most comments have no command: answer them without parsing Markdown at all.
    if (typeof body !== 'string' || !ANY_COMMAND_LINE.test(body))
        return [];
    const lines = body.split(/\r\n|\r|\n/);
    const excluded = nonCommandLines(body, lines);
    const commands = [];
    lines.forEach((text, index) => {
        const line = index + 1;
        if (excluded.has(line))
            return;
        const match = COMMAND_LINE.exec(text);
        if (!match)
            return;
        const [, name = '', args = ''] = match;
        commands.push({ name: name.toLowerCase(), args: args.trim(), raw: text.trim(), line });
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


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ eventOf),
/* harmony export */   L: () => (/* binding */ carried)
/* harmony export */ });
/** The payload of `eventName` with GitHub's types, for the parsers that switch on the event. */
function eventOf(eventName, payload) {
    // The runner and the webhook server hand over GitHub's payload for the event they name.
    return { name: eventName, payload };
}
/** A payload object the event always carries (GitHub sends it; a malformed delivery fails clearly). */
function carried(value, field) {
    if (value === undefined || value === null)
        throw new Error(`the event payload has no ${field}`);
    return value;
}


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
/* harmony import */ var _loop_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(185);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7359);
// Review state bound to the head: bosun records lgtm and approval as commit statuses on the exact
// head SHA they were given for (`bosun/lgtm`, `bosun/approve`), so a push (a new SHA, no statuses)
// can never inherit them, whatever order events are processed in. Only statuses written by the
// token's own user count: anyone with write access can write a status with any context.


const LGTM_CONTEXT = 'bosun/lgtm';
const APPROVE_CONTEXT = 'bosun/approve';
const REVIEW_CONTEXTS = [LGTM_CONTEXT, APPROVE_CONTEXT];
/** GraphQL selection for the statuses of a commit's rollup that this module reads. */
const STATUS_FIELDS = 'context state description createdAt creator { __typename login }';
function headStatusFrom(node) {
    return {
        context: String(node.context ?? ''),
        state: String(node.state ?? '').toLowerCase(),
        description: String(node.description ?? ''),
        createdAt: String(node.createdAt ?? ''),
        creator: (0,_loop_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .actorLogin */ .Ff)(node.creator),
    };
}
/** The head's status for `context` when bosun wrote it; a status anyone else wrote is ignored. */
function trustedStatus(statuses, context, viewer) {
    const found = statuses.find((s) => s.context.toLowerCase() === context.toLowerCase());
    return found && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(found.creator, viewer) ? found : undefined;
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
