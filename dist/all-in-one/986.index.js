export const id = 986;
export const ids = [986];
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
        const slash = from + m.index + m[0].length - m[2].length;
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
    for (const m of translated.matchAll(SLOT)) {
        const i = Number(m[1]);
        if (i < slots.length)
            counts[i]++;
    }
    const problems = counts.flatMap((c, i) => (c === 1 ? [] : [`${slot(i)} appears ${c} times`]));
    if (problems.length)
        throw new PlaceholderError(`the translation did not keep every code block, link, mention and reference (${problems.slice(0, 3).join(', ')})`);
    return translated.replace(SLOT, (whole, i) => (Number(i) < slots.length ? slots[Number(i)] : whole));
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


/***/ }),

/***/ 8986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRANSLATED_MARKER: () => (/* binding */ TRANSLATED_MARKER),
  WRITERS: () => (/* binding */ WRITERS),
  markersIn: () => (/* binding */ markersIn),
  modeFor: () => (/* binding */ modeFor),
  partsToTranslate: () => (/* binding */ partsToTranslate),
  run: () => (/* binding */ run),
  sourceKey: () => (/* binding */ sourceKey),
  sourceOf: () => (/* binding */ sourceOf),
  systemPrompt: () => (/* binding */ systemPrompt),
  translateIssue: () => (/* binding */ translateIssue),
  translationMarker: () => (/* binding */ translationMarker)
});

// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 45 modules
var lib = __webpack_require__(6855);
;// CONCATENATED MODULE: ./src/core/language.ts
// Which natural language a text is in, with a maintained detector (eld, Nito-ELD), after removing
// what is not prose: code, links and URLs, @mentions, #refs and HTML comments. Too little prose left
// (under MIN_PROSE characters) means "do not judge". eld's n-gram tables are large, so the module is
// loaded on first use only.

const MIN_PROSE = 20;
/**
 * Prose length for the minimum: a CJK character counts twice, since it carries about what an
 * English word does ("构建失败了，怎么办？" is a whole question in 10 characters).
 */
