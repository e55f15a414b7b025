export const id = 392;
export const ids = [392];
export const modules = {

/***/ 1392:
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

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/regex.ts
// Regular expressions that come from a repository or its config (OWNERS `filters`, `rules.title`,
// `rules.commit-message`) run in RE2: matching is linear in the input, so a crafted pattern or file
// name can never stall a run. RE2 has no lookaround and no backreferences; such patterns are refused
// with RE2's own explanation instead of being run in a backtracking engine.

class RegexError extends Error {
}
/** Compiles a pattern for RE2, or throws RegexError saying why it is not one. */
function linearRegex(pattern) {
    let compiled;
    try {
        compiled = build/* RE2JS */.L3.compile(pattern);
    }
    catch (error) {
        const reason = String(error.message).replace(/^error parsing regexp: /, '');
        throw new RegexError(reason);
    }
    return { source: pattern, test: (text) => compiled.test(text) };
}
/**
 * A whole-text matcher that returns the capture groups (1…n) when the text matches, in RE2: for
 * patterns built from user input, such as a `/gt` glob turned into groups.
 */
function linearCaptures(pattern) {
    const compiled = RE2JS.compile(pattern);
    return (text) => {
        const m = compiled.matcher(text);
        if (!m.matches())
            return undefined;
        return Array.from({ length: m.groupCount() }, (_v, i) => m.group(i + 1) ?? '');
    };
}
/** Why a pattern is not valid RE2 syntax, or undefined when it is. */
function regexProblem(pattern) {
    try {
        linearRegex(pattern);
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}

;// CONCATENATED MODULE: ./src/label-policy/policy.ts
const set = (name, on) => ({ name, on });
const handles = (policy, kind, action) => !!policy.on[kind]?.includes(action);

;// CONCATENATED MODULE: ./src/label-policy/policies/require-matching-label.ts


const RULE_KIND = { pull: 'pulls', issue: 'issues' };
/** The marker purpose of a rule's comment: one per missing label, safe inside an HTML comment. */
const requirePurpose = (missing) => `require-label:${missing.toLowerCase().replace(/[^a-z0-9/_.]+/g, '-')}`;
function decideRule(rule, labels) {
    const missing = rule.missing.toLowerCase();
    const re = linearRegex(rule.match);
    const matched = labels.some((l) => l.toLowerCase() !== missing && re.test(l));
    const had = labels.some((l) => l.toLowerCase() === missing);
    const label = set(rule.missing, !matched);
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

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
;// CONCATENATED MODULE: ./src/core/commands.ts
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
    const stack = [(0,lib/* fromMarkdown */.Y)(body, { extensions: [BLOCK_STRUCTURE_ONLY] })];
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
        return parseCommands(body);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/core/github.ts
// The GitHub client every action uses: @actions/github's Octokit with the retry and throttling
// plugins, GITHUB_API_URL honoured, and dry-run enforced at the transport so no write can escape it.




const READ_METHODS = new Set(['GET', 'HEAD']);
/** A GraphQL request is a read unless its document contains a mutation. */
function isGraphqlRead(url, body) {
    if (!/\/graphql$/.test(url))
        return false;
    const query = typeof body === 'object' && body !== null ? body.query : undefined;
    return !/^\s*mutation\b/m.test(typeof query === 'string' ? query : '');
}
/** A request's method, URL and body; the body (octokit types it `any`) is only ever inspected. */
const requestLine = (options) => options;
function isWrite(method, url, body) {
    return !READ_METHODS.has(method.toUpperCase()) && !isGraphqlRead(url, body);
}
function createGitHubClient(options) {
    const { log } = options;
    const retries = options.retries ?? 3;
    // The throttling plugin spaces every write *and every GraphQL query* a second apart. Its limits
    // stay for rate-limit handling; the spacing is ours (below): mutations only, and only in bulk work.
    const unspaced = () => new (light_default()).Group({ maxConcurrent: 8, minTime: 0 });
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl,
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
        // Only server errors are worth repeating; a 4xx is GitHub's answer (429s belong to the throttler).
        retry: { retries, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 412, 422, 429, 451] },
        throttle: {
            write: unspaced(),
            notifications: unspaced(),
            onRateLimit: (retryAfter, req, _o, retryCount) => {
                log.warning(`Rate limit hit on ${req.method} ${req.url}; retrying after ${retryAfter}s.`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, req, _o, retryCount) => {
                log.warning(`Secondary rate limit hit on ${req.method} ${req.url}; retrying after ${retryAfter}s.`);
                return retryCount < retries;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    if (options.bulk) {
        const pace = new (light_default())({ maxConcurrent: 1, minTime: 1000 });
        octokit.hook.wrap('request', async (request, endpoint) => {
            const { method, url, body } = requestLine(octokit.request.endpoint(endpoint));
            return isWrite(method, url, body) ? pace.schedule(async () => request(endpoint)) : request(endpoint);
        });
    }
    const plannedWrites = [];
    if (options.dryRun) {
        octokit.hook.wrap('request', async (request, endpoint) => {
            const { method, url, body } = requestLine(octokit.request.endpoint(endpoint));
            if (!isWrite(method, url, body))
                return request(endpoint);
            const parsed = typeof body === 'string' ? safeJson(body) : body;
            plannedWrites.push({ method, url, body: parsed });
            log.info(`[dry-run] ${method} ${url}${parsed === undefined ? '' : ` ${JSON.stringify(parsed)}`}`);
            return { status: 204, url, headers: {}, data: undefined };
        });
    }
    return Object.assign(octokit, { plannedWrites });
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
// ---- errors: one vocabulary for every part ---------------------------------------------------
/** The HTTP status of a failed GitHub request (undefined for anything that is not a GitHub answer). */
function github_httpStatus(error) {
    return error?.status;
}
/**
 * GitHub answered and said no (a 4xx: a bad assignee, a protected branch): the request failed, the
 * run did its job. Anything else (an outage, a bug of ours) is not a refusal and fails the step.
 */
function isRefusal(error) {
    const status = github_httpStatus(error);
    return !!status && status < 500;
}
/** The first line of an error's message, or of a text (GitHub's and the parsers' messages run on). */
function firstLine(error) {
    const text = typeof error === 'string' ? error : (error?.message ?? error);
    return String(text).split('\n')[0] ?? '';
}
/**
 * An error in words, without a stack trace: for the log and the `result` output (`log`, naming the
 * request GitHub answered), or for a reply to the person whose command failed (`reply`).
 */
function describeError(error, style = 'log') {
    const e = error;
    if (style === 'reply')
        return e.status
            ? `GitHub refused the change (${e.status}: ${firstLine(error)}).`
            : `It failed: ${firstLine(error)}`;
    if (e.status && e.request)
        return `GitHub answered ${e.status} to ${e.request.method} ${e.request.url}: ${e.message}`;
    return e.message ?? String(error);
}

;// CONCATENATED MODULE: ./src/core/writes.ts

/** Every comment bosun writes carries a marker; the loop guard ignores comments that have one. */
const BOSUN_MARKER_PREFIX = '<!-- bosun:';
const marker = (purpose) => `${BOSUN_MARKER_PREFIX}${purpose} -->`;
async function writes_addLabels(github, repo, issueNumber, labels) {
    if (labels.length === 0)
        return;
    await github.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels });
}
/** Removes a label; a label that is not on the issue is not an error. */
async function writes_removeLabel(github, repo, issueNumber, label) {
    try {
        await github.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    }
    catch (error) {
        if (github_httpStatus(error) !== 404)
            throw error;
    }
}
/**
 * The bot's comment for `purpose`. Only comments the token's own user (`viewer`) wrote count: anyone
 * can paste the marker into a comment of their own.
 */
async function findBotComment(github, repo, issueNumber, purpose, viewer) {
    const tag = marker(purpose);
    const mine = (login) => !!login && login.toLowerCase() === viewer.toLowerCase();
    for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
    })) {
        const hit = page.data.find((c) => mine(c.user?.login) && c.body?.includes(tag));
        if (hit)
            return { id: hit.id, body: hit.body ?? '' };
    }
    return undefined;
}
/**
 * Creates or updates the one comment for `purpose`. Writes nothing when the text is unchanged.
 * Returns what it did, for the run's report.
 */
async function upsertBotComment(github, repo, issueNumber, purpose, text, viewer) {
    const body = `${marker(purpose)}\n${text}`;
    const existing = await findBotComment(github, repo, issueNumber, purpose, viewer);
    if (existing?.body === body)
        return 'unchanged';
    if (existing) {
        await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        return 'updated';
    }
    await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return 'created';
}
/** A one-off reply (not updated later), still marked so the bot never reacts to it. */
async function writes_postReply(github, repo, issueNumber, purpose, text) {
    await github.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body: `${marker(purpose)}\n${text}`,
    });
}
async function react(github, repo, target, content) {
    switch (target.kind) {
        case 'issue_comment':
            await github.rest.reactions.createForIssueComment({ ...repo, comment_id: target.id, content });
            return;
        case 'review_comment':
            await github.rest.reactions.createForPullRequestReviewComment({
                ...repo,
                comment_id: target.id,
                content,
            });
            return;
        case 'issue':
            await github.rest.reactions.createForIssue({ ...repo, issue_number: target.number, content });
            return;
        case 'review':
            // GitHub has no reactions on review bodies; the reply (if any) is the feedback.
            return;
    }
}
/** GitHub rejects status descriptions over 140 characters: what is stored for `description`. */
function statusDescription(description) {
    return description.length > 140 ? `${description.slice(0, 139)}…` : description;
}
async function setCommitStatus(github, repo, sha, context, state, description, targetUrl) {
    await github.rest.repos.createCommitStatus({
        ...repo,
        sha,
        context,
        state,
        description: statusDescription(description),
        ...(targetUrl ? { target_url: targetUrl } : {}),
    });
}

// EXTERNAL MODULE: ./src/core/quick-exit.ts + 1 modules
var quick_exit = __webpack_require__(4875);
;// CONCATENATED MODULE: ./src/core/loop-guard.ts
// Nothing the bot itself writes may trigger it: events sent by any [bot] account or by the token's
// own user (see ActionRun.sentBySelf) are skipped, and so are comments that carry bosun's marker.

// Shared with the entries' start-up check, which must not load anything heavy.

/**
 * The login of a GraphQL actor as REST and `viewer` spell it. GraphQL names a Bot without the
 * `[bot]` suffix (`bosun` for `bosun[bot]`), so an App's or `github-actions[bot]`'s own statuses and
 * comments would never match the token's user. The suffix is added only for a `Bot`, so a human
 * user named `bosun` never passes for the bot.
 */
