export const id = 337;
export const ids = [337];
export const modules = {

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

/***/ 2560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ TruncatedError),
/* harmony export */   Oi: () => (/* binding */ Llm)
/* harmony export */ });
/* unused harmony export LlmError */
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3674);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5108);
// The LLM client both translation actions use: any OpenAI-compatible chat API (OpenAI, Azure
// OpenAI, DeepSeek, Qwen, a local server) through the `openai` package, with bounded concurrency,
// retries with backoff on 429/5xx that honour retry-after (the package's own), a timeout per call,
// and token usage collected for replies and job summaries. The key is masked in logs.



class LlmError extends Error {
}
/** The answer was cut at the model's output limit: the caller retries in smaller pieces. */
class TruncatedError extends LlmError {
}
class Llm {
    options;
    usage = { calls: 0, promptTokens: 0, completionTokens: 0 };
    client;
    limiter;
    constructor(options) {
        this.options = options;
        options.log.secret?.(options.apiKey);
        this.client = new openai__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .Ay({
            apiKey: options.apiKey,
            baseURL: options.baseUrl || undefined,
            timeout: options.timeoutMs ?? 120_000,
            maxRetries: options.retries ?? 3,
        });
        this.limiter = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default())({ maxConcurrent: options.concurrency ?? 4 });
    }
    get model() {
        return this.options.model;
    }
    /** One chat completion; returns the answer text, or throws LlmError with a one-line reason. */
    async complete(system, user) {
        return this.limiter.schedule(async () => {
            try {
                const response = await this.client.chat.completions.create({
                    model: this.options.model,
                    temperature: 0,
                    messages: [
                        { role: 'system', content: system },
                        { role: 'user', content: user },
                    ],
                });
                this.usage.calls++;
                this.usage.promptTokens += response.usage?.prompt_tokens ?? 0;
                this.usage.completionTokens += response.usage?.completion_tokens ?? 0;
                const choice = response.choices[0];
                const text = choice?.message?.content;
                if (choice?.finish_reason === 'length')
                    throw new TruncatedError('the model stopped early (answer truncated at its length limit)');
                if (typeof text !== 'string' || !text.trim())
                    throw new LlmError('the model returned no text');
                return text;
            }
            catch (error) {
                if (error instanceof LlmError)
                    throw error;
                const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error);
                throw new LlmError(`the model API failed${status ? ` (${status})` : ''}: ${(0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(error)}`);
            }
        });
    }
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

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ neutralise),
/* harmony export */   Dd: () => (/* binding */ parseMarkdown),
/* harmony export */   KD: () => (/* binding */ protectRanges),
/* harmony export */   My: () => (/* binding */ htmlTagRanges),
/* harmony export */   PF: () => (/* binding */ restore),
/* harmony export */   ik: () => (/* binding */ PlaceholderError),
/* harmony export */   xx: () => (/* binding */ protectedRanges),
/* harmony export */   yQ: () => (/* binding */ protect)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6855);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8595);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2297);