function proseLength(prose) {
    return ([...prose].length +
        (prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length);
}
/** The prose of a Markdown text: text nodes only, code and HTML dropped, link text kept. */
function proseOf(markdown) {
    const parts = [];
    const visit = (node) => {
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html')
            return;
        if (node.type === 'text' && node.value)
            parts.push(node.value);
        node.children?.forEach(visit);
    };
    visit((0,lib/* fromMarkdown */.Y)(markdown));
    return parts
        .join(' ')
        .replace(/\bhttps?:\/\/\S+/g, ' ')
        .replace(/(?<![\w@])@[A-Za-z0-9][\w-]*(\/[\w.-]+)?/g, ' ')
        .replace(/(?:[\w.-]+\/[\w.-]+)?#\d+\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
let detector;
async function load() {
    detector ??= __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 723)).then((m) => m.eld);
    return detector;
}
/**
 * Chinese, Japanese and Korean by script, when CJK characters carry the text: developers write
 * Chinese prose full of English terms ("执行 npm install 之后 build 就 fail 了"), where letter n-grams
 * vote English, while one CJK character does the work of a whole English word. A Chinese name in
 * English prose ("Thanks, 张伟!") stays far below the threshold.
 */
function cjkByScript(prose) {
    const count = (re) => (prose.match(re) ?? []).length;
    const han = count(/\p{Script=Han}/gu);
    const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
    const hangul = count(/\p{Script=Hangul}/gu);
    const latinWords = count(/\b\p{Script=Latin}{2,}\b/gu);
    const cjk = han + kana + hangul;
    if (cjk < 6 || cjk < latinWords)
        return undefined;
    if (hangul >= cjk / 2)
        return 'ko';
    if (kana > 0 && kana >= cjk / 10)
        return 'ja';
    return 'zh';
}
async function detectLanguage(markdown) {
    const prose = proseOf(markdown);
    if (proseLength(prose) < MIN_PROSE)
        return { prose };
    const byScript = cjkByScript(prose);
    if (byScript)
        return { language: byScript, prose };
    const result = (await load()).detect(prose);
    return { language: result.language || undefined, prose };
}
/** Whether a detected language is the target (`en` matches `en-US` and the reverse). */
function sameLanguage(detected, target) {
    return detected.split('-')[0].toLowerCase() === target.split('-')[0].toLowerCase();
}

// EXTERNAL MODULE: ./src/core/llm.ts
var core_llm = __webpack_require__(2560);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/protect.ts
var protect = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/issue-translate/run.ts
// issue-translate: translates a new non-English issue, PR, comment, discussion or discussion comment
// through an OpenAI-compatible chat API. Title and body are judged and translated each on its own.
// Code, links, mentions and #refs are protected by placeholders and put back byte for byte; a
// mention, #ref or slash-command line the model made up goes into a code span, so a translation
// never pings anyone or reads as a command. Without an API key (forks get no secrets) it leaves a
// notice and writes nothing.
//
// A pipeline: limits (budget per event and per user) → read (what is already there) → translate →
// check → write → reply, with the writer chosen from a table of source kind × mode. Every
// translation carries a hidden marker naming its source, its author and the model calls it cost;
// only markers on comments written by the token's own user count, for "already translated" and
// for the hourly budget.








const TRANSLATED_MARKER = '<!-- bosun:translated -->';
const LANGUAGE_NAMES = {
    en: 'English',
    zh: 'Chinese',
    ja: 'Japanese',
    ko: 'Korean',
    ru: 'Russian',
    es: 'Spanish',
    de: 'German',
    fr: 'French',
    pt: 'Portuguese',
};
const languageName = (code) => LANGUAGE_NAMES[code.split('-')[0]] ?? code;
function sourceOf(eventName, payload) {
    const action = payload.action;
    const s = (v) => (typeof v === 'string' ? v : '');
    switch (eventName) {
        case 'issues':
            if (action !== 'opened')
                return { skip: `issues ${action}` };
            return {
                kind: 'issue',
                number: payload.issue.number,
                title: s(payload.issue.title),
                body: s(payload.issue.body),
            };
        case 'pull_request':
        case 'pull_request_target':
            if (action !== 'opened')
                return { skip: `${eventName} ${action}` };
            return {
                kind: 'pull',
                number: payload.pull_request.number,
                title: s(payload.pull_request.title),
                body: s(payload.pull_request.body),
            };
        case 'issue_comment':
            if (action !== 'created')
                return { skip: `issue_comment ${action}` };
            return {
                kind: 'comment',
                number: payload.issue.number,
                commentId: payload.comment.id,
                author: s(payload.comment.user?.login),
                body: s(payload.comment.body),
            };
        case 'discussion':
            if (action !== 'created')
                return { skip: `discussion ${action}` };
            return {
                kind: 'discussion',
                nodeId: s(payload.discussion.node_id),
                title: s(payload.discussion.title),
                body: s(payload.discussion.body),
            };
        case 'discussion_comment':
            if (action !== 'created')
                return { skip: `discussion_comment ${action}` };
            return {
                kind: 'discussion_comment',
                discussionId: s(payload.discussion.node_id),
                commentId: s(payload.comment.node_id),
                author: s(payload.comment.user?.login),
                body: s(payload.comment.body),
            };
        default:
            return { skip: `issue-translate does not handle ${eventName}` };
    }
}
// ---- markers -----------------------------------------------------------------------------------
/** Names what was translated, so a second delivery of the same event finds it. */
function sourceKey(source) {
    switch (source.kind) {
        case 'issue':
        case 'pull':
            return `issue-${source.number}`;
        case 'comment':
            return `comment-${source.commentId}`;
        case 'discussion':
            return `discussion-${source.nodeId}`;
        case 'discussion_comment':
            return `discussion-comment-${source.commentId}`;
    }
}
const authorOf = (source, payload) => 'author' in source
    ? source.author
    : String((payload.issue ?? payload.pull_request ?? payload.discussion)?.user?.login ?? '');
const translationMarker = (key, author, calls) => (0,writes/* marker */.xL)(`translation of=${key} for=${author.toLowerCase()} calls=${calls}`);
const MARKER_FIELDS = /<!-- bosun:translation of=(\S+) for=(\S+) calls=(\d+) -->/g;
function markersIn(body) {
    return [...body.matchAll(MARKER_FIELDS)].map((m) => ({ key: m[1], author: m[2], calls: Number(m[3]) }));
}
/**
 * Title and body judged each on its own: a Chinese title over an English body is translated. A
 * title too short to judge follows the body when the body needs translating.
 */
async function partsToTranslate(title, body, target) {
    const judged = [];
    // Body first: it carries the most and decides for a title too short to judge.
    for (const [name, text] of [
        ['body', body],
        ['title', title],
    ]) {
        if (text === undefined || !text.trim())
            continue;
        judged.push({ name, text, language: (await detectLanguage(text)).language });
    }
    const foreign = (p) => !!p.language && !sameLanguage(p.language, target);
    const bodyPart = judged.find((p) => p.name === 'body');
    return judged.filter((p) => foreign(p) || (p.name === 'title' && !p.language && !!bodyPart && foreign(bodyPart)));
}
const HOUR_MS = 3600_000;
/**
 * Model calls made for this author in the last hour, counted from bosun's own translations: the
 * markers on comments written by the token's user, and (edit mode) markers bosun appended to the
 * author's own comments and issues. No server keeps a counter; GitHub's history is the counter.
 */
async function callsInLastHour(run, viewer, author, edit) {
    const since = new Date(Date.now() - HOUR_MS).toISOString();
    const gh = run.github;
    let calls = 0;
    const count = (body, writer) => {
        for (const m of markersIn(body ?? ''))
            if ((0,permissions/* sameLogin */.Up)(m.author, author) && ((0,permissions/* sameLogin */.Up)(writer, viewer) || (edit && (0,permissions/* sameLogin */.Up)(writer, author))))
                calls += m.calls;
    };
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.issues.listCommentsForRepo, {
        ...run.repo,
        since,
        per_page: 100,
    })) {
        for (const c of page.data)
            if (c.created_at >= since || edit)
                count(c.body, c.user?.login ?? '');
        if (++pages >= 10)
            break;
    }
    if (edit) {
        const { data } = await gh.rest.issues.listForRepo({ ...run.repo, since, state: 'all', per_page: 100 });
        for (const i of data)
            count(i.body, i.user?.login ?? '');
    }
    return calls;
}
function overBudget(config, chars, used, calls, author) {
    const { maxChars, callsPerUserPerHour } = config.translate.budget;
    if (chars > maxChars)
        return `not translated: ${chars} characters, over the ${maxChars} per event allowed here (config \`translate.budget.max-chars\`).`;
    if (used + calls > callsPerUserPerHour)
        return `not translated: @${author} already used ${used} of ${callsPerUserPerHour} translation calls this hour (config \`translate.budget.calls-per-user-per-hour\`).`;
    return undefined;
}
// ---- read: what a previous delivery already wrote ------------------------------------------------
/** Whether a translation of this source by the token's own user is already there. */
async function alreadyTranslated(run, source, viewer, edit) {
    const key = sourceKey(source);
    const has = (body) => markersIn(body ?? '').some((m) => m.key === key);
    const gh = run.github;
    if (edit && (source.kind === 'issue' || source.kind === 'pull')) {
        // The payload holds the body as written; a marker that is there now and was not then is ours.
        const { data } = await gh.rest.issues.get({ ...run.repo, issue_number: source.number });
        if (has(data.body) && !has(source.body))
            return true;
    }
    if (edit && source.kind === 'comment') {
        const { data } = await gh.rest.issues.getComment({ ...run.repo, comment_id: source.commentId });
        if (has(data.body) && !has(source.body))
            return true;
    }
    if (source.kind !== 'issue' && source.kind !== 'pull' && source.kind !== 'comment')
        return false;
    for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
        ...run.repo,
        issue_number: source.number,
        per_page: 100,
    })) {
        if (page.data.some((c) => (0,permissions/* sameLogin */.Up)(c.user?.login ?? '', viewer) && has(c.body)))
            return true;
    }
    return false;
}
// ---- translate and check -----------------------------------------------------------------------
function systemPrompt(target) {
    return [
        `You translate GitHub issues and comments into ${languageName(target)}.`,
        `Target language: ${target}`,
        'Keep the Markdown structure exactly: headings, lists, task lists, tables, emphasis, line breaks.',
        'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
        'Text already in the target language stays as it is. Answer with the translation only.',
    ].join('\n');
}
/** One part through the model: protected, translated, invented mentions and commands neutralised, restored. */
async function translatePart(llm, target, text, log) {
    const guarded = (0,protect/* protect */.yQ)(text);
    const answer = await llm.complete(systemPrompt(target), guarded.text);
    const safe = (0,protect/* neutralise */.$0)(answer.trim());
    if (safe.neutralised.length)
        log.info(`The model wrote ${safe.neutralised.join(', ')}, not in the source: put in code spans.`);
    return (0,protect/* restore */.PF)(safe.text, guarded.slots);
}
const bodyOf = (a) => a.out.body ?? a.source.body;
const appended = (a) => `${a.source.body}\n\n---\n${a.out.heading}\n\n${bodyOf(a)}\n\n${a.out.footer}`;
const titled = (a) => `${a.out.heading}\n\n## ${a.out.title ?? ('title' in a.source ? a.source.title : '')}\n\n${bodyOf(a)}\n\n${a.out.footer}`;
const byAuthor = (a) => `${a.out.heading} Comment by @${'author' in a.source ? a.source.author : ''}:\n\n${bodyOf(a)}\n\n${a.out.footer}`;
const issueReply = async (a) => {
    if (a.source.kind !== 'issue' && a.source.kind !== 'pull')
        return;
    await a.run.github.rest.issues.createComment({
        ...a.run.repo,
        issue_number: a.source.number,
        body: titled(a),
    });
};
const issueEdit = async (a) => {
    if (a.source.kind !== 'issue' && a.source.kind !== 'pull')
        return;
    await a.run.github.rest.issues.update({
        ...a.run.repo,
        issue_number: a.source.number,
        ...(a.out.body !== undefined ? { body: appended(a) } : {}),
        ...(a.config.translate.modifyTitle && a.out.title ? { title: a.out.title } : {}),
    });
};
const commentReply = async (a) => {
    if (a.source.kind !== 'comment')
        return;
    await a.run.github.rest.issues.createComment({
        ...a.run.repo,
        issue_number: a.source.number,
        body: byAuthor(a),
    });
};
const commentEdit = async (a) => {
    if (a.source.kind !== 'comment')
        return;
    await a.run.github.rest.issues.updateComment({
        ...a.run.repo,
        comment_id: a.source.commentId,
        body: appended(a),
    });
};
const discussionReply = async (a) => {
    if (a.source.kind !== 'discussion')
        return;
    await a.run.github.graphql(`mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }`, { id: a.source.nodeId, body: titled(a) });
};
const discussionEdit = async (a) => {
    if (a.source.kind !== 'discussion')
        return;
    await a.run.github.graphql(`mutation($id: ID!, $body: String!, $title: String) { updateDiscussion(input: { discussionId: $id, body: $body, title: $title }) { discussion { id } } }`, {
        id: a.source.nodeId,
        body: a.out.body !== undefined ? appended(a) : a.source.body,
        title: a.config.translate.modifyTitle ? a.out.title : undefined,
    });
};
const discussionCommentReply = async (a) => {
    if (a.source.kind !== 'discussion_comment')
        return;
    await a.run.github.graphql(`mutation($id: ID!, $reply: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, replyToId: $reply, body: $body }) { comment { id } } }`, { id: a.source.discussionId, reply: a.source.commentId, body: byAuthor(a) });
};
const discussionCommentEdit = async (a) => {
    if (a.source.kind !== 'discussion_comment')
        return;
    await a.run.github.graphql(`mutation($id: ID!, $body: String!) { updateDiscussionComment(input: { commentId: $id, body: $body }) { comment { id } } }`, { id: a.source.commentId, body: appended(a) });
};
/** Where a translation goes: by what was written and the configured mode. */
const WRITERS = {
    issue: { comment: issueReply, edit: issueEdit },
    pull: { comment: issueReply, edit: issueEdit },
    comment: { comment: commentReply, edit: commentEdit },
    discussion: { comment: discussionReply, edit: discussionEdit },
    discussion_comment: { comment: discussionCommentReply, edit: discussionCommentEdit },
};
/**
 * Edit mode never rewrites text that holds commands: the approval history reads those comments,
 * and a rewritten one would change what a reviewer said. Such text gets a reply instead.
 */