function actorLogin(node) {
    const login = String(node?.login ?? '');
    return node?.__typename === 'Bot' && login && !/\[bot\]$/i.test(login) ? `${login}[bot]` : login;
}
function isBosunText(body) {
    return !!body && body.includes(BOSUN_MARKER_PREFIX);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/unknown.ts
// Reading parsed input (YAML, JSON, a GraphQL answer's caller-specific parts) that has no type yet.
/** `value[key]` when `value` is an object (arrays included), else undefined: what `value?.[key]` reads. */
function member(value, key) {
    return typeof value === 'object' && value !== null ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/core/owners.ts
// OWNERS and OWNERS_ALIASES in Prow's format, resolved per changed file.
// A user is a reviewer (approver) of a file when listed as reviewer or approver (approver) in the
// OWNERS file of the file's directory or of any parent, up to the first `no_parent_owners`.
// `no_parent_owners` stops the walk only once some OWNERS file on the way named someone of the kind
// asked for (approvers, reviewers, labels): a filtered OWNERS whose filters miss a file falls back to
// the parents, as Prow does. `filters` are RE2 patterns matched against the file's path relative to
// the OWNERS file's directory. Logins are compared case-insensitively with a leading `@` dropped.



class OwnersError extends Error {
}
/** Prow's login normalisation: lower case, without a leading `@`. */
const normLogin = (login) => login.trim().toLowerCase().replace(/^@/, '');
const lowerList = (value) => Array.isArray(value)
    ? value
        .filter((v) => typeof v === 'string')
        .map(normLogin)
        .filter(Boolean)
    : [];
function expand(list, aliases) {
    return [...new Set(list.flatMap((name) => aliases.get(name) ?? [name]))];
}
function parseAliases(text) {
    const raw = (0,dist/* parse */.qg)(text) ?? {};
    const aliases = new Map();
    for (const [name, members] of Object.entries(member(raw, 'aliases') ?? {}))
        aliases.set(normLogin(name), lowerList(members));
    return aliases;
}
function parseOwners(text, dir, aliases = new Map()) {
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text) ?? {};
    }
    catch (error) {
        throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS is not valid YAML: ${error.message}`);
    }
    const entry = (r) => {
        const labels = member(r, 'labels');
        return {
            approvers: expand(lowerList(member(r, 'approvers')), aliases),
            reviewers: expand(lowerList(member(r, 'reviewers')), aliases),
            labels: Array.isArray(labels) ? labels.map(String) : [],
        };
    };
    const filters = [];
    for (const [pattern, value] of Object.entries(member(raw, 'filters') ?? {})) {
        try {
            filters.push({ pattern: linearRegex(pattern), ...entry(value) });
        }
        catch (error) {
            if (!(error instanceof RegexError))
                throw error;
            throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS has an invalid filter regex ${JSON.stringify(pattern)} (RE2 syntax): ${error.message}`);
        }
    }
    return {
        dir,
        noParentOwners: member(member(raw, 'options'), 'no_parent_owners') === true,
        filters,
        ...entry(raw),
    };
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
    /** Without any OWNERS file, reviewer and approver both mean collaborator (docs/contract.md). */
    get isEmpty() {
        return this.files.size === 0;
    }
    /**
     * OWNERS entries that apply to a path, nearest first. A `no_parent_owners` file ends the walk only
     * when the entries so far name someone of the kind asked for (Prow's rule).
     */
    entriesFor(path, kind) {
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
            if (file.noParentOwners && result.some(({ entry }) => kind(entry).length > 0))
                break;
        }
        return result;
    }
    approversOf(path) {
        return new Set(this.entriesFor(path, approversKind).flatMap(({ entry }) => entry.approvers));
    }
    /** Approvers count as reviewers. */
    reviewersOf(path) {
        return new Set(this.entriesFor(path, reviewersKind).flatMap(({ entry }) => [...entry.reviewers, ...entry.approvers]));
    }
    labelsOf(path) {
        return [...new Set(this.entriesFor(path, labelsKind).flatMap(({ entry }) => entry.labels))];
    }
    /** The nearest OWNERS file naming approvers for a path: the one whose approval the file waits on. */
    ownersFileOf(path) {
        const hit = this.entriesFor(path, approversKind).find(({ entry }) => entry.approvers.length > 0);
        return hit ? (hit.file.dir ? `${hit.file.dir}/OWNERS` : 'OWNERS') : undefined;
    }
    isApproverOf(login, path) {
        return this.approversOf(path).has(normLogin(login));
    }
    isReviewerOf(login, path) {
        return this.reviewersOf(path).has(normLogin(login));
    }
    /** Every login named as approver or reviewer anywhere in the tree. */
    people() {
        const entries = [...this.files.values()].flatMap((f) => [f, ...f.filters]);
        return new Set(entries.flatMap((e) => [...e.approvers, ...e.reviewers]));
    }
    /** The same tree with approvers and reviewers limited to `keep` (labels and options unchanged). */
    restrictedTo(keep) {
        const limit = (e) => ({
            ...e,
            approvers: e.approvers.filter((l) => keep.has(l)),
            reviewers: e.reviewers.filter((l) => keep.has(l)),
        });
        const files = new Map([...this.files].map(([dir, f]) => [dir, { ...limit(f), filters: f.filters.map(limit) }]));
        return new OwnersTree(files);
    }
}
const approversKind = (e) => e.approvers;
const reviewersKind = (e) => [...e.reviewers, ...e.approvers];
const labelsKind = (e) => e.labels;
/**
 * OWNERS entries limited to people with repository access, as Prow filters OWNERS to the
 * repository's collaborators: someone listed who lost (or never had) access cannot review or
 * approve. One batched request for the whole tree, answered from the run's cache.
 */
async function withAccessOnly(tree, hasAccess) {
    if (tree.isEmpty)
        return tree;
    const people = [...tree.people()];
    const keep = await hasAccess(people);
    return people.every((login) => keep.has(login)) ? tree : tree.restrictedTo(keep);
}
/**
 * Reads every OWNERS file that can apply to the given paths, plus OWNERS_ALIASES, in one GraphQL
 * request: one aliased field per candidate directory. For a PR the files are read from the tip of
 * its base branch without first asking which branch that is.
 */
async function loadOwners(github, repo, source, paths, 
/** When given, people without repository access are dropped from the tree (Prow's default). */
hasAccess, riding) {
    const dirs = [...new Set(paths.flatMap(ancestorDirs))].sort();
    let data;
    try {
        data = await readOwnersFiles(github, repo, source, dirs, riding);
    }
    catch (error) {
        // GraphQL refused the riding fields (collaborators need push access): read OWNERS alone.
        if (!riding || error?.name !== 'GraphqlResponseError')
            throw error;
        data = await readOwnersFiles(github, repo, source, dirs);
    }
    const aliasesText = data.aliases?.text;
    const aliases = aliasesText ? parseAliases(aliasesText) : new Map();
    const files = new Map();
    dirs.forEach((dir, i) => {
        const text = data[`o${i}`]?.text;
        if (typeof text === 'string')
            files.set(dir, parseOwners(text, dir, aliases));
    });
    const tree = new OwnersTree(files);
    return hasAccess ? withAccessOnly(tree, hasAccess) : tree;
}
/**
 * OWNERS and OWNERS_ALIASES as read at a commit, by repository, commit and path. What a commit holds
 * never changes, so an entry cannot go stale: an edited OWNERS is a new commit on the branch, and
 * its oid a new key. The server keeps this across deliveries; an Action's process has one event.
 */
const blobsAtCommit = new Map();
const BLOBS_KEPT = 5000;
const isCommitOid = (ref) => /^[0-9a-f]{40}$/i.test(ref);
/**
 * The OWNERS_ALIASES (`aliases`) and OWNERS (`o<i>` for `dirs[i]`) blobs: from what was read at the
 * same commit before, else one GraphQL request.
 */
async function readOwnersFiles(github, repo, source, dirs, riding) {
    if (!('ref' in source) || !isCommitOid(source.ref))
        return queryOwnersFiles(github, repo, source, dirs, riding);
    const wanted = [
        ['aliases', 'OWNERS_ALIASES'],
        ...dirs.map((d, i) => [`o${i}`, ownersPath(d)]),
    ];
    const key = (path) => `${repo.owner}/${repo.repo}`.toLowerCase() + `@${source.ref}:${path}`;
    if (!riding && wanted.every(([, path]) => blobsAtCommit.has(key(path))))
        return Object.fromEntries(wanted.map(([alias, path]) => [alias, blobsAtCommit.get(key(path))]));
    const data = await queryOwnersFiles(github, repo, source, dirs, riding);
    for (const [alias, path] of wanted) {
        if (blobsAtCommit.size >= BLOBS_KEPT)
            blobsAtCommit.delete(blobsAtCommit.keys().next().value);
        const text = data[alias]?.text;
        blobsAtCommit.set(key(path), typeof text === 'string' ? { text } : null);
    }
    return data;
}
const ownersPath = (dir) => `${dir ? dir + '/' : ''}OWNERS`;
/** The blobs `readOwnersFiles` returns, asked of GitHub. */
async function queryOwnersFiles(github, repo, source, dirs, riding) {
    let data;
    if ('ref' in source) {
        const field = (alias, path) => `${alias}: object(expression: ${JSON.stringify(`${source.ref}:${path}`)}) { ... on Blob { text } }`;
        const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${[field('aliases', 'OWNERS_ALIASES'), ...dirs.map((d, i) => field(`o${i}`, ownersPath(d)))].join('\n    ')}
    ${riding?.fields ?? ''}
  }
}`;
        const res = await github.graphql(query, {
            owner: repo.owner,
            name: repo.repo,
        });
        riding?.read(res.repository);
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
    ${riding?.fields ?? ''}
  }
}`;
        const res = await github.graphql(query, { owner: repo.owner, name: repo.repo, number: source.pullNumber });
        riding?.read(res.repository);
        const target = res.repository.pullRequest?.baseRef?.target ?? {};
        data = Object.fromEntries(Object.entries(target).map(([k, v]) => [k, v?.object ?? null]));
    }
    return data;
}

;// CONCATENATED MODULE: ./src/core/permissions.ts


