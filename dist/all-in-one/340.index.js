export const id = 340;
export const ids = [340];
export const modules = {

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tg: () => (/* binding */ headFactsOf),
  Yl: () => (/* binding */ lgtmKeptOnSameTree),
  zy: () => (/* binding */ readHead),
  SQ: () => (/* binding */ readReviewFacts),
  fh: () => (/* binding */ reviewFactsFields),
  n9: () => (/* binding */ syncApproval)
});

// UNUSED EXPORTS: APPROVE_PURPOSE, approvalDescription

// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
;// CONCATENATED MODULE: ./src/core/approval.ts
// Prow's approve semantics as a pure function: given the changed files, OWNERS and who has approved,
// decide whether every file is covered and what is still missing. The commands and label-policy call
// this; the GitHub calls that gather its inputs live with them.

function evaluateApproval(input) {
    const author = input.author.toLowerCase();
    const effective = new Set(input.approvers);
    if (!input.requireSelfApproval && !input.authorWithdrew)
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
const isWithdrawal = (name, args) => name === 'remove-approve' || (name === 'approve' && /^cancel\b/i.test(args));
const isGrant = (name, args) => name === 'approve' && (args === '' || /^no-issue$/i.test(args));
/**
 * Standing approvals from a PR's history (comments and review bodies), oldest first: `/approve`
 * adds the writer, `/approve cancel` and `/remove-approve` withdraw them; the author's withdrawal
 * also cancels their implicit approval (Prow's approve plugin). Bot entries never count.
 */
function reviewApprovals(entries, author = '') {
    const approvers = new Set();
    let authorWithdrew = false;
    const ordered = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => timeOf(a.entry) - timeOf(b.entry) || a.index - b.index);
    for (const { entry } of ordered) {
        if (entry.isBot)
            continue;
        const login = entry.login.toLowerCase();
        const editedByOther = !!entry.editedBy && entry.editedBy.toLowerCase() !== login;
        for (const command of safeCommands(entry.body)) {
            if (isWithdrawal(command.name, command.args)) {
                approvers.delete(login);
                if (login === author.toLowerCase())
                    authorWithdrew = true;
            }
            else if (isGrant(command.name, command.args) && !editedByOther) {
                approvers.add(login);
                if (login === author.toLowerCase())
                    authorWithdrew = false;
            }
        }
    }
    return { approvers, authorWithdrew };
}
/** Entries without a time (the command being handled) come last. */
const timeOf = (entry) => (entry.createdAt ? Date.parse(entry.createdAt) : Infinity) || 0;
/** One unparseable entry must never break the recount of the whole PR: it counts as no command. */
function safeCommands(body) {
    try {
        return (0,commands/* parseCommands */.Gr)(body);
    }
    catch {
        return [];
    }
}
function approvalsFromHistory(entries) {
    return reviewApprovals(entries).approvers;
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

// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/review-state.ts
var review_state = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/core/approval-sync.ts





const APPROVE_PURPOSE = 'approve';
const HEAD_FIELDS = `headRefOid
      commits(last: 1) { nodes { commit { oid committedDate
        statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${review_state/* STATUS_FIELDS */.n$} } } } } } } }`;
const ACTOR = 'author { __typename login } editor { __typename login }';
/** The PR fields of the first page of review facts; also rides in a preflight request. */
function reviewFactsFields(after, withHead = true) {
    const cursor = after ? `, after: ${JSON.stringify(after)}` : '';
    return `${withHead ? HEAD_FIELDS : ''}
      comments(first: 100${cursor}) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body createdAt lastEditedAt ${ACTOR} }
      }
      ${withHead ? `reviews(first: 100) { nodes { body state submittedAt lastEditedAt ${ACTOR} } }` : ''}`;
}
const isBotNode = (node, viewer) => (0,loop_guard/* isBotAccount */.RS)(node.author ? { login: node.author.login, type: node.author.__typename } : undefined) ||
    (0,permissions/* sameLogin */.Up)((0,loop_guard/* actorLogin */.Ff)(node.author), viewer);
function entryOf(node, viewer, createdAt) {
    return {
        login: (0,loop_guard/* actorLogin */.Ff)(node.author),
        body: String(node.body ?? ''),
        isBot: isBotNode(node, viewer) || (0,loop_guard/* isBosunText */.Rt)(node.body),
        createdAt,
        editedBy: node.lastEditedAt ? (0,loop_guard/* actorLogin */.Ff)(node.editor) || '(unknown)' : undefined,
    };
}
function headFactsOf(pr) {
    const commit = pr.commits?.nodes?.[0]?.commit;
    return {
        headSha: String(pr.headRefOid),
        headCommittedAt: commit?.oid === pr.headRefOid ? commit?.committedDate : undefined,
        statuses: (commit?.statusCheckRollup?.contexts?.nodes ?? [])
            .filter((c) => c.__typename === 'StatusContext')
            .map(review_state/* headStatusFrom */.Xn),
    };
}
/** The PR's current head, when it was committed and the statuses on it: one request. */
async function readHead(github, repo, number) {
    const data = await github.graphql(`query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${HEAD_FIELDS} } }
}`, { owner: repo.owner, name: repo.repo, number });
    const pr = data.repository?.pullRequest;
    if (!pr)
        throw new Error(`Pull request #${number} is not visible to the token.`);
    return headFactsOf(pr);
}
/**
 * Head, statuses, comment history and review bodies of a PR: one request per 100 comments, or one
 * fewer when the first page (`reviewFactsFields()` on the pull request) was read already.
 */
async function readReviewFacts(github, repo, number, viewer, firstPage) {
    const facts = { headSha: '', statuses: [], history: [] };
    const tag = (0,writes/* marker */.xL)(APPROVE_PURPOSE);
    const page = async (after) => {
        const data = await github.graphql(`query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${reviewFactsFields(after, !after)} } }
}`, { owner: repo.owner, name: repo.repo, number });
        const pr = data.repository?.pullRequest;
        if (!pr)
            throw new Error(`Pull request #${number} is not visible to the token.`);
        return pr;
    };
    let pr = firstPage ?? (await page());
    Object.assign(facts, headFactsOf(pr));
    for (const review of pr.reviews?.nodes ?? []) {
        if (String(review.state).toUpperCase() === 'PENDING')
            continue; // a draft nobody else sees
        facts.history.push(entryOf(review, viewer, String(review.submittedAt ?? '')));
    }
    for (;;) {
        for (const comment of pr.comments.nodes) {
            facts.history.push(entryOf(comment, viewer, String(comment.createdAt)));
            if (!facts.notification && (0,permissions/* sameLogin */.Up)((0,loop_guard/* actorLogin */.Ff)(comment.author), viewer) && comment.body?.includes(tag))
                facts.notification = { id: comment.databaseId, body: comment.body };
        }
        if (!pr.comments.pageInfo.hasNextPage)
            return facts;
        pr = await page(pr.comments.pageInfo.endCursor);
    }
}
/** The approval state the given history gives (the author's own approval unless withdrawn or required). */
async function approvalFrom(input, history) {
    const { approvers, authorWithdrew } = reviewApprovals(history, input.author);
    let collaboratorApproved;
    if (input.owners.isEmpty) {
        const candidates = [...approvers];
        if (!input.requireSelfApproval && !authorWithdrew)
            candidates.push(input.author);
        const checks = await Promise.all(candidates.map((login) => input.permissions.isCollaborator(login)));
        collaboratorApproved = checks.some(Boolean);
    }
    return evaluateApproval({
        files: input.files,
        owners: input.owners,
        approvers,
        author: input.author,
        requireSelfApproval: input.requireSelfApproval,
        collaboratorApproved,
        authorWithdrew,
    });
}
/** Recounts and writes the status and comment; the caller applies the `approved` label it returns. */
async function syncApproval(input) {
    const { github, repo, facts } = input;
    const history = input.extra ? [...facts.history, input.extra] : facts.history;
    if (input.asOf) {
        // Approved as of that moment and still approved now; otherwise a later command decided it.
        const asOf = Date.parse(input.asOf);
        const then = await approvalFrom(input, history.filter((e) => Date.parse(e.createdAt ?? '') <= asOf));
        if (!then.approved)
            return { state: then, statusWritten: false, notification: 'skipped' };
    }
    const state = await approvalFrom(input, history);
    if (input.asOf && !state.approved)
        return { state, statusWritten: false, notification: 'skipped' };
    const statusWritten = await writeApprovalStatus(input, state);
    const body = `${(0,writes/* marker */.xL)(APPROVE_PURPOSE)}\n${renderApprovalComment(state, { noOwners: input.owners.isEmpty })}`;
    const existing = facts.notification;
    let notification = 'unchanged';
    if (existing?.body === body)
        notification = 'unchanged';
    else if (existing) {
        await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        notification = 'updated';
    }
    else if (input.postNotification) {
        await github.rest.issues.createComment({ ...repo, issue_number: input.number, body });
        notification = 'created';
    }
    else
        notification = 'skipped';
    return { state, statusWritten, notification };
}
/**
 * `bosun/approve` on the head: success while approvals cover its files; a success that no longer
 * holds is turned to pending. A head without one needs nothing written.
 */
async function writeApprovalStatus(input, state) {
    const current = (0,review_state/* trustedStatus */.c)(input.facts.statuses, review_state/* APPROVE_CONTEXT */.Ew, input.viewer);
    const wanted = state.approved
        ? { state: 'success', description: approvalDescription(state) }
        : current?.state === 'success'
            ? { state: 'pending', description: 'Approval withdrawn or no longer covers every file.' }
            : undefined;
    if (!wanted || !input.facts.headSha)
        return false;
    if (current?.state === wanted.state && current.description === (0,writes/* statusDescription */.$U)(wanted.description))
        return false;
    await (0,writes/* setCommitStatus */.MX)(input.github, input.repo, input.facts.headSha, review_state/* APPROVE_CONTEXT */.Ew, wanted.state, wanted.description);
    return true;
}
function approvalDescription(state) {
    return state.approvedBy.length ? `Approved by ${state.approvedBy.join(', ')}.` : 'Approved.';
}
/**
 * `lgtm.keep-on-same-tree`: the lgtm of the previous head, when bosun gave it there and the new head
 * has the same tree (a rebase or an amend that changed nothing). One request.
 */
async function lgtmKeptOnSameTree(github, repo, before, after, viewer) {
    const data = await github.graphql(`query($owner: String!, $name: String!, $before: GitObjectID!, $after: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    before: object(oid: $before) { ... on Commit { tree { oid }
      statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${review_state/* STATUS_FIELDS */.n$} } } } } } }
    after: object(oid: $after) { ... on Commit { tree { oid } } }
  }
}`, { owner: repo.owner, name: repo.repo, before, after });
    const b = data.repository?.before;
    const a = data.repository?.after;
    if (!b?.tree?.oid || b.tree.oid !== a?.tree?.oid)
        return undefined;
    const statuses = (b.statusCheckRollup?.contexts?.nodes ?? [])
        .filter((c) => c.__typename === 'StatusContext')
        .map(review_state/* headStatusFrom */.Xn);
    const lgtm = (0,review_state/* trustedStatus */.c)(statuses, review_state/* LGTM_CONTEXT */.Rj, viewer);
    return lgtm?.state === 'success' ? lgtm : undefined;
}


/***/ }),