function parseMarkdown(text) {
    return (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
}
const slot = (i) => `⟦${i}⟧`;
const SLOT = /⟦(\d+)⟧/g;
const startOf = (n) => n.position?.start.offset ?? 0;
const endOf = (n) => n.position?.end.offset ?? 0;
/** HTML whose content is not prose: kept whole. */
const VERBATIM_HTML = /^\s*<(pre|script|style|textarea|code)\b/i;
/**
 * Tags and comments inside raw HTML, scanned by hand so the cost stays linear: an unterminated
 * comment or tag runs to the end of the node instead of being searched for again.
 */
function htmlTagRanges(source, from, to, out) {
    const html = source.slice(from, to);
    let i = html.indexOf('<');
    while (i !== -1) {
        let end;
        if (html.startsWith('<!--', i)) {
            const close = html.indexOf('-->', i + 4);
            end = close === -1 ? html.length : close + 3;
        }
        else if (/[A-Za-z/!?]/.test(html[i + 1] ?? '')) {
            const close = html.indexOf('>', i + 1);
            end = close === -1 ? html.length : close + 1;
        }
        else {
            i = html.indexOf('<', i + 1);
            continue;
        }
        out.push([from + i, from + end]);
        i = html.indexOf('<', end);
    }
}
const MENTION = /(?<![\w@`])@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9._-]{1,100})?/g;
const URL = /\bhttps?:\/\/[^\s<>)\]]+/g;
const REF = /#\d+\b/g;
const OLD_SLOT = /⟦\d+⟧/g;
const REPO_PREFIX = /[\w.-]{1,100}\/[\w.-]{1,100}$/;
const COMMAND_LINE = /(?:^|\n)([ \t]*)(\/[A-Za-z][\w-]*)/g;
/** `owner/repo` right before a `#123`, looked for in a bounded window so the scan stays linear. */
function refStart(source, hash, floor) {
    const window = source.slice(Math.max(floor, hash - 201), hash);
    if (/[\w&]$/.test(window) && !REPO_PREFIX.test(window))
        return -1;
    const prefix = REPO_PREFIX.exec(window);
    if (!prefix)
        return hash;
    const before = window[prefix.index - 1];
    return before !== undefined && /[\w]/.test(before) ? hash : hash - prefix[0].length;
}
/** Mentions, refs, bare URLs, slash-command lines and stray placeholders inside plain text. */
function textRanges(source, from, to, out) {
    const raw = source.slice(from, to);
    const found = [];
    for (const re of [URL, MENTION, OLD_SLOT]) {
        for (const m of raw.matchAll(re))
            found.push([from + m.index, from + m.index + m[0].length]);
    }
    for (const m of raw.matchAll(REF)) {
        const start = refStart(source, from + m.index, from);
        if (start !== -1)
            found.push([start, from + m.index + m[0].length]);
    }
    for (const m of raw.matchAll(COMMAND_LINE)) {
        const slash = from + m.index + m[0].length - (m[2] ?? '').length;
        const lineStart = source.lastIndexOf('\n', slash - 1) + 1;
        if (source.slice(lineStart, slash).trim())
            continue;
        const newline = source.indexOf('\n', slash);
        found.push([slash, newline === -1 || newline > to ? to : newline]);
    }
    // Keep the earliest of overlapping finds (a URL holding an @ or a #).
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let last = from;
    for (const r of found) {
        if (r[0] < last)
            continue;
        out.push(r);
        last = r[1];
    }
}
function visit(node, source, out) {
    const start = startOf(node);
    const end = endOf(node);
    switch (node.type) {
        case 'code':
        case 'inlineCode':
        case 'definition':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        case 'yaml':
            out.push([start, end]);
            return;
        case 'html':
            if (VERBATIM_HTML.test(node.value))
                out.push([start, end]);
            else
                htmlTagRanges(source, start, end, out);
            return;
        case 'text':
            textRanges(source, start, end, out);
            return;
        case 'link': {
            const last = node.children.at(-1);
            // Autolinks (`<git+https://…>`, bare URLs) and empty links: the whole node is the URL.
            if (!last || source[start] !== '[')
                return void out.push([start, end]);
            node.children.forEach((c) => visit(c, source, out));
            out.push([endOf(last), end]); // `](url "title")`
            return;
        }
        case 'linkReference': {
            const last = node.children.at(-1);
            // `[text][]` and `[text]` use the text as the label: translating it breaks the link.
            if (node.referenceType !== 'full' || !last)
                return void out.push([start, end]);
            node.children.forEach((c) => visit(c, source, out));
            out.push([endOf(last), end]); // `][label]`
            return;
        }
        default:
            if ('children' in node)
                node.children.forEach((c) => visit(c, source, out));
    }
}
/** Ranges to protect in a Markdown text, sorted and disjoint. */
function protectedRanges(source, tree = parseMarkdown(source)) {
    const out = [];
    visit(tree, source, out);
    out.sort((a, b) => a[0] - b[0]);
    const disjoint = [];
    for (const r of out) {
        const prev = disjoint.at(-1);
        if (r[1] <= r[0])
            continue;
        if (prev && r[0] < prev[1])
            prev[1] = Math.max(prev[1], r[1]);
        else
            disjoint.push([r[0], r[1]]);
    }
    return disjoint;
}
/** Replaces the given ranges of source[from, to) with placeholders numbered from 0. */
function protectRanges(source, ranges, from = 0, to = source.length) {
    const slots = [];
    const parts = [];
    let cursor = from;
    for (const [a, b] of ranges) {
        if (a < from || b > to)
            continue;
        parts.push(source.slice(cursor, a), slot(slots.length));
        slots.push(source.slice(a, b));
        cursor = b;
    }
    parts.push(source.slice(cursor, to));
    return { text: parts.join(''), slots };
}
function protect(text) {
    return protectRanges(text, protectedRanges(text));
}
class PlaceholderError extends Error {
}
/** Puts the protected pieces back in one pass; throws when the model lost or duplicated any. */
function restore(translated, slots) {
    const counts = new Array(slots.length).fill(0);
    for (const [, index] of translated.matchAll(SLOT)) {
        const i = Number(index);
        const count = counts[i];
        if (count !== undefined)
            counts[i] = count + 1;
    }
    const problems = counts.flatMap((c, i) => (c === 1 ? [] : [`${slot(i)} appears ${c} times`]));
    if (problems.length)
        throw new PlaceholderError(`the translation did not keep every code block, link, mention and reference (${problems.slice(0, 3).join(', ')})`);
    return translated.replace(SLOT, (whole, i) => slots[Number(i)] ?? whole);
}
/**
 * Model output must not ping people or read as a command: a mention, #ref or slash-command line
 * in the answer outside the placeholders was not in the source (all of those were protected), so
 * it goes into a code span. Run on the answer before `restore`.
 */
function neutralise(answer) {
    const neutralised = [];
    const wrap = (m) => {
        neutralised.push(m);
        return `\`${m}\``;
    };
    const text = answer
        .replace(/^([ \t>]*)(\/[A-Za-z][\w-]*)/gm, (_m, lead, cmd) => lead + wrap(cmd))
        .replace(MENTION, wrap)
        .replace(/(?<![\w&`#])(?:[\w.-]{1,100}\/[\w.-]{1,100})?#\d+\b/g, wrap);
    return { text, neutralised };
}


/***/ })

};