const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const sameLogin = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
class PermissionResolver {
    github;
    repo;
    cache = new Map();
    access = new Map();
    /** GraphQL refused to list collaborators (no push access): ask REST from then on. */
    collaboratorsRefused = false;
    constructor(github, repo) {
        this.github = github;
        this.repo = repo;
    }
    /** The user's repository permission: admin, maintain, write, triage, read or none. */
    permissionOf(login) {
        const key = login.toLowerCase();
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.github.rest.repos
                .getCollaboratorPermissionLevel({ ...this.repo, username: login })
                .then((res) => String(res.data.role_name || res.data.permission || 'none'))
                .catch((error) => {
                if (github_httpStatus(error) === 404)
                    return 'none';
                throw error;
            });
            this.cache.set(key, pending);
        }
        return pending;
    }
    async rawPermissionOf(login) {
        try {
            const { data } = await this.github.rest.repos.getCollaboratorPermissionLevel({
                ...this.repo,
                username: login,
            });
            return String(data.permission || 'none');
        }
        catch (error) {
            if (github_httpStatus(error) === 404)
                return 'none';
            throw error;
        }
    }
    async isCollaborator(login) {
        return WRITE_PERMISSIONS.has(await this.permissionOf(login));
    }
    /**
     * Whether the user has any access to the repository (outside collaborator, team or org member
     * with a base permission): what Prow's collaborator list holds. The permission API cannot tell:
     * on a public repository it answers `read` for everyone.
     */
    hasAccess(login) {
        const key = login.toLowerCase();
        let pending = this.access.get(key);
        if (!pending) {
            pending = this.github.rest.repos
                .checkCollaborator({ ...this.repo, username: login })
                .then(() => true)
                .catch(async (error) => {
                if (github_httpStatus(error) === 404)
                    return false;
                // The check needs push access (and read:org for classic tokens, `members` for Apps).
                // Without it, the permission API still tells "none" (no access) from the rest.
                if (github_httpStatus(error) === 403)
                    return (await this.rawPermissionOf(login)) !== 'none';
                throw error;
            });
            this.access.set(key, pending);
        }
        return pending;
    }
    /**
     * Which of `logins` have access to the repository, in one GraphQL request for all those not yet
     * cached (`collaborators(login:)`, the same list the collaborator check reads), so an OWNERS tree
     * of any size costs one request, not one per person. Falls back to one check each when GraphQL
     * refuses (the token lacks push access, say).
     */
    async withAccess(logins) {
        const wanted = [...new Set([...logins].map((l) => l.toLowerCase()))];
        const unknown = wanted.filter((l) => !this.access.has(l));
        if (unknown.length) {
            const batch = this.collaboratorBatch(unknown);
            for (const [i, login] of unknown.entries())
                this.access.set(login, batch.then((found) => found?.[i] ?? this.checkCollaborator(login)));
        }
        const answers = await Promise.all(wanted.map((l) => this.access.get(l)));
        return new Set(wanted.filter((_l, i) => answers[i]));
    }
    /**
     * Access fields for `logins` not yet known, to ride in another repository query of the same
     * round trip (the OWNERS read): the same `collaborators(login:)` list `withAccess` reads. Nothing
     * is cached unless the query answered.
     */
    accessFields(logins) {
        const unknown = [...new Set(logins.map((l) => l.toLowerCase()))].filter((l) => !this.access.has(l));
        if (!unknown.length || this.collaboratorsRefused)
            return undefined;
        return {
            fields: unknown
                .map((login, i) => `access${i}: collaborators(login: ${JSON.stringify(login)}, first: 1) { totalCount }`)
                .join(' '),
            read: (repository) => unknown.forEach((login, i) => {
                // Absent: the request was made again without them, GraphQL having refused.
                if (!(`access${i}` in repository))
                    this.collaboratorsRefused = true;
                const answer = repository[`access${i}`];
                if (answer)
                    this.access.set(login, Promise.resolve((answer.totalCount ?? 0) > 0));
            }),
        };
    }
    /** One request for up to 100 logins; undefined when GraphQL cannot answer. */
    async collaboratorBatch(logins) {
        if (this.collaboratorsRefused)
            return undefined;
        const results = [];
        for (let start = 0; start < logins.length; start += 100) {
            const chunk = logins.slice(start, start + 100);
            const fields = chunk.map((login, i) => `u${i}: collaborators(login: ${JSON.stringify(login)}, first: 1) { totalCount }`);
            try {
                const res = await this.github.graphql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`, { owner: this.repo.owner, name: this.repo.repo });
                chunk.forEach((_l, i) => results.push((res.repository[`u${i}`]?.totalCount ?? 0) > 0));
            }
            catch {
                this.collaboratorsRefused = true;
                return undefined;
            }
        }
        return results;
    }
    checkCollaborator(login) {
        this.access.delete(login.toLowerCase());
        return this.hasAccess(login);
    }
}
/**
 * Whether the actor holds `level` or a higher one. `author` and `collaborator` are answered from the
 * author field and the permission API alone. `reviewer` and `approver` need the actor to own at least
 * one changed file in OWNERS (on an issue: to be listed in any OWNERS file); without OWNERS files they
 * mean collaborator.
 */
async function meetsLevel(level, actor, permissions) {
    switch (level) {
        case 'anyone':
            return true;
        case 'author':
            return sameLogin(actor.login, actor.author) || permissions.isCollaborator(actor.login);
        case 'collaborator':
            return permissions.isCollaborator(actor.login);
        case 'reviewer':
        case 'approver': {
            if (await ownsAsWritten(level, actor, permissions))
                return true;
            const owners = actor.owners ? await actor.owners() : undefined;
            if (!owners || owners.isEmpty)
                return permissions.isCollaborator(actor.login);
            const files = actor.files ? await actor.files() : [];
            return ownsAFile(level, owners, actor.login, files);
        }
    }
}
/** Whether `login` is a reviewer (approver) of one of `files`; of anything in OWNERS when none. */
function ownsAFile(level, owners, actor, files) {
    const login = normLogin(actor);
    const owns = (f) => level === 'approver' ? owners.isApproverOf(login, f) : owners.isReviewerOf(login, f);
    if (files.length)
        return files.some(owns);
    return [...owners.files.values()].some((file) => file.approvers.includes(login) || (level === 'reviewer' && file.reviewers.includes(login)));
}
/**
 * The quick yes: the actor owns a file in OWNERS as written and has repository access. Dropping
 * people without access only removes names, and fewer names only make a `no_parent_owners` walk
 * go further up, never stop sooner; so such an actor owns that file in the filtered tree too. Only
 * a no needs everyone's access (the full check after this).
 */
async function ownsAsWritten(level, actor, permissions) {
    if (!actor.ownersAsWritten)
        return false;
    const [owners, files] = await Promise.all([actor.ownersAsWritten(), actor.files ? actor.files() : []]);
    if (owners.isEmpty || !ownsAFile(level, owners, actor.login, files))
        return false;
    return (await permissions.withAccess([actor.login])).has(actor.login.toLowerCase());
}
function describeLevel(level) {
    switch (level) {
        case 'anyone':
            return 'anyone';
        case 'author':
            return 'the author or a collaborator';
        case 'collaborator':
            return 'collaborators (write access or above)';
        case 'reviewer':
            return 'reviewers in OWNERS of the changed files';
        case 'approver':
            return 'approvers in OWNERS of the changed files';
    }
}

;// CONCATENATED MODULE: ./src/core/review-state.ts
// Review state bound to the head: bosun records lgtm and approval as commit statuses on the exact
// head SHA they were given for (`bosun/lgtm`, `bosun/approve`), so a push (a new SHA, no statuses)
// can never inherit them, whatever order events are processed in. Only statuses written by the
// token's own user count: anyone with write access can write a status with any context.


const review_state_LGTM_CONTEXT = 'bosun/lgtm';
const APPROVE_CONTEXT = 'bosun/approve';
const REVIEW_CONTEXTS = [review_state_LGTM_CONTEXT, APPROVE_CONTEXT];
/** GraphQL selection for the statuses of a commit's rollup that this module reads. */
const review_state_STATUS_FIELDS = 'context state description createdAt creator { __typename login }';
function review_state_headStatusFrom(node) {
    return {
        context: String(node.context ?? ''),
        state: String(node.state ?? '').toLowerCase(),
        description: String(node.description ?? ''),
        createdAt: String(node.createdAt ?? ''),
        creator: actorLogin(node.creator),
    };
}
/** The head's status for `context` when bosun wrote it; a status anyone else wrote is ignored. */
function review_state_trustedStatus(statuses, context, viewer) {
    const found = statuses.find((s) => s.context.toLowerCase() === context.toLowerCase());
    return found && sameLogin(found.creator, viewer) ? found : undefined;
}
/**
 * What the merge pool still needs from review for this head, or undefined when nothing: each of
 * `lgtm` and `approved` that `merge.require-labels` names must be backed by a bosun status with
 * state success on the head itself.
 */
function headReviewMissing(requireLabels, statuses, viewer) {
    const needs = (label) => requireLabels.some((l) => l.toLowerCase() === label);
    const given = (context) => review_state_trustedStatus(statuses, context, viewer)?.state === 'success';
    const missing = [
        needs('lgtm') && !given(review_state_LGTM_CONTEXT) ? 'lgtm' : undefined,
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

;// CONCATENATED MODULE: ./src/core/approval-sync.ts





const APPROVE_PURPOSE = 'approve';
const HEAD_FIELDS = `headRefOid
      commits(last: 1) { nodes { commit { oid committedDate
        statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${review_state_STATUS_FIELDS} } } } } } } }`;
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
const isBotNode = (node, viewer) => (0,quick_exit/* isBotAccount */.RS)(node.author ? { login: node.author.login, type: node.author.__typename } : undefined) ||
    sameLogin(actorLogin(node.author), viewer);
function entryOf(node, viewer, createdAt) {
    return {
        login: actorLogin(node.author),
        body: String(node.body ?? ''),
        isBot: isBotNode(node, viewer) || isBosunText(node.body),
        createdAt,
        editedBy: node.lastEditedAt ? actorLogin(node.editor) || '(unknown)' : undefined,
    };
}
function headFactsOf(pr) {
    const commit = pr.commits?.nodes?.[0]?.commit;
    return {
        headSha: String(pr.headRefOid),
        headCommittedAt: commit?.oid === pr.headRefOid ? commit?.committedDate : undefined,
        statuses: (commit?.statusCheckRollup?.contexts?.nodes ?? [])
            .filter((c) => c.__typename === 'StatusContext')
            .map(review_state_headStatusFrom),
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
    const tag = marker(APPROVE_PURPOSE);
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
            if (!facts.notification && sameLogin(actorLogin(comment.author), viewer) && comment.body?.includes(tag))
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
    const body = `${marker(APPROVE_PURPOSE)}\n${renderApprovalComment(state, { noOwners: input.owners.isEmpty })}`;
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
    const current = review_state_trustedStatus(input.facts.statuses, APPROVE_CONTEXT, input.viewer);
    const wanted = state.approved
        ? { state: 'success', description: approvalDescription(state) }
        : current?.state === 'success'
            ? { state: 'pending', description: 'Approval withdrawn or no longer covers every file.' }
            : undefined;
    if (!wanted || !input.facts.headSha)
        return false;
    if (current?.state === wanted.state && current.description === statusDescription(wanted.description))
        return false;
    await setCommitStatus(input.github, input.repo, input.facts.headSha, APPROVE_CONTEXT, wanted.state, wanted.description);
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
      statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${STATUS_FIELDS} } } } } } }
    after: object(oid: $after) { ... on Commit { tree { oid } } }
  }
}`, { owner: repo.owner, name: repo.repo, before, after });
    const b = data.repository?.before;
    const a = data.repository?.after;
    if (!b?.tree?.oid || b.tree.oid !== a?.tree?.oid)
        return undefined;
    const statuses = (b.statusCheckRollup?.contexts?.nodes ?? [])
        .filter((c) => c.__typename === 'StatusContext')
        .map(headStatusFrom);
    const lgtm = trustedStatus(statuses, LGTM_CONTEXT, viewer);
    return lgtm?.state === 'success' ? lgtm : undefined;
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/core/config-schema.ts
// JSON Schema of .github/bosun.yml. Every key is optional and unknown keys are errors
// (additionalProperties: false everywhere), so a typo is reported instead of silently ignored.
const level = { enum: ['anyone', 'author', 'collaborator', 'reviewer', 'approver'] };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
const regex = { type: 'string', format: 'regex' };
const duration = { type: 'string', format: 'duration' };
const strict = (properties, extra = {}) => ({
    type: 'object',
    additionalProperties: false,
    properties,
    ...extra,
});
const configSchema = strict({
    commands: strict({
        disabled: stringList,
        custom: {
            type: 'object',
            propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
            additionalProperties: strict({
                permission: { anyOf: [level, { ...stringList, minItems: 1 }] },
                reply: { type: 'string' },
                assign: { enum: ['commenter'] },
                milestone: { type: 'string', minLength: 1 },
                labels: stringList,
                close: { type: 'boolean' },
                dispatch: strict({ workflow: { type: 'string', minLength: 1 }, ref: { type: 'string', minLength: 1 } }, { required: ['workflow'] }),
                description: { type: 'string' },
            }),
        },
    }),
    permissions: { type: 'object', additionalProperties: level },
    lgtm: strict({
        'reset-on-push': { type: 'boolean' },
        'review-acts-as-lgtm': { type: 'boolean' },
        'keep-on-same-tree': { type: 'boolean' },
    }),
    approve: strict({ 'require-self-approval': { type: 'boolean' } }),
    reviewers: strict({ count: { type: 'integer', minimum: 0, maximum: 10 } }),
    labels: strict({
        additional: stringList,
        restricted: {
            type: 'object',
            additionalProperties: strict({ allowed: stringList }, { required: ['allowed'] }),
        },
        paths: { type: 'object', additionalProperties: stringList },
        definitions: {
            type: 'array',
            items: strict({
                name: { type: 'string', minLength: 1, maxLength: 50 },
                color: { type: 'string', pattern: '^#?[0-9a-fA-F]{6}$' },
                description: { type: 'string', maxLength: 100 },
                previously: stringList,
            }, { required: ['name'] }),
        },
        'delete-undeclared': { type: 'boolean' },
        // Prow's require-matching-label.
        require: {
            type: 'array',
            description: 'labels an issue or PR must have one of: while none matches `match`, the `missing` label is set (and `comment` posted once)',
            items: strict({
                match: { ...regex, description: 'RE2 regex a label must match, e.g. `^kind/`' },
                missing: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 50,
                    description: 'label set while no label matches, e.g. `needs-kind`',
                },
                on: {
                    type: 'array',
                    items: { enum: ['issues', 'pulls'] },
                    minItems: 1,
                    description: 'where the rule applies (default both)',
                },
                comment: { type: 'string', minLength: 1, description: 'comment posted once when the label is set' },
            }, { required: ['match', 'missing'] }),
        },
    }),
    size: strict({
        thresholds: strict({
            s: { type: 'integer', minimum: 1 },
            m: { type: 'integer', minimum: 1 },
            l: { type: 'integer', minimum: 1 },
            xl: { type: 'integer', minimum: 1 },
            xxl: { type: 'integer', minimum: 1 },
        }),
        ignore: stringList,
    }),
    rules: strict({ title: regex, 'commit-message': regex, 'issue-headings': stringList }),
    welcome: strict({
        pr: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
        issue: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
    }),
    merge: strict({
        method: { enum: ['merge', 'squash', 'rebase'] },
        'require-labels': stringList,
        'block-labels': stringList,
        'required-contexts': stringList,
        'ignored-contexts': stringList,
        'update-branch': { type: 'boolean' },
        'delete-branch': { type: 'boolean' },
        'max-per-run': { type: 'integer', minimum: 1, maximum: 100 },
        'commit-title': { type: 'string', minLength: 1 },
        // Prow's milestone-applier.
        milestones: {
            type: 'object',
            description: 'base branch → title of the milestone set on PRs merged into it',
            additionalProperties: { type: 'string', minLength: 1 },
        },
    }),
    translate: strict({
        target: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$' },
        mode: { enum: ['comment', 'edit'] },
        'modify-title': { type: 'boolean' },
        model: { type: 'string', minLength: 1 },
        budget: strict({
            'max-chars': { type: 'integer', minimum: 1 },
            'calls-per-user-per-hour': { type: 'integer', minimum: 1 },
        }),
    }),
    dashboard: strict({
        enabled: { type: 'boolean' },
        title: { type: 'string', minLength: 1, maxLength: 256 },
    }),
    release: strict({
        allowed: stringList,
        workflow: { type: 'string', minLength: 1 },
    }),
    // needs-rebase and lifecycle automation (the sweeps).
    'needs-rebase': { type: 'boolean' },
    lifecycle: strict({
        stale: duration,
        rotten: duration,
        close: { anyOf: [duration, { const: false }] },
        'exempt-labels': stringList,
        on: { type: 'array', items: { enum: ['issues', 'pulls'] }, minItems: 1, uniqueItems: true },
    }),
    'gpt-translate': strict({
        'max-files': { type: 'integer', minimum: 1 },
        'max-bytes': { type: 'integer', minimum: 1 },
        'front-matter-keys': stringList,
        'chunk-tokens': { type: 'integer', minimum: 64, maximum: 100000 },
    }),
});