/***/ 9965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V5: () => (/* binding */ approveOnPush),
/* harmony export */   ZN: () => (/* binding */ approveWaitingRuns)
/* harmony export */ });
/* unused harmony exports WAITING, runsToApprove */
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5108);

/** Waiting runs show as completed with conclusion `action_required`; the status filter matches it. */
const WAITING = 'action_required';
/** The runs to approve: waiting ones of exactly this head (a filter GitHub ignores must not widen it). */
function runsToApprove(runs, headSha) {
    return runs.filter((r) => r.headSha === headSha && r.conclusion === WAITING);
}
/**
 * Approves the head's waiting runs. GitHub's approve endpoint only takes runs of fork PRs and answers
 * 403 for others (e.g. a same-repository PR opened by an app), so those are re-run, which GitHub
 * starts as the token's user without the approval gate.
 */
async function approveWaitingRuns(github, repo, headSha) {
    const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
        ...repo,
        head_sha: headSha,
        status: WAITING,
        per_page: 100,
    });
    const waiting = runsToApprove(runs.map((r) => ({
        id: r.id,
        name: String(r.name ?? r.id),
        headSha: r.head_sha,
        conclusion: r.conclusion,
    })), headSha);
    const result = { approved: [], rerun: [] };
    for (const run of waiting) {
        try {
            await github.rest.actions.approveWorkflowRun({ ...repo, run_id: run.id });
            result.approved.push(run.name);
        }
        catch (error) {
            if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) !== 403)
                throw error;
            await github.rest.actions.reRunWorkflow({ ...repo, run_id: run.id });
            result.rerun.push(run.name);
        }
    }
    return result;
}
/**
 * label-policy on a push to a PR that stays ok-to-test: approves the new head's waiting runs. A
 * refusal (a token without `actions: write`) is a warning, never a failed policy run.
 */
