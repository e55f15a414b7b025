export const id = 302;
export const ids = [302];
export const modules = {

/***/ 2302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandSource: () => (/* binding */ commandSource),
  dispatch: () => (/* binding */ run_dispatch),
  run: () => (/* binding */ run)
});

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
    for (let index = 0; index < lines.length; index++) {
        const text = lines[index];
        const line = index + 1;
        if (fence) {
            excluded.add(line);
            const close = FENCE_CLOSE.exec(text);
            if (close && close[1][0] === fence.char && close[1].length >= fence.length)
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
        if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
            fence = { char: open[1][0], length: open[1].length };
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
    const query = typeof body === 'object' && body !== null ? String(body.query ?? '') : '';
    return !/^\s*mutation\b/m.test(query);
}
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
            const { method, url, body } = octokit.request.endpoint(endpoint);
            return isWrite(method, url, body) ? pace.schedule(async () => request(endpoint)) : request(endpoint);
        });
    }
    const plannedWrites = [];
    if (options.dryRun) {
        octokit.hook.wrap('request', async (request, endpoint) => {
            const { method, url, body } = octokit.request.endpoint(endpoint);
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
/** The HTTP status of a failed GitHub request (undefined for anything that is not a GitHub answer). */
function httpStatus(error) {
    return error?.status;
}

;// CONCATENATED MODULE: ./src/core/writes.ts

/** Every comment bosun writes carries a marker; the loop guard ignores comments that have one. */
const BOSUN_MARKER_PREFIX = '<!-- bosun:';
const marker = (purpose) => `${BOSUN_MARKER_PREFIX}${purpose} -->`;
async function addLabels(github, repo, issueNumber, labels) {
    if (labels.length === 0)
        return;
    await github.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels });
}
/** Removes a label; a label that is not on the issue is not an error. */
async function removeLabel(github, repo, issueNumber, label) {
    try {
        await github.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    }
    catch (error) {
        if (httpStatus(error) !== 404)
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
async function postReply(github, repo, issueNumber, purpose, text) {
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

function isBosunText(body) {
    return !!body && body.includes(BOSUN_MARKER_PREFIX);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
    for (const [name, members] of Object.entries(raw.aliases ?? {}))
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
    const entry = (r) => ({
        approvers: expand(lowerList(r?.approvers), aliases),
        reviewers: expand(lowerList(r?.reviewers), aliases),
        labels: Array.isArray(r?.labels) ? r.labels.map(String) : [],
    });
    const filters = [];
    for (const [pattern, value] of Object.entries(raw.filters ?? {})) {
        try {
            filters.push({ pattern: linearRegex(pattern), ...entry(value) });
        }
        catch (error) {
            if (!(error instanceof RegexError))
                throw error;
            throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS has an invalid filter regex ${JSON.stringify(pattern)} (RE2 syntax): ${error.message}`);
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
hasAccess) {
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
    const tree = new OwnersTree(files);
    return hasAccess ? withAccessOnly(tree, hasAccess) : tree;
}

;// CONCATENATED MODULE: ./src/core/permissions.ts


const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
const sameLogin = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
class PermissionResolver {
    github;
    repo;
    cache = new Map();
    access = new Map();
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
                if (httpStatus(error) === 404)
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
            if (httpStatus(error) === 404)
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
                if (httpStatus(error) === 404)
                    return false;
                // The check needs push access (and read:org for classic tokens, `members` for Apps).
                // Without it, the permission API still tells "none" (no access) from the rest.
                if (httpStatus(error) === 403)
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
    /** One request for up to 100 logins; undefined when GraphQL cannot answer. */
    async collaboratorBatch(logins) {
        const results = [];
        for (let start = 0; start < logins.length; start += 100) {
            const chunk = logins.slice(start, start + 100);
            const fields = chunk.map((login, i) => `u${i}: collaborators(login: ${JSON.stringify(login)}, first: 1) { totalCount }`);
            try {
                const res = await this.github.graphql(`query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`, { owner: this.repo.owner, name: this.repo.repo });
                chunk.forEach((_l, i) => results.push((res.repository[`u${i}`]?.totalCount ?? 0) > 0));
            }
            catch {
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
            const owners = actor.owners ? await actor.owners() : undefined;
            if (!owners || owners.isEmpty)
                return permissions.isCollaborator(actor.login);
            const files = actor.files ? await actor.files() : [];
            const login = normLogin(actor.login);
            const owns = (f) => level === 'approver' ? owners.isApproverOf(login, f) : owners.isReviewerOf(login, f);
            if (files.length)
                return files.some(owns);
            return [...owners.files.values()].some((file) => file.approvers.includes(login) || (level === 'reviewer' && file.reviewers.includes(login)));
        }
    }
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
const review_state_STATUS_FIELDS = 'context state description createdAt creator { login }';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function review_state_headStatusFrom(node) {
    return {
        context: String(node.context ?? ''),
        state: String(node.state ?? '').toLowerCase(),
        description: String(node.description ?? ''),
        createdAt: String(node.createdAt ?? ''),
        creator: String(node.creator?.login ?? ''),
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
const ACTOR = 'author { __typename login } editor { login }';
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
    sameLogin(node.author?.login, viewer);
function entryOf(node, viewer, createdAt) {
    return {
        login: String(node.author?.login ?? ''),
        body: String(node.body ?? ''),
        isBot: isBotNode(node, viewer) || isBosunText(node.body),
        createdAt,
        editedBy: node.lastEditedAt ? String(node.editor?.login ?? '(unknown)') : undefined,
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
            if (!facts.notification && sameLogin(comment.author?.login, viewer) && comment.body?.includes(tag))
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
    'gpt-translate': strict({
        'max-files': { type: 'integer', minimum: 1 },
        'max-bytes': { type: 'integer', minimum: 1 },
        'front-matter-keys': stringList,
        'chunk-tokens': { type: 'integer', minimum: 64, maximum: 100000 },
    }),
});

;// CONCATENATED MODULE: ./src/core/config.ts
// Loads .github/bosun.yml from the default branch (never from a PR head), validates it against
// the schema and fills in defaults. An invalid file is one error listing every problem.





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
        throw new ConfigError(path, doc.errors.map((e) => `YAML ${e.linePos ? `line ${e.linePos[0].line}` : ''}: ${e.message.split('\n')[0]}`));
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new ConfigError(path, ['(top level): must be a mapping']);
    const errors = validate(raw);
    if (errors.length)
        throw new ConfigError(path, describeProblems(errors));
    return resolveConfig(raw, path);
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

function checkConfigPath(path) {
    if (!path || path.startsWith('/') || path.split('/').includes('..')) {
        throw new ConfigError(path, ['config-path must be a relative path inside the repository']);
    }
}
const ALIAS = /^[a-zA-Z][a-zA-Z0-9_]*$/;
async function preflight(github, repo, configPath, options = {}) {
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
    for (const a of fileAliases)
        variables[`f_${a}`] = options.files[a];
    for (const a of countAliases)
        variables[`c_${a}`] = options.counts[a];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = await github.graphql(query, variables);
    const repository = data.repository;
    if (!repository)
        throw new Error(`Repository ${repo.owner}/${repo.repo} is not visible to the token.`);
    const text = repository.config?.text;
    const labels = new Map();
    names.forEach((n, i) => labels.set(n, repository[`l${i}`]?.name ?? undefined));
    return {
        viewer: data.viewer.login,
        config: typeof text === 'string' ? parseConfig(text, configPath) : resolveConfig({}),
        labels,
        files: Object.fromEntries(fileAliases.map((a) => [a, repository[`f_${a}`]?.text ?? undefined])),
        counts: Object.fromEntries(countAliases.map((a) => [a, Number(data[`c_${a}`]?.issueCount ?? 0)])),
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









class ActionRun {
    name;
    ctx;
    options;
    log = actionsLogger;
    report;
    client;
    preflightPromise;
    permissionResolver;
    constructor(name, ctx, options = {}) {
        this.name = name;
        this.ctx = ctx;
        this.options = options;
        this.report = new Report(name, ctx.eventName, ctx.inputs.dryRun);
    }
    get repo() {
        return this.ctx.repo;
    }
    get github() {
        if (!this.client) {
            if (!this.ctx.inputs.token)
                throw new Error('No token: set the "token" input (templates pass secrets.BOT_GITHUB_TOKEN).');
            core/* setSecret */.Pq(this.ctx.inputs.token);
            this.client = createGitHubClient({
                token: this.ctx.inputs.token,
                apiUrl: this.ctx.apiUrl,
                dryRun: this.ctx.inputs.dryRun,
                log: this.log,
                bulk: this.options.bulk,
            });
        }
        return this.client;
    }
    /**
     * Config, the token's login and the action's other small reads, in one request. The first call
     * decides what is read; later calls share its answer.
     */
    preflight(options = {}) {
        this.preflightPromise ??= preflight(this.github, this.repo, this.ctx.inputs.configPath, options);
        return this.preflightPromise;
    }
    async config() {
        return (await this.preflight()).config;
    }
    get permissions() {
        this.permissionResolver ??= new PermissionResolver(this.github, this.repo);
        return this.permissionResolver;
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
        if (this.client && this.ctx.inputs.dryRun)
            this.report.result.plannedWrites = this.client.plannedWrites;
    }
}
/** Message for the log and the `result` output: no stack traces for users. */
function describeError(error) {
    if (error instanceof ConfigError)
        return error.message;
    const e = error;
    if (e.status && e.request) {
        return `GitHub answered ${e.status} to ${e.request.method} ${e.request.url}: ${e.message}`;
    }
    return e.message ?? String(error);
}
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
                if (httpStatus(error) === 404)
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
            if (sameLogin(entry.replace(/^@/, ''), login))
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
            if (httpStatus(error) !== 404)
                throw error;
        }
    }
    return false;
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
    const words = splitArgs(args);
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
async function branchHead(ctx, branch) {
    try {
        const { data } = await ctx.run.github.rest.git.getRef({ ...ctx.run.repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if (httpStatus(error) === 404)
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
    const waiting = comments.find((c) => sameLogin(c.user?.login, viewer) && markedRunId(c.body ?? '') === Number(wr.id));
    if (!waiting)
        return run.report.skip(`no /release reply waits for run ${wr.id}`);
    const issueNumber = Number(String(waiting.issue_url).split('/').pop());
    const text = conclusionReply({
        conclusion: wr.conclusion ?? null,
        htmlUrl: String(wr.html_url),
        name: String(wr.name),
    });
    await postReply(run.github, run.repo, issueNumber, 'release-result', text);
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
            const names = splitArgs(ctx.args).map((n) => n.toLowerCase());
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
    for (const word of splitArgs(args)) {
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
        if (httpStatus(error) === 404)
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

;// CONCATENATED MODULE: ./src/command-dispatch/commands/people.ts
// /assign, /unassign, /cc, /uncc. Anyone may name themselves; naming others needs a collaborator.
// GitHub silently drops assignees it cannot assign and refuses a whole review request when one
// reviewer is not a collaborator: /cc then tries each user alone and names exactly those refused.




const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i;
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
    const dropped = logins.filter((l) => !now.some((a) => sameLogin(a, l)));
    if (dropped.length)
        return refuse(`GitHub did not assign ${list(dropped)}: they may not exist or may lack access to this repository.`);
    return done();
}
async function cc(ctx, remove) {
    const { logins, invalid } = targets(ctx);
    if (invalid.length)
        return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`);
    if (logins.some((l) => sameLogin(l, ctx.target.author)) && !remove) {
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
            if (httpStatus(error) === 422)
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
            if (!sameLogin(actor, target.author) && !(await ctx.can('reviewer'))) {
                return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.');
            }
            await target.removeLabel(LGTM_LABEL);
            const head = await currentHead(ctx);
            if (review_state_trustedStatus(head.statuses, review_state_LGTM_CONTEXT, await viewer(ctx))?.state === 'success')
                await setCommitStatus(run.github, run.repo, head.headSha, review_state_LGTM_CONTEXT, 'pending', `LGTM cancelled by ${actor}.`);
            return done();
        }
        if (ctx.args && !/^no-issue$/i.test(ctx.args))
            return refuse('Use `/lgtm`, `/lgtm no-issue` or `/lgtm cancel`.');
        if (sameLogin(actor, target.author))
            return refuse('You cannot LGTM your own pull request.');
        if (!(await ctx.can('reviewer')))
            return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`);
        const head = await currentHead(ctx);
        const reviewStale = await staleReason(ctx, head);
        if (reviewStale)
            return refuse(reviewStale);
        const writtenAt = String(run.ctx.payload.comment?.created_at ?? '');
        const lgtmNow = review_state_trustedStatus(head.statuses, review_state_LGTM_CONTEXT, await viewer(ctx));
        if (writtenAt && lgtmIsStale(writtenAt, { committedAt: head.headCommittedAt, lgtm: lgtmNow }))
            return refuse(`The head moved to \`${head.headSha.slice(0, 7)}\` after you wrote this: look at the new commits and \`/lgtm\` again.`);
        if (!target.data.assignees.some((a) => sameLogin(a, actor))) {
            await run.github.rest.issues.addAssignees({
                ...run.repo,
                issue_number: target.number,
                assignees: [actor],
            });
        }
        const description = `LGTM by ${actor}.`;
        if (lgtmNow?.state !== 'success' || lgtmNow.description !== description)
            await setCommitStatus(run.github, run.repo, head.headSha, review_state_LGTM_CONTEXT, 'success', description);
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
        '`/gt` and `/gpt-translate` belong to the gpt-translate action.',
        '',
    ].join('\n');
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
        this.labelChanges = new LabelChanges(data.labels);
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
                await addLabels(this.run.github, this.run.repo, this.number, added);
                this.run.report.result.labelsAdded.push(...added);
            });
        }
        for (const label of removed) {
            await attempt([label], async () => {
                await removeLabel(this.run.github, this.run.repo, this.number, label);
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
                return loadOwners(this.run.github, this.run.repo, { ref: 'HEAD' }, ['OWNERS'], hasAccess);
            const files = await this.files();
            return loadOwners(this.run.github, this.run.repo, { pullNumber: this.number }, files.length ? files : ['OWNERS'], hasAccess);
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
        const status = httpStatus(error);
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
    const labelsNeeded = parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []);
    // A comment that also holds another action's command (/gt) gets that action's reaction too, so a
    // reaction proves nothing there; elsewhere it is bosun's record that the comment was handled.
    const sharesComment = parseCommands(source.text).some((c) => FOREIGN_COMMANDS.has(c.name));
    const nodeId = sharesComment ? undefined : sourceNodeId(run.ctx.payload, source.ref);
    const { config, labels: knownLabels, root, } = await run.preflight({
        labels: labelsNeeded,
        // /lgtm and /approve read the head and the review history: on a PR that rides here too.
        ...(data.isPull && (verdict || parsed.some((c) => REVIEW_COMMANDS.has(c.name)))
            ? {
                repositoryFields: `review: pullRequest(number: ${Math.trunc(data.number)}) { ${reviewFactsFields()} }`,
            }
            : {}),
        ...(nodeId ? { rootFields: `seen: node(id: ${JSON.stringify(nodeId)}) { ${SEEN_FIELDS} }` } : {}),
    });
    const problems = commandConfigProblems(config);
    if (problems.length)
        throw new ConfigError(run.ctx.inputs.configPath, problems);
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
        labels: new LabelCatalog(run.github, run.repo, config, knownLabels),
        can: (level) => meetsLevel(level, { login: actor, author: target.author, owners: () => target.owners(), files: () => target.files() }, run.permissions),
    };
    const results = [];
    let crash;
    for (const [index, command] of known.slice(0, MAX_COMMANDS_PER_COMMENT).entries()) {
        target.currentCommand = index;
        const { outcome, crashed } = await runOne(run, ctx, command);
        crash ??= crashed;
        results.push({ command, outcome });
    }
    // Label changes of the whole comment are written together; a failed write fails the commands
    // that asked for it.
    const labelFailure = await target.flushLabels();
    if (labelFailure) {
        const status = httpStatus(labelFailure.error);
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
    const skipped = known.slice(MAX_COMMANDS_PER_COMMENT);
    const feedback = renderFeedback(actor, results, skipped);
    if (feedback.reply) {
        await postReply(run.github, run.repo, target.number, 'reply', feedback.reply);
        run.report.result.comments.push('reply');
    }
    // Last, so that it records the comment as handled only once everything else is written.
    await react(run.github, run.repo, source.ref, feedback.reaction);
    if (crash)
        throw crash;
}
const run = () => runAction('command-dispatch', run_dispatch);


/***/ })

};