;// CONCATENATED MODULE: ./src/core/duration.ts
// Durations in the config (`lifecycle.stale: 90d`): a whole number above zero and one unit, hours,
// days or weeks. Anything else (`soon`, `0d`, `-1d`, `1.5d`) is a config error naming the key.
const DURATION = /^([1-9][0-9]{0,5})([hdw])$/;
const HOUR = 3600_000;
const UNIT_MS = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR };
/** Milliseconds of a duration like `90d`, or undefined when the text is not one. */
function parseDuration(text) {
    if (typeof text !== 'string')
        return undefined;
    const [, count, unit] = DURATION.exec(text.trim()) ?? [];
    const ms = unit === undefined ? undefined : UNIT_MS[unit];
    return count === undefined || ms === undefined ? undefined : Number(count) * ms;
}
const DURATION_HINT = 'a whole number above zero and h, d or w (e.g. 12h, 90d, 2w)';

;// CONCATENATED MODULE: ./src/core/config.ts
// Loads .github/bosun.yml from the default branch (never from a PR head), validates it against
// the schema and fills in defaults. An invalid file is one error listing every problem.







const durationOf = (text, fallback) => {
    const chosen = text ?? fallback;
    return { text: chosen, ms: parseDuration(chosen) ?? parseDuration(fallback) };
};
function resolveLifecycle(l) {
    if (l === undefined || l === null)
        return undefined;
    return {
        stale: durationOf(l.stale, '90d'),
        rotten: durationOf(l.rotten, '30d'),
        close: l.close === false ? false : durationOf(l.close, '30d'),
        exemptLabels: l['exempt-labels'] ?? ['lifecycle/frozen'],
        on: l.on ?? ['issues', 'pulls'],
    };
}
const DEFAULT_WELCOME_PR = 'Thanks for your first pull request here! A reviewer will take a look soon. Type `/commands` in a comment to see what the bot can do.';
const DEFAULT_WELCOME_ISSUE = 'Thanks for opening your first issue here! A maintainer will triage it soon. Type `/commands` in a comment to see what the bot can do.';
/** Turns a validated raw object into a complete Config. */
function resolveConfig(raw = {}, source) {
    const c = raw.commands ?? {};
    const l = raw.labels ?? {};
    const s = raw.size ?? {};
    const m = raw.merge ?? {};
    const t = raw.translate ?? {};
    const w = raw.welcome ?? {};
    return {
        commands: { disabled: (c.disabled ?? []).map((n) => n.toLowerCase()), custom: c.custom ?? {} },
        permissions: raw.permissions ?? {},
        lgtm: {
            resetOnPush: raw.lgtm?.['reset-on-push'] ?? true,
            reviewActsAsLgtm: raw.lgtm?.['review-acts-as-lgtm'] ?? false,
            keepOnSameTree: raw.lgtm?.['keep-on-same-tree'] ?? false,
        },
        approve: { requireSelfApproval: raw.approve?.['require-self-approval'] ?? false },
        reviewers: { count: raw.reviewers?.count ?? 2 },
        labels: {
            additional: l.additional ?? [],
            restricted: l.restricted ?? {},
            paths: l.paths ?? {},
            definitions: l.definitions ?? [],
            deleteUndeclared: l['delete-undeclared'] ?? false,
            require: (l.require ?? []).map((r) => ({ on: ['issues', 'pulls'], ...r })),
        },
        size: {
            thresholds: { s: 10, m: 30, l: 100, xl: 500, xxl: 1000, ...(s.thresholds ?? {}) },
            ignore: s.ignore ?? [],
        },
        rules: {
            title: raw.rules?.title,
            commitMessage: raw.rules?.['commit-message'],
            issueHeadings: raw.rules?.['issue-headings'] ?? [],
        },
        welcome: { pr: w.pr ?? DEFAULT_WELCOME_PR, issue: w.issue ?? DEFAULT_WELCOME_ISSUE },
        merge: {
            method: m.method ?? 'merge',
            requireLabels: m['require-labels'] ?? ['lgtm', 'approved'],
            blockLabels: m['block-labels'] ?? ['do-not-merge/*', 'needs-rebase', 'needs-ok-to-test'],
            requiredContexts: m['required-contexts'] ?? [],
            ignoredContexts: m['ignored-contexts'] ?? [],
            updateBranch: m['update-branch'] ?? false,
            deleteBranch: m['delete-branch'] ?? false,
            maxPerRun: m['max-per-run'] ?? 10,
            commitTitle: m['commit-title'],
            milestones: m.milestones ?? {},
        },
        translate: {
            target: t.target ?? 'en',
            mode: t.mode ?? 'comment',
            modifyTitle: t['modify-title'] ?? false,
            model: t.model ?? 'gpt-4o-mini',
            budget: {
                maxChars: t.budget?.['max-chars'] ?? 20000,
                callsPerUserPerHour: t.budget?.['calls-per-user-per-hour'] ?? 20,
            },
        },
        gptTranslate: {
            maxFiles: raw['gpt-translate']?.['max-files'] ?? 50,
            maxBytes: raw['gpt-translate']?.['max-bytes'] ?? 1048576,
            frontMatterKeys: raw['gpt-translate']?.['front-matter-keys'] ?? ['title', 'description'],
            chunkTokens: raw['gpt-translate']?.['chunk-tokens'],
        },
        dashboard: { enabled: raw.dashboard?.enabled ?? false, title: raw.dashboard?.title ?? 'bosun dashboard' },
        release: { allowed: raw.release?.allowed ?? [], workflow: raw.release?.workflow },
        needsRebase: raw['needs-rebase'] ?? true,
        lifecycle: resolveLifecycle(raw.lifecycle),
        source,
    };
}
class ConfigError extends Error {
    path;
    problems;
    constructor(path, problems) {
        super(`Invalid config ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.path = path;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
let validator;
function validate(raw) {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: true, verbose: true });
        // Config patterns run in RE2 (linear time): valid means valid RE2 syntax.
        ajv.addFormat('regex', (text) => regexProblem(text) === undefined);
        ajv.addFormat('duration', (text) => parseDuration(text) !== undefined);
        validator = ajv.compile(configSchema);
    }
    const ok = validator(raw);
    return ok ? [] : (validator.errors ?? []);
}
/** The schema node at a JSON pointer, to suggest the closest valid key for a misspelling. */
function schemaAt(pointer) {
    let node = configSchema;
    for (const part of pointer.split('/').filter(Boolean)) {
        if (!node)
            return undefined;
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node.properties && key in node.properties)
            node = node.properties[key];
        else if (node.items && /^\d+$/.test(key))
            node = node.items;
        else if (typeof node.additionalProperties === 'object')
            node = node.additionalProperties;
        else
            return undefined;
    }
    return node;
}
function keyPath(pointer) {
    const parts = pointer
        .split('/')
        .filter(Boolean)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}
/** Whether an anyOf failed at `path` because a duration branch did (`lifecycle.close: soon`). */
const durationBranchFailed = (errors, path) => errors.some((x) => x.instancePath === path &&
    x.keyword === 'format' &&
    x.params.format === 'duration');
function describeProblems(errors) {
    const problems = [];
    // Branch errors of an anyOf repeat what its own summary says; keep only the summary.
    for (const e of errors.filter((x) => !/\/anyOf\/\d+\//.test(x.schemaPath))) {
        const at = keyPath(e.instancePath) || '(top level)';
        if (e.keyword === 'additionalProperties') {
            const key = e.params.additionalProperty;
            const full = keyPath(`${e.instancePath}/${key}`);
            const valid = Object.keys(schemaAt(e.instancePath)?.properties ?? {});
            const hint = valid.length ? `; did you mean "${(0,mod/* closest */.kp)(key, valid)}"?` : '';
            problems.push(`${full}: unknown key${hint}`);
        }
        else if (e.keyword === 'enum') {
            const allowed = e.params.allowedValues;
            problems.push(`${at}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
        }
        else if (e.keyword === 'format' && e.params.format === 'regex') {
            const reason = regexProblem(String(e.data));
            problems.push(`${at}: not a valid regular expression (RE2 syntax: no lookaround or backreferences)${reason ? `: ${reason}` : ''}`);
        }
        else if (e.keyword === 'format' && e.params.format === 'duration') {
            problems.push(`${at}: ${JSON.stringify(e.data)} is not a duration: ${DURATION_HINT}`);
        }
        else if (e.keyword === 'anyOf' && durationBranchFailed(errors, e.instancePath)) {
            problems.push(`${at}: ${JSON.stringify(e.data)} is not a duration or false: ${DURATION_HINT}`);
        }
        else if (e.keyword === 'anyOf') {
            problems.push(`${at}: must be a non-empty string or false`);
        }
        else if (e.keyword === 'propertyNames' || e.keyword === 'pattern') {
            if (e.keyword === 'propertyNames') {
                const name = e.params.propertyName;
                problems.push(`${keyPath(`${e.instancePath}/${name}`)}: name must be lower-case letters, digits and dashes`);
            }
            else {
                problems.push(`${at}: ${e.message}`);
            }
        }
        else {
            problems.push(`${at}: ${e.message}`);
        }
    }
    return [...new Set(problems)];
}
/** Parses and validates YAML text; throws ConfigError listing every problem. */
function parseConfig(text, path) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
        throw new ConfigError(path, doc.errors.map((e) => `YAML ${e.linePos ? `line ${e.linePos[0].line}` : ''}: ${firstLine(e.message)}`));
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new ConfigError(path, ['(top level): must be a mapping']);
    const errors = validate(raw);
    if (errors.length)
        throw new ConfigError(path, describeProblems(errors));
    return resolveConfig(raw, path); // the schema accepted it
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/context.ts
// The run context: everything an action learns from the Actions runner's environment.
// Read once, from an explicit env object, so tests can build one without touching process.env.