function modeFor(config, source) {
    if (config.translate.mode === 'edit' && (0,commands/* parseCommands */.Gr)(source.body).length)
        return 'comment';
    return config.translate.mode;
}
// ---- the pipeline ------------------------------------------------------------------------------
async function translateIssue(run) {
    const source = sourceOf(run.ctx.eventName, run.ctx.payload);
    if ('skip' in source)
        return run.report.skip(source.skip);
    if (run.skipBotSender())
        return;
    // Free loop guard: bosun's own texts carry a marker. A user pasting one only opts out themselves.
    if ((0,loop_guard/* isBosunText */.Rt)(source.body) || source.body.includes(TRANSLATED_MARKER))
        return run.report.skip('text written or translated by bosun');
    if (!run.ctx.inputs.openaiApiKey) {
        run.log.notice('issue-translate: no openai-api-key (fork PRs and Dependabot get no secrets); nothing translated.');
        return run.report.skip('no OpenAI API key');
    }
    const title = 'title' in source ? source.title : undefined;
    // The detector needs no request: English and short texts cost nothing.
    const preliminary = await partsToTranslate(title, source.body, 'en');
    const pre = await run.preflight();
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    const { config, viewer } = pre;
    const target = config.translate.target;
    const parts = target === 'en' ? preliminary : await partsToTranslate(title, source.body, target);
    if (!parts.length)
        return run.report.skip(`nothing to translate: too little prose, or already in ${target}`);
    // limits
    const mode = modeFor(config, source);
    const author = authorOf(source, run.ctx.payload);
    const chars = parts.reduce((n, p) => n + (0,protect/* protect */.yQ)(p.text).text.length, 0);
    const used = await callsInLastHour(run, viewer, author, config.translate.mode === 'edit');
    const refusal = overBudget(config, chars, used, parts.length, author);
    if (refusal) {
        run.log.notice(`issue-translate: ${refusal}`);
        run.report.sections.push(`issue-translate: ${refusal}`);
        return run.report.skip(refusal);
    }
    // read
    if (await alreadyTranslated(run, source, viewer, mode === 'edit'))
        return run.report.skip(`${sourceKey(source)} is already translated (a re-delivered event)`);
    // translate and check: nothing is written unless every part translated and restored.
    const llm = new core_llm/* Llm */.Oi({
        apiKey: run.ctx.inputs.openaiApiKey,
        baseUrl: run.ctx.inputs.openaiBaseUrl,
        model: run.ctx.inputs.model || config.translate.model,
        log: run.log,
    });
    const out = { heading: '', footer: '' };
    for (const part of parts)
        out[part.name] = await translatePart(llm, target, part.text, run.log);
    const from = languageName(parts.find((p) => p.language)?.language ?? 'und');
    out.footer = translationMarker(sourceKey(source), author, llm.usage.calls);
    out.heading = `${TRANSLATED_MARKER}\n> Translated from ${from} to ${languageName(target)} by bosun (${llm.model}).`;
    // write and reply
    await WRITERS[source.kind][mode]({ run, source, out, config });
    run.report.result.comments.push(mode === 'edit' ? 'translation appended' : 'translation posted');
    run.report.sections.push(`Translated ${parts.map((p) => p.name).join(' and ')} of ${source.kind.replace('_', ' ')} from ${from}: ${llm.usage.calls} model call(s), ${llm.usage.promptTokens} prompt and ${llm.usage.completionTokens} completion tokens.`);
}
const run = () => (0,action/* runAction */.Cs)('issue-translate', translateIssue);


/***/ })

};