async function approveOnPush(run, headSha) {
    try {
        const { approved, rerun } = await approveWaitingRuns(run.github, run.repo, headSha);
        const names = [...approved, ...rerun];
        if (names.length)
            run.report.sections.push(`Approved workflow runs waiting on ${headSha.slice(0, 7)}: ${names.join(', ')}.`);
    }
    catch (error) {
        const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
        if (!status || status >= 500)
            throw error;
        run.log.warning(`Could not approve the workflow runs waiting on ${headSha.slice(0, 7)} (${status}): the token needs \`actions: write\`.`);
    }
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
        const [, org, teamSlug] = /^@([^/]+)\/(.+)$/.exec(entry) ?? [];
        if (org === undefined || teamSlug === undefined) {
            if ((0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(entry.replace(/^@/, ''), login))
                return true;
            continue;
        }
        try {
            const { data } = await github.rest.teams.getMembershipForUserInOrg({
                org,
                team_slug: teamSlug,
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


/***/ }),

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ky: () => (/* binding */ lifecycleActivity),
  Hx: () => (/* binding */ lifecycleSweep)
});

// UNUSED EXPORTS: MAX_ITEMS_PER_RUN, notActivity

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/quick-exit.ts + 1 modules
var quick_exit = __webpack_require__(4875);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/label-policy/lifecycle-decisions.ts
const STALE = 'lifecycle/stale';
const ROTTEN = 'lifecycle/rotten';
const MARKS = [STALE, ROTTEN];
/** Timeline items read per candidate; when all of them are bots', older human activity is assumed. */
const TIMELINE_WINDOW = 20;
const lower = (s) => s.toLowerCase();
const hasLabel = (item, name) => item.labels.some((l) => lower(l) === lower(name));
/** Bot accounts and bosun's own token user never count as activity. */
function isBotActor(actor, viewer) {
    if (!actor)
        return false;
    return actor.type === 'Bot' || /\[bot\]$/i.test(actor.login) || lower(actor.login) === lower(viewer);
}
const isLifecycleLabelEvent = (a) => (a.kind === 'labeled' || a.kind === 'unlabeled') && !!a.label && MARKS.includes(lower(a.label));
/**
 * When a human last did something to the item (ms). An unknown actor counts as human, and a full
 * window of bots' items is taken to hide human activity just before it: both err towards "active".
 */
function lastHumanActivity(item, viewer) {
    const times = item.activities
        .filter((a) => !isLifecycleLabelEvent(a) && !isBotActor(a.actor, viewer))
        .map((a) => Date.parse(a.at));
    if (!isBotActor(item.author, viewer))
        times.push(Date.parse(item.createdAt));
    if (item.windowFull)
        times.push(oldest(item));
    return times.length ? Math.max(...times) : Date.parse(item.createdAt);
}
/** The oldest timeline item (a body edit is not one: it comes from the item itself). */
const oldest = (item) => Math.min(...item.activities.filter((a) => a.kind !== 'edited').map((a) => Date.parse(a.at)));
/** When `label` was last set; when the window does not show it, as late as it can have been. */
function markedAt(item, label) {
    const set = item.activities
        .filter((a) => a.kind === 'labeled' && lower(a.label ?? '') === label)
        .map((a) => Date.parse(a.at));
    if (set.length)
        return Math.max(...set);
    return item.windowFull ? oldest(item) : Date.parse(item.createdAt);
}
/** What the sweep does to one item now. */
function decideLifecycle(item, config, now, viewer) {
    if (!config.on.includes(item.isPull ? 'pulls' : 'issues'))
        return { kind: 'none' };
    if (config.exemptLabels.some((l) => hasLabel(item, l)))
        return { kind: 'none' };
    const human = lastHumanActivity(item, viewer);
    if (hasLabel(item, ROTTEN)) {
        const since = markedAt(item, ROTTEN);
        if (human > since)
            return { kind: 'unmark', labels: item.labels.filter((l) => MARKS.includes(lower(l))) };
        return config.close && now - since >= config.close.ms ? { kind: 'close' } : { kind: 'none' };
    }
    if (hasLabel(item, STALE)) {
        const since = markedAt(item, STALE);
        if (human > since)
            return { kind: 'unmark', labels: item.labels.filter((l) => lower(l) === STALE) };
        return now - since >= config.rotten.ms ? { kind: 'rotten' } : { kind: 'none' };
    }
    return now - human >= config.stale.ms ? { kind: 'stale' } : { kind: 'none' };
}
/** GitHub search dates: whole seconds, UTC. */
const searchDate = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const quoted = (label) => `"${label.replace(/"/g, '')}"`;
/**
 * The one search of a stage. `created:<` is a bound every candidate meets (an item cannot have been
 * inactive for longer than it exists), so the search stays small without trusting `updatedAt` to
 * filter. Least recently updated first: a search yields at most 1,000 items, and everything inactive
 * by `updatedAt` comes before anything a recent update hides.
 */
function stageQuery(stage, repo, config, now) {
    const kinds = config.on.length === 1 ? [config.on[0] === 'issues' ? 'is:issue' : 'is:pr'] : [];
    const exempt = config.exemptLabels.map((l) => `-label:${quoted(l)}`);
    const close = config.close ? config.close.ms : 0;
    const [labels, age] = stage === 'stale'
        ? [[`-label:${STALE}`, `-label:${ROTTEN}`], config.stale.ms]
        : stage === 'rotten'
            ? [[`label:${STALE}`, `-label:${ROTTEN}`], config.stale.ms + config.rotten.ms]
            : [[`label:${ROTTEN}`], config.stale.ms + config.rotten.ms + close];
    return [
        `repo:${repo.owner}/${repo.repo}`,
        'is:open',
        ...kinds,
        ...labels,
        ...exempt,
        `created:<${searchDate(now - age)}`,
        'sort:updated-asc',
    ].join(' ');
}
/** The stages a config runs, in order (no close stage with `close: false`). */
const stagesOf = (config) => config.close ? ['stale', 'rotten', 'close'] : ['stale', 'rotten'];
const kindName = (item) => (item.isPull ? 'pull request' : 'issue');
/** The comment of each step; fixed text, nothing from the item itself. */
function lifecycleComment(step, item, config) {
    const what = kindName(item);
    const keep = 'Comment or update it to keep it open, or mark it `/lifecycle frozen` to exempt it.';
    const closing = config.close ? ` and is closed after ${config.close.text} more` : '';
    switch (step) {
        case 'stale':
            return `This ${what} has had no activity for ${config.stale.text}, so it is now \`${STALE}\`. Without activity it becomes \`${ROTTEN}\` after ${config.rotten.text}${closing}. ${keep}`;
        case 'rotten':
            return `This ${what} has stayed \`${STALE}\` for ${config.rotten.text}, so it is now \`${ROTTEN}\`${config.close ? `. Without activity it is closed after ${config.close.text}` : ''}. ${keep}`;
        case 'close':
            return `Closing this ${what}: it stayed \`${ROTTEN}\` for ${config.close ? config.close.text : ''} without activity. Reopen it if it is still relevant.`;
    }
}
// ---- reading the search answer ------------------------------------------------------------------
const ITEM_FIELDS = `number title createdAt author { __typename login } lastEditedAt editor { __typename login }
        labels(first: 100) { nodes { name } }`;
const ACTOR = 'actor { __typename login }';
const SHARED_TIMELINE = `__typename
            ... on IssueComment { createdAt author { __typename login } }
            ... on LabeledEvent { createdAt ${ACTOR} label { name } }
            ... on UnlabeledEvent { createdAt ${ACTOR} label { name } }
            ... on ReopenedEvent { createdAt ${ACTOR} }
            ... on RenamedTitleEvent { createdAt ${ACTOR} }`;
const SHARED_TYPES = 'ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT';
/** One page of a stage's search, with each candidate's recent timeline. */
const SEARCH_PAGE_SIZE = 100;
const LIFECYCLE_SEARCH = `query($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: ${SEARCH_PAGE_SIZE}, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Issue {
        ${ITEM_FIELDS}
        timelineItems(last: ${TIMELINE_WINDOW}, itemTypes: [${SHARED_TYPES}]) {
          nodes {
            ${SHARED_TIMELINE}
          }
        }
      }
      ... on PullRequest {
        ${ITEM_FIELDS}
        timelineItems(last: ${TIMELINE_WINDOW}, itemTypes: [${SHARED_TYPES}, PULL_REQUEST_COMMIT, PULL_REQUEST_REVIEW]) {
          nodes {
            ${SHARED_TIMELINE}
            ... on PullRequestCommit { commit { committedDate author { user { login } } } }
            ... on PullRequestReview { createdAt author { __typename login } }
          }
        }
      }
    }
  }
}`;
const actorOf = (node) => node?.login ? { login: String(node.login), type: String(node.__typename ?? 'User') } : undefined;
const KINDS = {
    IssueComment: 'comment',
    LabeledEvent: 'labeled',
    UnlabeledEvent: 'unlabeled',
    ReopenedEvent: 'reopened',
    RenamedTitleEvent: 'renamed',
    PullRequestReview: 'review',
};
function activityOf(node) {
    if (node.__typename === 'PullRequestCommit') {
        const login = node.commit?.author?.user?.login;
        const committedDate = node.commit?.committedDate;
        if (!committedDate)
            return undefined;
        return { at: committedDate, kind: 'commit', actor: login ? { login, type: 'User' } : undefined };
    }
    const kind = KINDS[node.__typename ?? ''];
    if (!kind || !node.createdAt)
        return undefined;
    return {
        at: node.createdAt,
        kind,
        actor: actorOf(node.author ?? node.actor),
        ...(node.label?.name ? { label: String(node.label.name) } : {}),
    };
}
/** A search result node as the decisions read it; undefined for anything that is not an issue or PR. */
function toLifecycleItem(node) {
    if (node?.__typename !== 'Issue' && node?.__typename !== 'PullRequest')
        return undefined;
    const timeline = node.timelineItems?.nodes ?? [];
    const activities = timeline.map(activityOf).filter((a) => !!a);
    if (node.lastEditedAt)
        activities.push({ at: node.lastEditedAt, kind: 'edited', actor: actorOf(node.editor) });
    return {
        number: Number(node.number),
        isPull: node.__typename === 'PullRequest',
        title: String(node.title ?? ''),
        createdAt: String(node.createdAt),
        author: actorOf(node.author),
        labels: (node.labels?.nodes ?? []).map((l) => String(l.name)),
        activities,
        windowFull: timeline.length >= TIMELINE_WINDOW,
    };
}

;// CONCATENATED MODULE: ./src/label-policy/lifecycle.ts






/**
 * Items one run changes at most: at one write a second (up to three per item) a sweep stays within
 * a few minutes; the rest wait for the next scheduled run.
 */
const MAX_ITEMS_PER_RUN = 100;
async function apply(run, item, action, config) {
    const { github, repo } = run;
    const result = run.report.result;
    // Label first: a comment without its label would be posted again by the next sweep.
    switch (action.kind) {
        case 'stale':
            await (0,writes/* addLabels */.Nl)(github, repo, item.number, [STALE]);
            result.labelsAdded.push(STALE);
            await (0,writes/* postReply */.VM)(github, repo, item.number, 'lifecycle-stale', lifecycleComment('stale', item, config));
            break;
        case 'rotten':
            await (0,writes/* addLabels */.Nl)(github, repo, item.number, [ROTTEN]);
            await (0,writes/* removeLabel */.tA)(github, repo, item.number, STALE);
            result.labelsAdded.push(ROTTEN);
            result.labelsRemoved.push(STALE);
            await (0,writes/* postReply */.VM)(github, repo, item.number, 'lifecycle-rotten', lifecycleComment('rotten', item, config));
            break;
        case 'close':
            // Closed first: a closed item leaves the search, so a failed comment is never posted twice.
            await github.rest.issues.update({
                ...repo,
                issue_number: item.number,
                state: 'closed',
                ...(item.isPull ? {} : { state_reason: 'not_planned' }),
            });
            await (0,writes/* postReply */.VM)(github, repo, item.number, 'lifecycle-close', lifecycleComment('close', item, config));
            break;
        case 'unmark':
            for (const label of action.labels)
                await (0,writes/* removeLabel */.tA)(github, repo, item.number, label);
            result.labelsRemoved.push(...action.labels);
            return;
    }
    result.comments.push(`lifecycle-${action.kind} #${item.number}`);
}
const describe = (item, action) => {
    const what = `#${item.number} (${item.isPull ? 'pull request' : 'issue'}, ${item.title.replace(/[\r\n]+/g, ' ').slice(0, 80)})`;
    switch (action.kind) {
        case 'stale':
            return `${what}: \`${STALE}\` added`;
        case 'rotten':
            return `${what}: \`${ROTTEN}\` added, \`${STALE}\` removed`;
        case 'close':
            return `${what}: closed`;
        case 'unmark':
            return `${what}: active again, ${action.labels.map((l) => `\`${l}\``).join(', ')} removed`;
    }
};
/**
 * The scheduled sweep: each stage's search page by page, each candidate decided and changed.
 * Returns the job summary's section (in a dry run, the items a real run would change).
 */
async function lifecycleSweep(run, config, viewer) {
    const lifecycle = config.lifecycle;
    if (!lifecycle)
        return '';
    const now = Date.now();
    const lines = [];
    let failure;
    let limited = false;
    stages: for (const stage of stagesOf(lifecycle)) {
        const q = stageQuery(stage, run.repo, lifecycle, now);
        let after;
        for (;;) {
            const data = await run.github.graphql(LIFECYCLE_SEARCH, { q, after });
            for (const node of data.search?.nodes ?? []) {
                const item = toLifecycleItem(node);
                if (!item)
                    continue;
                const action = decideLifecycle(item, lifecycle, now, viewer);
                if (action.kind === 'none')
                    continue;
                if (lines.length >= MAX_ITEMS_PER_RUN) {
                    limited = true;
                    break stages;
                }
                try {
                    await apply(run, item, action, lifecycle);
                    lines.push(`- ${describe(item, action)}`);
                }
                catch (error) {
                    const code = (0,github/* httpStatus */.nG)(error);
                    run.log.warning(`lifecycle on #${item.number}: ${error.message}`);
                    lines.push(`- ${describe(item, action)}: failed (${String(error.message).split('\n')[0]})`);
                    if (!code || code >= 500)
                        failure ??= error;
                }
            }
            const page = data.search?.pageInfo;
            if (!page?.hasNextPage)
                break;
            after = page.endCursor;
        }
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
    if (failure)
        throw failure;
    const limit = limited ? `\n\nAt most ${MAX_ITEMS_PER_RUN} items change per run; the next run goes on.` : '';
    return lines.length ? `Lifecycle sweep:\n\n${lines.join('\n')}${limit}` : 'Lifecycle sweep: nothing is due.';
}
/** Events that are a human's activity on an issue or PR, by event name and action. */
const ACTIVITY = {
    issue_comment: ['created', 'edited'],
    pull_request_review: ['submitted'],
    issues: ['edited', 'reopened', 'labeled', 'unlabeled'],
    pull_request_target: ['edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'],
    pull_request: ['edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'],
};
const lifecycle_MARKS = [STALE, ROTTEN];
const marksOn = (item) => (item?.labels ?? [])
    .map((l) => (typeof l === 'string' ? l : String(l.name ?? '')))
    .filter((l) => lifecycle_MARKS.includes(l.toLowerCase()));