/** Reads an action input the way @actions/core does (INPUT_<NAME>, spaces as underscores, upper case). */
function readInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function parseBoolean(name, value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new Error(`Input "${name}" must be true or false, got "${value}".`);
}
function readInputs(env) {
    return {
        token: readInput(env, 'token') || env.GITHUB_TOKEN || '',
        configPath: readInput(env, 'config-path') || '.github/bosun.yml',
        dryRun: parseBoolean('dry-run', readInput(env, 'dry-run'), false),
        openaiApiKey: readInput(env, 'openai-api-key'),
        openaiBaseUrl: readInput(env, 'openai-base-url'),
        model: readInput(env, 'model'),
    };
}
function readRunContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    // schedule and workflow_dispatch payloads carry no repository object: GITHUB_REPOSITORY is authoritative.
    const full = env.GITHUB_REPOSITORY || payload.repository?.full_name || '';
    const [owner, repo] = full.split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set (expected "owner/repo").');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return {
        eventName,
        action: typeof payload.action === 'string' ? payload.action : undefined,
        payload,
        repo: { owner, repo },
        sender: payload.sender
            ? { login: String(payload.sender.login), type: String(payload.sender.type ?? '') }
            : undefined,
        apiUrl,
        graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        job: env.GITHUB_JOB ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runId: Number(env.GITHUB_RUN_ID ?? 0),
        inputs: readInputs(env),
    };
}

;// CONCATENATED MODULE: ./src/core/log.ts
// A narrow logger interface so decision code can be tested without @actions/core.

const actionsLogger = {
    debug: (m) => core/* debug */.Yz(m),
    info: (m) => core/* info */.pq(m),
    notice: (m) => core/* notice */.lm(m),
    warning: (m) => core/* warning */.$e(m),
    error: (m) => core/* error */.z3(m),
    secret: (s) => core/* setSecret */.Pq(s),
};
/** Collects messages in memory; used by unit tests. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (m) => void lines.push(`${level}: ${m}`);
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        notice: push('notice'),
        warning: push('warning'),
        error: push('error'),
    };
}

;// CONCATENATED MODULE: ./src/core/preflight.ts
// One GraphQL request at the start of a run that has work to do: the config file from the default
// branch, the token's own login (for the loop guard), whether the labels the event names exist, and
// whatever small reads the action adds (other files, search counts). Facts that would otherwise cost
// a REST request each.


const stringOrUndefined = (value) => typeof value === 'string' ? value : undefined;
function checkConfigPath(path) {
    if (!path || path.startsWith('/') || path.split('/').includes('..')) {
        throw new ConfigError(path, ['config-path must be a relative path inside the repository']);
    }
}
const ALIAS = /^[a-zA-Z][a-zA-Z0-9_]*$/;
async function preflight(github, repo, configPath, options = {}) {
    const { optionalRepositoryFields, ...required } = options;
    if (!optionalRepositoryFields)
        return preflightRequest(github, repo, configPath, required);
    try {
        return await preflightRequest(github, repo, configPath, {
            ...required,
            repositoryFields: `${required.repositoryFields ?? ''}\n    ${optionalRepositoryFields}`,
        });
    }
    catch (error) {
        if (error?.name !== 'GraphqlResponseError')
            throw error;
        return preflightRequest(github, repo, configPath, required);
    }
}
async function preflightRequest(github, repo, configPath, options) {
    checkConfigPath(configPath);
    const names = [...new Set((options.labels ?? []).map((l) => l.toLowerCase()))].slice(0, 50);
    const fileAliases = Object.keys(options.files ?? {});
    const countAliases = Object.keys(options.counts ?? {});
    for (const alias of [...fileAliases, ...countAliases])
        if (!ALIAS.test(alias))
            throw new Error(`bad preflight alias ${alias}`);
    const vars = [
        '$owner: String!',
        '$name: String!',
        '$config: String!',
        ...names.map((_n, i) => `$l${i}: String!`),
        ...fileAliases.map((a) => `$f_${a}: String!`),
        ...countAliases.map((a) => `$c_${a}: String!`),
    ];
    const query = `query(${vars.join(', ')}) {
  viewer { login }
  ${options.rootFields ?? ''}
  ${countAliases.map((a) => `c_${a}: search(query: $c_${a}, type: ISSUE, first: 0) { issueCount }`).join('\n  ')}
  repository(owner: $owner, name: $name) {
    config: object(expression: $config) { ... on Blob { text } }
    ${names.map((_n, i) => `l${i}: label(name: $l${i}) { name }`).join('\n    ')}
    ${fileAliases.map((a) => `f_${a}: object(expression: $f_${a}) { ... on Blob { text } }`).join('\n    ')}
    ${options.repositoryFields ?? ''}
  }
}`;
    const variables = {
        owner: repo.owner,
        name: repo.repo,
        config: `HEAD:${configPath}`,
    };
    names.forEach((n, i) => (variables[`l${i}`] = n));
    for (const [a, expression] of Object.entries(options.files ?? {}))
        variables[`f_${a}`] = expression;
    for (const [a, search] of Object.entries(options.counts ?? {}))
        variables[`c_${a}`] = search;
    const data = await github.graphql(query, variables);
    const repository = data.repository;
    if (!repository)
        throw new Error(`Repository ${repo.owner}/${repo.repo} is not visible to the token.`);
    const text = repository.config?.text;
    const labels = new Map();
    names.forEach((n, i) => labels.set(n, stringOrUndefined(member(repository[`l${i}`], 'name'))));
    return {
        viewer: data.viewer.login,
        config: typeof text === 'string' ? parseConfig(text, configPath) : resolveConfig({}),
        labels,
        files: Object.fromEntries(fileAliases.map((a) => [a, stringOrUndefined(member(repository[`f_${a}`], 'text'))])),
        counts: Object.fromEntries(countAliases.map((a) => [a, Number(member(data[`c_${a}`], 'issueCount') ?? 0)])),
        repository,
        root: data,
    };
}

;// CONCATENATED MODULE: ./src/core/report.ts
// What a run did, collected as it happens: written as the `result` output (JSON) and as a short
// job summary. Dry runs list the writes they would have made instead.

/** When set (by the all-in-one action), results are handed here instead of each setting `result`. */
let collector;
function collectResults(fn) {
    collector = fn;
}
class Report {
    result;
    /** Extra Markdown tables an action adds to its summary (the merge pool, translated files…). */
    sections = [];
    constructor(action, event, dryRun) {
        this.result = {
            action,
            event,
            dryRun,
            commands: [],
            labelsAdded: [],
            labelsRemoved: [],
            comments: [],
            merged: [],
            files: [],
        };
    }
    skip(reason) {
        this.result.skipped = reason;
    }
    summaryMarkdown() {
        const r = this.result;
        const lines = [`### bosun ${r.action}${r.dryRun ? ' (dry run)' : ''}`, ''];
        if (r.skipped)
            lines.push(`Nothing to do: ${r.skipped}`);
        if (r.error)
            lines.push(`**Failed:** ${r.error}`);
        for (const c of r.commands)
            lines.push(`- \`${c.command}\`: ${c.ok ? 'done' : `refused — ${c.message ?? ''}`}`);
        if (r.labelsAdded.length)
            lines.push(`- Labels added: ${r.labelsAdded.map((l) => `\`${l}\``).join(', ')}`);
        if (r.labelsRemoved.length)
            lines.push(`- Labels removed: ${r.labelsRemoved.map((l) => `\`${l}\``).join(', ')}`);
        if (r.comments.length)
            lines.push(`- Comments: ${r.comments.join(', ')}`);
        if (r.merged.length)
            lines.push(`- Merged: ${r.merged.map((n) => `#${n}`).join(', ')}`);
        if (r.files.length)
            lines.push(`- Files: ${r.files.map((f) => `\`${f}\``).join(', ')}`);
        if (r.plannedWrites?.length) {
            lines.push('', 'Writes a real run would make:', '');
            for (const w of r.plannedWrites)
                lines.push(`- \`${w.method} ${new URL(w.url).pathname}\``);
        }
        if (lines.length === 2)
            lines.push('No changes.');
        return [...lines, ...this.sections.map((s) => `\n${s}`)].join('\n') + '\n';
    }
    async publish() {
        if (collector)
            collector(this.result);
        else
            core/* setOutput */.uH('result', JSON.stringify(this.result));
        if (process.env.GITHUB_STEP_SUMMARY) {
            // write() appends to the file and clears the buffer, so each part adds its own section.
            await core/* summary */.z.addRaw(this.summaryMarkdown()).write();
        }
    }
}

