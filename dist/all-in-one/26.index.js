export const id = 26;
export const ids = [26];
export const modules = {

/***/ 5026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  autoMerge: () => (/* binding */ autoMerge),
  concernedPullRequests: () => (/* binding */ concernedPullRequests),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
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
/** The merge method: a `merge-method/<m>` label overrides config. */
function mergeMethod(labels, config) {
    for (const m of ['merge', 'squash', 'rebase'])
        if (labels.some((l) => l.toLowerCase() === `merge-method/${m}`))
            return m;
    return config.merge.method;
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
    const failing = considered.find((c) => c.state === 'failure');
    if (failing)
        return { kind: 'pending', description: `Not mergeable. Check ${failing.name} has not succeeded.` };
    const waiting = considered.find((c) => c.state === 'pending');
    if (waiting)
        return { kind: 'pending', description: `Not mergeable. Check ${waiting.name} has not succeeded.` };
    return { kind: 'ready', method: mergeMethod(pr.labels, config) };
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
              ... on StatusContext { context state description }
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
            if (payload.context === MERGE_CONTEXT)
                return { skip: `status ${MERGE_CONTEXT} is bosun's own` };
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
async function writeStatus(run, pr, state, description) {
    const url = `${run.ctx.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.ctx.runId}`;
    await (0,writes/* setCommitStatus */.MX)(run.github, run.repo, pr.headSha, MERGE_CONTEXT, state, description, run.ctx.runId ? url : undefined);
}
/** Evaluates and acts on a set of PRs; returns one outcome per PR. Never throws for one PR's trouble. */
async function processPool(run, config, prs) {
    const selfContexts = [run.ctx.job].filter(Boolean);
    const outcomes = [];
    const errors = [];
    let merges = 0;
    const movedBases = new Set();
    for (const pr of [...prs].sort(byAge)) {
        const verdict = evaluate(pr, config, { selfContexts });
        const outcome = {
            pr,
            verdict,
            state: verdict.kind === 'ready' ? 'ready' : verdict.kind,
            merged: false,
        };
        outcomes.push(outcome);
        try {
            const status = statusToWrite(pr, verdict);
            if (verdict.kind !== 'ready') {
                if (status)
                    await writeStatus(run, pr, status.state, status.description);
                continue;
            }
            // A branch behind its base (or whose base just moved under it) is updated, not merged stale.
            const behind = pr.mergeStateStatus === 'BEHIND' || movedBases.has(pr.baseRef);
            if (behind && config.merge.updateBranch) {
                await run.github.rest.pulls.updateBranch({
                    ...run.repo,
                    pull_number: pr.number,
                    expected_head_sha: pr.headSha,
                });
                outcome.state = 'updating';
                outcome.note = 'Branch updated with its base; it merges once checks pass again.';
                await writeStatus(run, pr, 'pending', 'Not mergeable. Updating the branch with its base.');
                continue;
            }
            if (merges >= config.merge.maxPerRun) {
                if (status)
                    await writeStatus(run, pr, status.state, status.description);
                outcome.note = `Waiting: at most ${config.merge.maxPerRun} merges per run.`;
                continue;
            }
            if (status)
                await writeStatus(run, pr, 'success', IN_POOL);
            try {
                const title = commitTitle(config.merge.commitTitle, pr);
                await run.github.rest.pulls.merge({
                    ...run.repo,
                    pull_number: pr.number,
                    sha: pr.headSha,
                    merge_method: verdict.method,
                    ...(title && verdict.method !== 'rebase' ? { commit_title: title } : {}),
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
                continue;
            }
            merges++;
            movedBases.add(pr.baseRef);
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
function poolTable(outcomes) {
    if (!outcomes.length)
        return 'The merge pool is empty: no open pull request to evaluate.';
    const rows = outcomes.map(({ pr, verdict, state, merged, note }) => {
        const missing = verdict.kind === 'pending' ? verdict.description : verdict.kind === 'skip' ? verdict.reason : '';
        return `| #${pr.number} | \`${pr.headSha.slice(0, 7)}\` | ${state} | ${[missing, note].filter(Boolean).join(' ').replace(/\|/g, '\\|')} | ${merged ? 'yes' : 'no'} |`;
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
    if (SWEEP_EVENTS.has(eventName)) {
        const pre = await run.preflight({ repositoryFields: openPullRequestsPage() });
        config = pre.config;
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
        const pre = await run.preflight({ repositoryFields: pullRequestFields(numbers) });
        config = pre.config;
        prs = numbers
            .map((n) => pre.repository[`pr${n}`])
            .filter((node) => node && node.number)
            .map(toPoolPr);
    }
    const { outcomes, errors } = await processPool(run, config, prs);
    run.report.sections.push(poolTable(outcomes));
    if (errors.length)
        throw errors[0];
}
const run = () => (0,action/* runAction */.Cs)('auto-merge', autoMerge, { bulk: SWEEP_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') });


/***/ })

};