/** Why an event is not a human's activity on a marked item, or undefined when it is one. */
function notActivity(eventName, payload) {
    if (!ACTIVITY[eventName]?.includes(String(payload.action)))
        return `${eventName} ${payload.action}`;
    if ((0,quick_exit/* isBotAccount */.RS)(payload.sender))
        return 'sent by a bot';
    const label = String(payload.label?.name ?? '').toLowerCase();
    if (lifecycle_MARKS.includes(label))
        return 'a lifecycle label change';
    const text = eventName === 'pull_request_review' ? payload.review?.body : payload.comment?.body;
    if ((0,loop_guard/* isBosunText */.Rt)(text))
        return 'text written by bosun';
    // `/lifecycle stale` or `/remove-lifecycle …` is a choice about the lifecycle, left to the command.
    if ((0,commands/* parseCommands */.Gr)(String(text ?? '')).some((c) => /^(remove-)?lifecycle$/.test(c.name)))
        return 'a lifecycle command';
    return undefined;
}
/**
 * A human's comment or update takes `lifecycle/stale` and `lifecycle/rotten` off the item. Called
 * after the part's own work, from the entries whose events these are; costs nothing unless the
 * item carries one of the labels.
 */
async function lifecycleActivity(run, events) {
    const { eventName, payload } = run.ctx;
    if (!events.includes(eventName))
        return;
    const item = payload.issue ?? payload.pull_request;
    const marks = marksOn(item);
    if (!item || !marks.length || notActivity(eventName, payload))
        return;
    const { config, viewer } = await run.preflight();
    const lifecycle = config.lifecycle;
    if (!lifecycle || !lifecycle.on.includes(item.pull_request || payload.pull_request ? 'pulls' : 'issues'))
        return;
    if (run.ctx.sender && run.ctx.sender.login.toLowerCase() === viewer.toLowerCase())
        return;
    for (const label of marks)
        await (0,writes/* removeLabel */.tA)(run.github, run.repo, Number(item.number), label);
    run.report.result.labelsRemoved.push(...marks);
    run.report.result.skipped = undefined;
    run.report.sections.push(`Lifecycle: #${item.number} is active again, ${marks.map((l) => `\`${l}\``).join(', ')} removed.`);
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ decideRule),
/* harmony export */   Z1: () => (/* binding */ requireMatchingLabel)
/* harmony export */ });
/* unused harmony export requirePurpose */
/* harmony import */ var _core_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(576);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4845);


const RULE_KIND = { pull: 'pulls', issue: 'issues' };
/** The marker purpose of a rule's comment: one per missing label, safe inside an HTML comment. */
const requirePurpose = (missing) => `require-label:${missing.toLowerCase().replace(/[^a-z0-9/_.]+/g, '-')}`;
function decideRule(rule, labels) {
    const missing = rule.missing.toLowerCase();
    const re = (0,_core_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .linearRegex */ .t$)(rule.match);
    const matched = labels.some((l) => l.toLowerCase() !== missing && re.test(l));
    const had = labels.some((l) => l.toLowerCase() === missing);
    const label = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .set */ .h)(rule.missing, !matched);
    // Said once, when the label goes on; upserted so a re-delivered event never says it twice.
    if (matched || had || !rule.comment)
        return { label };
    return { label, comment: { purpose: requirePurpose(rule.missing), text: rule.comment, how: 'upsert' } };
}
const requireMatchingLabel = {
    name: 'require-matching-label',
    help: 'For each `labels.require` rule: while no label matches `match`, sets `missing` (and posts `comment` once); removes it when one does.',
    on: { pull: ['opened', 'reopened', 'labeled', 'unlabeled'], issue: ['opened', 'labeled', 'unlabeled'] },
    decide(f) {
        const rules = f.config.labels.require.filter((r) => r.on.includes(RULE_KIND[f.kind]));
        if (!rules.length)
            return {};
        const decisions = rules.map((rule) => decideRule(rule, f.labels));
        return {
            labels: decisions.map((d) => d.label),
            comments: decisions.flatMap((d) => (d.comment ? [d.comment] : [])),
        };
    },
};


/***/ }),

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ set)
/* harmony export */ });
/* unused harmony export handles */
const set = (name, on) => ({ name, on });
const handles = (policy, kind, action) => !!policy.on[kind]?.includes(action);


/***/ })

};