;// CONCATENATED MODULE: ./src/core/action.ts
// The frame every action runs in: read the runner's context, create the client lazily (a run that
// has nothing to do makes no request), load config once, publish the report, turn failures into one
// clear error message instead of a stack trace.










/**
 * What the parts of one all-in-one run share: a client (one per pacing), the preflight answers and
 * the permission cache. A part alone gets its own.
 */
class SharedRun {
    clients = new Map();
    /** The first preflight made, whose config and login serve every later plain preflight. */
    firstPreflight;
    permissionResolver;
}
// Per async context, not per process: the server host runs many events at once.
const sharedRun = new external_node_async_hooks_.AsyncLocalStorage();
/** Runs `body` (the all-in-one's parts for one event) with one client, preflight and permission cache. */
async function shareOneEvent(body) {
    await sharedRun.run(new SharedRun(), body);
}
const isPlain = (o) => !o.labels?.length &&
    !Object.keys(o.files ?? {}).length &&
    !Object.keys(o.counts ?? {}).length &&
    !o.repositoryFields &&
    !o.optionalRepositoryFields &&
    !o.rootFields;
class ActionRun {
    name;
    ctx;
    log;
    report;
    shared = sharedRun.getStore() ?? new SharedRun();
    bulk;
    fetch;
    /** Dry-run writes other parts planned on the shared client before this one started. */
    writesBefore;
    usedClient = false;
    preflightPromise;
    constructor(name, ctx, options = {}) {
        this.name = name;
        this.ctx = ctx;
        this.log = options.log ?? actionsLogger;
        this.report = new Report(name, ctx.eventName, ctx.inputs.dryRun);
        this.bulk = !!options.bulk;
        this.fetch = options.fetch;
        this.writesBefore = this.shared.clients.get(this.bulk)?.plannedWrites.length ?? 0;
    }
    get repo() {
        return this.ctx.repo;
    }
    get github() {
        this.usedClient = true;
        let client = this.shared.clients.get(this.bulk);
        if (!client) {
            if (!this.ctx.inputs.token)
                throw new Error('No token: set the "token" input (templates pass secrets.BOT_GITHUB_TOKEN).');
            this.log.secret?.(this.ctx.inputs.token);
            client = createGitHubClient({
                token: this.ctx.inputs.token,
                apiUrl: this.ctx.apiUrl,
                dryRun: this.ctx.inputs.dryRun,
                log: this.log,
                bulk: this.bulk,
                fetch: this.fetch,
            });
            this.shared.clients.set(this.bulk, client);
        }
        return client;
    }
    /**
     * Config, the token's login and the action's other small reads, in one request. The first call
     * decides what is read; later calls share its answer. A plain call (config and login only) shares
     * the answer of an earlier part of the same event.
     */
    preflight(options = {}) {
        if (!this.preflightPromise && isPlain(options) && this.shared.firstPreflight)
            this.preflightPromise = this.shared.firstPreflight;
        this.preflightPromise ??= preflight(this.github, this.repo, this.ctx.inputs.configPath, options);
        this.shared.firstPreflight ??= this.preflightPromise;
        return this.preflightPromise;
    }
    async config() {
        return (await this.preflight()).config;
    }
    get permissions() {
        this.shared.permissionResolver ??= new PermissionResolver(this.github, this.repo);
        return this.shared.permissionResolver;
    }
    /**
     * Loop guard, part two: whether the event was sent by the token's own user (a bot account that
     * is a plain user, e.g. with a personal access token). Answered by the preflight request.
     */
    async sentBySelf() {
        const sender = this.ctx.sender?.login;
        return !!sender && sameLogin((await this.preflight()).viewer, sender);
    }
    /** Loop guard, part one: free, so it runs before anything else. */
    skipBotSender() {
        if ((0,quick_exit/* isBotAccount */.RS)(this.ctx.sender)) {
            this.report.skip(`event sent by bot account ${this.ctx.sender?.login}`);
            this.log.info(`Ignoring ${this.ctx.eventName}: sent by bot account ${this.ctx.sender?.login}.`);
            return true;
        }
        return false;
    }
    finish() {
        const client = this.shared.clients.get(this.bulk);
        if (this.usedClient && client && this.ctx.inputs.dryRun)
            this.report.result.plannedWrites = client.plannedWrites.slice(this.writesBefore);
    }
}

/** A part as its own action (and as a step of the all-in-one): the run context from the runner. */
const runEntry = (entry) => runAction(entry.name, entry.body, { bulk: entry.bulk?.(process.env.GITHUB_EVENT_NAME ?? '') });
async function runAction(name, body, options = {}) {
    let run;
    try {
        run = new ActionRun(name, readRunContext(), options);
        await body(run);
    }
    catch (error) {
        const message = describeError(error);
        if (run)
            run.report.result.error = message;
        core/* setFailed */.C1(message);
        if (!(error instanceof ConfigError))
            core/* debug */.Yz(String(error?.stack ?? error));
    }
    finally {
        if (run) {
            run.finish();
            await run.report.publish();
        }
    }
}

;// CONCATENATED MODULE: ./src/core/payload.ts
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

;// CONCATENATED MODULE: ./src/core/labels.ts


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
                if (github_httpStatus(error) === 404)
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
            if (sameLogin(entry.replace(/^@/, ''), login))
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
            if (github_httpStatus(error) !== 404)
                throw error;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/label-policy/lifecycle-decisions.ts
const lifecycle_decisions_STALE = 'lifecycle/stale';
const lifecycle_decisions_ROTTEN = 'lifecycle/rotten';
const MARKS = [lifecycle_decisions_STALE, lifecycle_decisions_ROTTEN];
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
function lifecycle_decisions_decideLifecycle(item, config, now, viewer) {
    if (!config.on.includes(item.isPull ? 'pulls' : 'issues'))
        return { kind: 'none' };
    if (config.exemptLabels.some((l) => hasLabel(item, l)))
        return { kind: 'none' };
    const human = lastHumanActivity(item, viewer);
    if (hasLabel(item, lifecycle_decisions_ROTTEN)) {
        const since = markedAt(item, lifecycle_decisions_ROTTEN);
        if (human > since)
            return { kind: 'unmark', labels: item.labels.filter((l) => MARKS.includes(lower(l))) };
        return config.close && now - since >= config.close.ms ? { kind: 'close' } : { kind: 'none' };
    }
    if (hasLabel(item, lifecycle_decisions_STALE)) {
        const since = markedAt(item, lifecycle_decisions_STALE);
        if (human > since)
            return { kind: 'unmark', labels: item.labels.filter((l) => lower(l) === lifecycle_decisions_STALE) };
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
function lifecycle_decisions_stageQuery(stage, repo, config, now) {
    const kinds = config.on.length === 1 ? [config.on[0] === 'issues' ? 'is:issue' : 'is:pr'] : [];
    const exempt = config.exemptLabels.map((l) => `-label:${quoted(l)}`);
    const close = config.close ? config.close.ms : 0;
    const [labels, age] = stage === 'stale'
        ? [[`-label:${lifecycle_decisions_STALE}`, `-label:${lifecycle_decisions_ROTTEN}`], config.stale.ms]
        : stage === 'rotten'
            ? [[`label:${lifecycle_decisions_STALE}`, `-label:${lifecycle_decisions_ROTTEN}`], config.stale.ms + config.rotten.ms]
            : [[`label:${lifecycle_decisions_ROTTEN}`], config.stale.ms + config.rotten.ms + close];
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
const lifecycle_decisions_stagesOf = (config) => config.close ? ['stale', 'rotten', 'close'] : ['stale', 'rotten'];
const kindName = (item) => (item.isPull ? 'pull request' : 'issue');
/** The comment of each step; fixed text, nothing from the item itself. */
function lifecycle_decisions_lifecycleComment(step, item, config) {
    const what = kindName(item);
    const keep = 'Comment or update it to keep it open, or mark it `/lifecycle frozen` to exempt it.';
    const closing = config.close ? ` and is closed after ${config.close.text} more` : '';
    switch (step) {
        case 'stale':
            return `This ${what} has had no activity for ${config.stale.text}, so it is now \`${lifecycle_decisions_STALE}\`. Without activity it becomes \`${lifecycle_decisions_ROTTEN}\` after ${config.rotten.text}${closing}. ${keep}`;
        case 'rotten':
            return `This ${what} has stayed \`${lifecycle_decisions_STALE}\` for ${config.rotten.text}, so it is now \`${lifecycle_decisions_ROTTEN}\`${config.close ? `. Without activity it is closed after ${config.close.text}` : ''}. ${keep}`;
        case 'close':
            return `Closing this ${what}: it stayed \`${lifecycle_decisions_ROTTEN}\` for ${config.close ? config.close.text : ''} without activity. Reopen it if it is still relevant.`;
    }
}
// ---- reading the search answer ------------------------------------------------------------------
const ITEM_FIELDS = (/* unused pure expression or super */ null && (`number title createdAt author { __typename login } lastEditedAt editor { __typename login }
        labels(first: 100) { nodes { name } }`));
const lifecycle_decisions_ACTOR = 'actor { __typename login }';
const SHARED_TIMELINE = (/* unused pure expression or super */ null && (`__typename
            ... on IssueComment { createdAt author { __typename login } }
            ... on LabeledEvent { createdAt ${lifecycle_decisions_ACTOR} label { name } }
            ... on UnlabeledEvent { createdAt ${lifecycle_decisions_ACTOR} label { name } }
            ... on ReopenedEvent { createdAt ${lifecycle_decisions_ACTOR} }
            ... on RenamedTitleEvent { createdAt ${lifecycle_decisions_ACTOR} }`));
const SHARED_TYPES = 'ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT';
/** One page of a stage's search, with each candidate's recent timeline. */
const SEARCH_PAGE_SIZE = 100;
const lifecycle_decisions_LIFECYCLE_SEARCH = (/* unused pure expression or super */ null && (`query($q: String!, $after: String) {
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
}`));
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
function lifecycle_decisions_toLifecycleItem(node) {
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
            await addLabels(github, repo, item.number, [STALE]);
            result.labelsAdded.push(STALE);
            await postReply(github, repo, item.number, 'lifecycle-stale', lifecycleComment('stale', item, config));
            break;
        case 'rotten':
            await addLabels(github, repo, item.number, [ROTTEN]);
            await removeLabel(github, repo, item.number, STALE);
            result.labelsAdded.push(ROTTEN);
            result.labelsRemoved.push(STALE);
            await postReply(github, repo, item.number, 'lifecycle-rotten', lifecycleComment('rotten', item, config));
            break;
        case 'close':
            // Closed first: a closed item leaves the search, so a failed comment is never posted twice.
            await github.rest.issues.update({
                ...repo,
                issue_number: item.number,
                state: 'closed',
                ...(item.isPull ? {} : { state_reason: 'not_planned' }),
            });
            await postReply(github, repo, item.number, 'lifecycle-close', lifecycleComment('close', item, config));
            break;
        case 'unmark':
            for (const label of action.labels)
                await removeLabel(github, repo, item.number, label);
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
                    const code = httpStatus(error);
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
const lifecycle_MARKS = [lifecycle_decisions_STALE, lifecycle_decisions_ROTTEN];
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
    if (isBosunText(text))
        return 'text written by bosun';
    // `/lifecycle stale` or `/remove-lifecycle …` is a choice about the lifecycle, left to the command.
    if (parseCommands(String(text ?? '')).some((c) => /^(remove-)?lifecycle$/.test(c.name)))
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
        await writes_removeLabel(run.github, run.repo, Number(item.number), label);
    run.report.result.labelsRemoved.push(...marks);
    run.report.result.skipped = undefined;
    run.report.sections.push(`Lifecycle: #${item.number} is active again, ${marks.map((l) => `\`${l}\``).join(', ')} removed.`);
}

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
                if (github_httpStatus(error) !== 422)
                    throw error;
                await github.rest.git.updateRef({ ...repo, ref: `heads/${name}`, sha, force: true });
            }
        },
        async deleteBranch(name) {
            try {
                await github.rest.git.deleteRef({ ...repo, ref: `heads/${name}` });
            }
            catch (error) {
                if (github_httpStatus(error) !== 422 && github_httpStatus(error) !== 404)
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
                if (github_httpStatus(error) === 409)
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
    const [branch, ...extra] = splitArgs(args);
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
        if (!author || isBosunText(body))
            continue;
        for (const c of parseCommands(body)) {
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
        if (github_httpStatus(error) === 404)
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
        body: `${marker('cherry-pick')}\nCherry-pick of #${pull.number} onto \`${branch}\`.\n\n(cherry picked from commit ${merge.sha})`,
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
    if (comments.some((c) => sameLogin(c.author, viewer) && c.body.startsWith(marker(purpose))))
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
    await writes_postReply(run.github, run.repo, pr.number, purpose, lines.join('\n\n'));
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
    const [version, branch, ...extra] = splitArgs(args);
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
const releaseRunMarker = (runId) => marker(`release-run ${runId}`);
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
        if (github_httpStatus(error) === 404)
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
    if (!(await isAllowedFor(github, ctx.actor, allowed)))
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
    const waiting = comments.find((c) => sameLogin(c.user?.login, viewer) && markedRunId(c.body ?? '') === Number(wr.id));
    if (!waiting)
        return run.report.skip(`no /release reply waits for run ${wr.id}`);
    const issueNumber = Number(String(waiting.issue_url).split('/').pop());
    const text = conclusionReply({
        conclusion: wr.conclusion ?? null,
        htmlUrl: String(wr.html_url),
        name: String(wr.name),
    });
    await writes_postReply(run.github, run.repo, issueNumber, 'release-result', text);
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

;// CONCATENATED MODULE: ./src/auto-merge/part.ts
const part = {
    name: 'auto-merge',
    events: {
        issue_comment: 'evaluate the PR after `/override`',
        pull_request_review: 'evaluate the PR',
        pull_request_target: 'evaluate the PR',
        push: 'needs-rebase for the PRs based on the pushed branch',
        schedule: 'sweep every open PR, needs-rebase',
        workflow_dispatch: 'sweep every open PR',
        check_suite: 'evaluate the PRs of the head',
        check_run: 'evaluate the PRs of the head',
        status: 'evaluate the PRs of the commit',
        workflow_run: 'evaluate the PRs of the head',
    },
};

;// CONCATENATED MODULE: ./src/command-dispatch/part.ts
const part_part = {
    name: 'command-dispatch',
    events: {
        issue_comment: 'slash commands',
        pull_request_review: 'commands in the review body',
        pull_request_review_comment: 'commands in review comments',
        issues: 'commands in a new issue',
        pull_request_target: 'commands in a new PR; `cherrypick/` labels of a merged PR',
        workflow_run: 'answer a `/release` whose `release.workflow` run completed',
    },
};

;// CONCATENATED MODULE: ./src/gpt-translate/part.ts
const gpt_translate_part_part = {
    name: 'gpt-translate',
    events: { issue_comment: '`/gt`' },
    commands: ['gt', 'gpt-translate'],
};

;// CONCATENATED MODULE: ./src/issue-translate/part.ts
const issue_translate_part_part = {
    name: 'issue-translate',
    events: {
        issue_comment: 'translate the comment',
        issues: 'translate a new issue',
        pull_request_target: 'translate a new PR',
        discussion: 'translate a new discussion',
        discussion_comment: 'translate the comment',
    },
};

;// CONCATENATED MODULE: ./src/label-policy/part.ts
const label_policy_part_part = {
    name: 'label-policy',
    events: {
        issues: 'issue template, welcome, restricted labels',
        pull_request_target: 'size, WIP, lgtm reset, approval, reviewers, rules',
        push: 'label sync when the config changes',
        schedule: 'label sync, lifecycle automation',
        workflow_dispatch: 'label sync',
    },
};

;// CONCATENATED MODULE: ./src/parts.ts
// The one list of bosun's parts. Each part's folder (src/<name>/), action (actions/<name>/action.yml)
// and bundle (dist/<name>/) carry its name; the all-in-one's routes, the build's bundles,
// command-dispatch's foreign commands and docs/events.md are read from here, and a unit test checks
// that the folders, actions and bundles agree with it. Data only: importing this loads no part.





/** Every part, in the order the all-in-one runs them for an event. */
const parts_PARTS = [part_part, label_policy_part_part, issue_translate_part_part, gpt_translate_part_part, part];
/** Which parts handle which events, in the order they run. */
const ROUTES = (() => {
    const routes = {};
    for (const part of parts_PARTS)
        for (const event of Object.keys(part.events))
            (routes[event] ??= []).push(part.name);
    return routes;
})();
/** Why `part` listens to `event`, in a few words. */
function reasonFor(part, event) {
    const events = parts_PARTS.find((p) => p.name === part)?.events ?? {};
    return events[event];
}
/** Commands owned by a part other than command-dispatch: command-dispatch leaves them alone. */
const FOREIGN_COMMANDS = new Set(parts_PARTS.flatMap((p) => ('commands' in p ? p.commands : [])));
/** Every bundle the build makes: one per part, and the all-in-one. */
const BUNDLES = [...parts_PARTS.map((p) => p.name), 'all-in-one'];

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
    const names = splitArgs(args).map((n) => n.toLowerCase());
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

;// CONCATENATED MODULE: ./src/command-dispatch/commands/custom.ts
// Commands a repository defines in config (`commands.custom`): reply, labels, close, and
// workflow_dispatch with `key=value` arguments as inputs (only inputs the workflow declares). Those
// inputs are whatever the commenter typed: untrusted text, so each is one line of bounded length;
// the workflow must still treat them as data (never interpolate them into `run:`).






/** Inputs a workflow declares under `on.workflow_dispatch.inputs`, or undefined if it has no such trigger. */
function declaredInputs(workflowYaml) {
    const doc = (0,dist/* parse */.qg)(workflowYaml) ?? {};
    const on = member(doc, 'on') ?? member(doc, 'true'); // YAML 1.1 readers turn a bare `on` key into true
    if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch')))
        return [];
    if (!on || typeof on !== 'object' || !('workflow_dispatch' in on))
        return undefined;
    return Object.keys(member(on.workflow_dispatch, 'inputs') ?? {});
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
    for (const word of splitArgs(args)) {
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
        if (github_httpStatus(error) === 404)
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
            if (Array.isArray(def.permission) && !(await isAllowedFor(ctx.run.github, ctx.actor, def.permission)))
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
    if (await isAllowedFor(ctx.run.github, ctx.actor, allowed))
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
    const values = splitArgs(ctx.args);
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
        labelsNeeded: (args) => splitArgs(args).map((v) => `${prefix}/${v}`),
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
    if (PROTECTED_LABELS.includes(key))
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

;// CONCATENATED MODULE: ./src/core/override.ts
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
        if (s.state !== 'success' || !sameLogin(s.creator, viewer))
            continue;
        names.add(s.context.slice(OVERRIDE_PREFIX.length).toLowerCase());
    }
    return names;
}

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
const override = {
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
        if (writtenAt && lgtmIsStale(writtenAt, { committedAt: head.committedAt }))
            return refuse(`The head moved to \`${short}\` after you wrote this: look at its checks and \`/override\` again.`);
        const names = contextArgs(ctx.args, head.contexts.map((c) => c.name));
        const { viewer } = await run.preflight();
        const plan = planOverride(names, head, config.merge.requiredContexts, overriddenContexts(head.statuses, viewer));
        if (plan.own.length)
            return refuse(`${quote(plan.own)} ${plan.own.length > 1 ? 'are' : 'is'} bosun's own review and merge state, which \`/override\` cannot change: use \`/lgtm\` and \`/approve\`.`);
        if (plan.unknown.length) {
            const known = [...new Set(head.contexts.map((c) => c.name))].filter((n) => !OWN.test(n));
            return refuse(`No check named ${quote(plan.unknown)} on \`${short}\`, and none is required; nothing was overridden. ${known.length ? `Checks on this head: ${quote(known)}.` : 'No check has reported on this head yet.'}`);
        }
        const description = overrideDescription(actor);
        for (const { name, kind } of plan.write) {
            if (kind === 'status')
                await target.setStatus(head.sha, name, 'success', description);
            await target.setStatus(head.sha, overrideContext(name), 'success', description);
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
    const names = userArgs(args);
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
const ccLevel = (args) => userArgs(args).some((a) => a.includes('/')) ? 'collaborator' : 'anyone';
function targets(ctx) {
    const names = userArgs(ctx.args);
    const logins = names.length ? names : [ctx.actor];
    return {
        logins: logins.filter((l) => VALID_LOGIN.test(l)),
        invalid: logins.filter((l) => !VALID_LOGIN.test(l)),
    };
}
async function othersAllowed(ctx, logins) {
    return logins.every((l) => sameLogin(l, ctx.actor)) || (await ctx.can('collaborator'));
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
    const dropped = logins.filter((l) => !now.some((a) => sameLogin(a, l)));
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
    if (users.some((l) => sameLogin(l, ctx.target.author)) && !remove) {
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
            if (!sameLogin(actor, target.author) && !(await ctx.can('reviewer'))) {
                return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.');
            }
            await target.removeLabel(LGTM_LABEL);
            const head = await currentHead(ctx);
            if (review_state_trustedStatus(head.statuses, review_state_LGTM_CONTEXT, await viewer(ctx))?.state === 'success')
                await writeAlongside(ctx, () => setCommitStatus(run.github, run.repo, head.headSha, review_state_LGTM_CONTEXT, 'pending', `LGTM cancelled by ${actor}.`));
            return done();
        }
        if (ctx.args && !/^no-issue$/i.test(ctx.args))
            return refuse('Use `/lgtm`, `/lgtm no-issue` or `/lgtm cancel`.');
        if (sameLogin(actor, target.author))
            return refuse('You cannot LGTM your own pull request.');
        if (!(await ctx.can('reviewer')))
            return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`);
        const head = await currentHead(ctx);
        const reviewStale = staleReason(ctx, head);
        if (reviewStale)
            return refuse(reviewStale);
        const writtenAt = ctx.writtenAt;
        const lgtmNow = review_state_trustedStatus(head.statuses, review_state_LGTM_CONTEXT, await viewer(ctx));
        if (writtenAt && lgtmIsStale(writtenAt, { committedAt: head.headCommittedAt, lgtm: lgtmNow }))
            return refuse(`The head moved to \`${head.headSha.slice(0, 7)}\` after you wrote this: look at the new commits and \`/lgtm\` again.`);
        // The assignment, the status on the head and the label do not depend on one another: they go
        // out together. A failure of any fails the /lgtm in the reply; whatever part did land leaves
        // the PR unmergeable on its own (the pool needs the label and bosun's status on this head).
        if (!target.data.assignees.some((a) => sameLogin(a, actor))) {
            await writeAlongside(ctx, () => run.github.rest.issues.addAssignees({ ...run.repo, issue_number: target.number, assignees: [actor] }));
        }
        const description = `LGTM by ${actor}.`;
        if (lgtmNow?.state !== 'success' || lgtmNow.description !== description)
            await writeAlongside(ctx, () => setCommitStatus(run.github, run.repo, head.headSha, review_state_LGTM_CONTEXT, 'success', description));
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
    return page ? headFactsOf(page) : readHead(ctx.run.github, ctx.run.repo, ctx.target.number);
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
        preflightReview(ctx).then((page) => readReviewFacts(run.github, run.repo, target.number, login, page)),
    ]);
    const extra = extraText ? { login: ctx.actor, body: extraText, isBot: false } : undefined;
    const result = await syncApproval({
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
    lifecycle,
    removeLifecycle,
    ...helpCommands,
    ...stateCommands,
    ...ciCommands,
    override,
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
        return describeLevel(override);
    if (spec.whoText)
        return spec.whoText;
    return describeLevel(typeof spec.who === 'function' ? spec.who('') : spec.who);
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

;// CONCATENATED MODULE: ./src/core/approve-runs.ts

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
            if (github_httpStatus(error) !== 403)
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
        const status = httpStatus(error);
        if (!status || status >= 500)
            throw error;
        run.log.warning(`Could not approve the workflow runs waiting on ${headSha.slice(0, 7)} (${status}): the token needs \`actions: write\`.`);
    }
}

;// CONCATENATED MODULE: ./src/core/label-changes.ts
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
      __typename ... on CheckRun { name status conclusion } ... on StatusContext { ${review_state_STATUS_FIELDS} } } } } } } } } }
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
        this.labelChanges = new LabelChanges(data.labels);
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
                await writes_addLabels(this.run.github, this.run.repo, this.number, added);
                this.run.report.result.labelsAdded.push(...added);
            });
        }
        for (const label of removed) {
            await attempt([label], async () => {
                await writes_removeLabel(this.run.github, this.run.repo, this.number, label);
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
        this.ownersPromise ??= this.ownersAsWritten().then((tree) => withAccessOnly(tree, hasAccess));
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
                return loadOwners(github, repo, { ref: 'HEAD' }, ['OWNERS'], undefined, riding);
            const files = await this.files();
            const paths = files.length ? files : ['OWNERS'];
            const source = this.seed.baseOid ? { ref: this.seed.baseOid } : { pullNumber: this.number };
            return loadOwners(github, repo, source, paths, undefined, riding);
        })();
        return this.ownersAsWrittenPromise;
    }
    // ---- CI and review requests (/ok-to-test, /override, /cc @org/team) ----
    /** Approves the head's workflow runs waiting for a maintainer (fork PRs of new contributors). */
    async approveWaitingRuns() {
        return approveWaitingRuns(this.run.github, this.run.repo, await this.headSha());
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
            statuses: nodes.filter((n) => n.__typename === 'StatusContext').map(review_state_headStatusFrom),
        };
    }
    /** Writes a commit status on a head SHA (never by PR number: the SHA is what it is bound to). */
    async setStatus(sha, context, state, description) {
        await setCommitStatus(this.run.github, this.run.repo, sha, context, state, description);
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
            if (github_httpStatus(error) === 422)
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
    const event = eventOf(eventName, payload);
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
        run.log.warning(`/${spec.name} failed: ${describeError(error, 'reply')}`);
        // A refusal fails the command only; anything else is reported to the user and fails the step too.
        return {
            outcome: { ok: false, reason: describeError(error, 'reply') },
            crashed: isRefusal(error) ? undefined : error,
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
    const sharesComment = parseCommands(source.text).some((c) => FOREIGN_COMMANDS.has(c.name));
    const nodeId = sharesComment ? undefined : sourceNodeId(payload, source.ref);
    return {
        labels: parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []),
        // /lgtm and /approve read the head and the review history: on a PR that rides here too.
        // So do the changed files their permission check reads OWNERS for, and the actor's access.
        ...(reviewsPull(data, parsed, verdict)
            ? {
                ...(access ? { optionalRepositoryFields: access.fields } : {}),
                repositoryFields: `review: pullRequest(number: ${Math.trunc(data.number)}) { ${reviewFactsFields()} }
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
        labels: new LabelCatalog(run.github, run.repo, config, knownLabels),
        can: (level) => meetsLevel(level, {
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
        const { label } = decideRule(rule, target.labels);
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
        if (!isRefusal(writeFailure.error))
            crash ??= writeFailure.error;
        // The last command's writes: runCommands ran at least one command (dispatch returns before
        // it when none is known), so the last result is there.
        const result = results[results.length - 1];
        run.log.warning(`/${result.command.name} failed: ${describeError(writeFailure.error, 'reply')}`);
        if (result.outcome.ok)
            result.outcome = { ok: false, reason: describeError(writeFailure.error, 'reply') };
    }
    if (labelFailure) {
        if (!isRefusal(labelFailure.error))
            crash ??= labelFailure.error;
        results.forEach((result, i) => {
            if (changed[i]?.some((label) => labelFailure.labels.has(label)))
                result.outcome = { ok: false, reason: describeError(labelFailure.error, 'reply') };
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
        await writes_postReply(run.github, run.repo, number, 'reply', feedback.reply);
        run.report.result.comments.push('reply');
    }
    // Last, so that it records the comment as handled only once everything else is written.
    await react(run.github, run.repo, source.ref, feedback.reaction);
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
    if (isBosunText(source.text))
        return run.report.skip('text written by bosun');
    const parsed = parseCommands(source.text).filter((c) => !FOREIGN_COMMANDS.has(c.name));
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
        throw new ConfigError(run.ctx.inputs.configPath, problems);
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
    const { results, crash } = await runCommands(run, ctx, target, known.slice(0, MAX_COMMANDS_PER_COMMENT));
    await answer(run, source, target.number, results, known.slice(MAX_COMMANDS_PER_COMMENT));
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed command threw, as caught
    if (crash)
        throw crash;
}
/** A human's comment or review also takes lifecycle/stale and lifecycle/rotten off the item. */
const dispatchThenLifecycle = async (run) => {
    await run_dispatch(run);
    await lifecycleActivity(run, ['issue_comment', 'pull_request_review']);
};
const entry = { name: 'command-dispatch', body: dispatchThenLifecycle };
const run = () => runEntry(entry);


/***/ })

};
