export const id = 3;
export const ids = [3];
export const modules = {

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ parseCommands),
/* harmony export */   nY: () => (/* binding */ userArgs),
/* harmony export */   oq: () => (/* binding */ MAX_COMMANDS_PER_COMMENT),
/* harmony export */   sG: () => (/* binding */ splitArgs)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
// Finds slash commands in a comment body by DESIGN.md's rules: `/name args` at the start of a line
// (leading spaces allowed), case-insensitive, several per comment, in order; nothing inside code
// (fenced or indented), block quotes or HTML comments counts. Markdown structure comes from a real
// parser (mdast) so that quoted replies and pasted logs never trigger anything.

/** At most this many commands in one comment are run; the rest are reported as skipped. */
const MAX_COMMANDS_PER_COMMENT = 20;
const COMMAND_LINE = /^[ \t]{0,3}\/([a-z][a-z0-9_-]*)(?:[ \t]+(.*?))?[ \t]*$/i;
const ANY_COMMAND_LINE = /^[ \t]{0,3}\/[a-z]/im;
const NOT_COMMAND_CONTAINERS = new Set(['code', 'blockquote', 'html']);
function excludedLines(body, lines) {
    const excluded = new Set();
    const visit = (node) => {
        if (NOT_COMMAND_CONTAINERS.has(node.type) && node.position) {
            for (let l = node.position.start.line; l <= node.position.end.line; l++) {
                // A line after a quote that does not itself start with `>` is Markdown's "lazy continuation":
                // people write `> question` then `/assign` on the next line and mean the command.
                if (node.type === 'blockquote' && !/^[ \t]{0,3}>/.test(lines[l - 1] ?? ''))
                    continue;
                excluded.add(l);
            }
            return;
        }
        node.children?.forEach(visit);
    };
    visit((0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body));
    return excluded;
}
function parseCommands(body) {
    // Most comments have no command: answer them without parsing Markdown at all.
    if (!body || !ANY_COMMAND_LINE.test(body))
        return [];
    const lines = body.split(/\r\n|\r|\n/);
    const excluded = excludedLines(body, lines);
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
/* harmony export */   O: () => (/* binding */ Llm)
/* harmony export */ });
/* unused harmony export LlmError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3674);
// The LLM client both translation actions use: any OpenAI-compatible chat API (OpenAI, Azure
// OpenAI, DeepSeek, Qwen, a local server) through the `openai` package, with bounded concurrency,
// retries with backoff on 429/5xx that honour retry-after (the package's own), a timeout per call,
// and token usage collected for replies and job summaries. The key is masked in logs.



class LlmError extends Error {
}
class Llm {
    options;
    usage = { calls: 0, promptTokens: 0, completionTokens: 0 };
    client;
    limiter;
    constructor(options) {
        this.options = options;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(options.apiKey);
        this.client = new openai__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .Ay({
            apiKey: options.apiKey,
            baseURL: options.baseUrl || undefined,
            timeout: options.timeoutMs ?? 120_000,
            maxRetries: options.retries ?? 3,
        });
        this.limiter = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default())({ maxConcurrent: options.concurrency ?? 4 });
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
                if (typeof text !== 'string' || !text.trim())
                    throw new LlmError('the model returned no text');
                if (choice.finish_reason === 'length')
                    throw new LlmError('the model stopped early (answer truncated at its length limit)');
                return text;
            }
            catch (error) {
                if (error instanceof LlmError)
                    throw error;
                const e = error;
                throw new LlmError(`the model API failed${e.status ? ` (${e.status})` : ''}: ${String(e.message ?? error).split('\n')[0]}`);
            }
        });
    }
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ restore),
/* harmony export */   y: () => (/* binding */ protect)
/* harmony export */ });
// What a translation must keep byte for byte — code blocks, inline code, URLs, @mentions, #refs,
// HTML comments (bosun's markers) — is swapped for numbered placeholders before the text goes to
// the model and swapped back after. A model can then reword the prose but cannot alter those, and
// a dropped placeholder is detected instead of silently losing a code block.
const PATTERNS = [
    /^(```|~~~)[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, // fenced code blocks
    /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, // link reference definitions: `[label]: target` is an id, not prose
    /<!--[\s\S]*?-->/g, // HTML comments
    /`[^`\n]+`/g, // inline code
    /\]\([^)\s]+(?:\s+"[^"]*")?\)/g, // link and image targets: ](url "title")
    /\bhttps?:\/\/[^\s<>)\]]+/g, // bare URLs
    /(?<![\w@])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?/g, // @mentions and @org/team
    /(?<![\w&])(?:[\w.-]+\/[\w.-]+)?#\d+\b/g, // #123 and owner/repo#123
];
const slot = (i) => `⟦${i}⟧`;
function protect(text) {
    const slots = [];
    let out = text;
    for (const pattern of PATTERNS) {
        out = out.replace(pattern, (match) => {
            slots.push(match);
            return slot(slots.length - 1);
        });
    }
    return { text: out, slots };
}
/** Puts the protected pieces back; throws when the model lost or duplicated any of them. */
function restore(translated, slots) {
    const problems = [];
    slots.forEach((_s, i) => {
        const count = translated.split(slot(i)).length - 1;
        if (count !== 1)
            problems.push(`${slot(i)} appears ${count} times`);
    });
    if (problems.length)
        throw new Error(`the translation did not keep every code block, link, mention and reference (${problems.slice(0, 3).join(', ')})`);
    // Placeholders never nest: each pattern ran over text where earlier matches were already slotted.
    let out = translated;
    for (let i = slots.length - 1; i >= 0; i--)
        out = out.replace(slot(i), () => slots[i]);
    return out;
}


/***/ }),

/***/ 7003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/commands.ts
var core_commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/llm.ts
var core_llm = __webpack_require__(2560);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/protect.ts
var protect = __webpack_require__(1036);
;// CONCATENATED MODULE: ./src/gpt-translate/documents.ts
// Document translation: Markdown split along its top-level blocks into chunks under a token budget
// (never inside a code block, table or list), each chunk translated with code, links, mentions and
// references protected by placeholders, then checked (same code blocks byte for byte, same link
// and image targets, same headings); a chunk that fails is retried once. JSON and YAML translate
// string values only: keys, numbers and placeholders like {name}, %s and {{x}} stay as they are.



class StructureError extends Error {
    check;
    constructor(check, message) {
        super(message);
        this.check = check;
    }
}
/** Rough token count: about four Latin characters a token, one per CJK character. */
function estimateTokens(text) {
    const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [])
        .length;
    return Math.ceil((text.length - cjk) / 4) + cjk;
}
function splitFrontMatter(text) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    return m ? { front: m[1], body: text.slice(m[0].length) } : { body: text };
}
/**
 * Chunks of a Markdown text, each a run of whole top-level blocks under `budget` tokens (a single
 * block over budget is a chunk of its own). Concatenating the chunks gives the text back exactly.
 */
function chunkMarkdown(text, budget) {
    const blocks = ((0,lib/* fromMarkdown */.Y)(text).children ?? []).map((n) => n.position.end.offset);
    const chunks = [];
    let start = 0;
    let cursor = 0;
    for (const end of blocks) {
        if (end - start > 0 && estimateTokens(text.slice(start, end)) > budget && cursor > start) {
            chunks.push(text.slice(start, cursor));
            start = cursor;
        }
        cursor = end;
    }
    if (start < text.length)
        chunks.push(text.slice(start));
    return chunks.filter((c) => c.length > 0);
}
function structureOf(markdown) {
    const s = { code: [], targets: [], headings: [] };
    const visit = (n) => {
        if (n.type === 'code')
            s.code.push(`${n.lang ?? ''}\n${n.value ?? ''}`);
        if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url)
            s.targets.push(n.url);
        if (n.type === 'heading')
            s.headings.push(n.depth ?? 0);
        n.children?.forEach(visit);
    };
    visit((0,lib/* fromMarkdown */.Y)(markdown));
    s.targets.sort();
    return s;
}
/** The first structural difference between a chunk and its translation, or undefined. */
function compareStructure(before, after) {
    if (before.code.length !== after.code.length)
        return `code blocks: ${before.code.length} before, ${after.code.length} after`;
    if (before.code.some((c, i) => c !== after.code[i]))
        return 'a code block changed';
    if (before.targets.join('\n') !== after.targets.join('\n'))
        return 'link or image targets changed';
    if (before.headings.join() !== after.headings.join())
        return `headings: levels ${before.headings.join(',') || 'none'} became ${after.headings.join(',') || 'none'}`;
    return undefined;
}
function markdownPrompt(language) {
    return [
        `Translate the Markdown document fragment into ${language}.`,
        `Target language: ${language}`,
        'Keep the Markdown structure exactly: the same headings and levels, lists, tables, emphasis and blank lines.',
        'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
        'Answer with the translated fragment only, without any comment or code fence around it.',
    ].join('\n');
}
/** One chunk, protected, translated and checked; one retry when the structure did not survive. */
async function translateChunk(llm, language, chunk) {
    if (!/\p{L}/u.test(chunk))
        return chunk;
    const guarded = (0,protect/* protect */.y)(chunk);
    const before = structureOf(chunk);
    const leading = /^\s*/.exec(chunk)[0];
    const trailing = /\s*$/.exec(chunk)[0];
    let problem = '';
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const answer = await llm.complete(markdownPrompt(language), guarded.text.trim());
            const restored = leading + (0,protect/* restore */.P)(answer.trim(), guarded.slots) + trailing;
            const difference = compareStructure(before, structureOf(restored));
            if (!difference)
                return restored;
            problem = difference;
        }
        catch (error) {
            if (!(error instanceof Error) || !/did not keep every/.test(error.message))
                throw error;
            problem = 'code, links, mentions or references were lost';
        }
    }
    throw new StructureError(problem, `the translation broke the document's structure twice (${problem})`);
}
async function translateMarkdown(llm, language, text, options) {
    const { front, body } = splitFrontMatter(text);
    let head = '';
    if (front !== undefined) {
        const doc = (0,dist/* parseDocument */.Tp)(front);
        const keys = options.frontMatterKeys.filter((k) => typeof doc.get(k) === 'string' && String(doc.get(k)).trim());
        const values = await translateStrings(llm, language, keys.map((k) => String(doc.get(k))));
        keys.forEach((k, i) => doc.set(k, values[i]));
        head = `---\n${doc.toString().trimEnd()}\n---\n`;
    }
    const chunks = chunkMarkdown(body, options.budget);
    const translated = await Promise.all(chunks.map((c) => translateChunk(llm, language, c)));
    return { text: head + translated.join(''), chunks: chunks.length + (front !== undefined ? 1 : 0) };
}
// ---- data files --------------------------------------------------------------------------------
const DATA_PLACEHOLDERS = /\{\{[^{}]*\}\}|\{[\w.-]+\}|%(?:\d+\$)?[sdif]|<\/?[a-zA-Z][^>]*>/g;
function guardValue(text) {
    const slots = [];
    const out = text.replace(DATA_PLACEHOLDERS, (m) => {
        slots.push(m);
        return `⟦${slots.length - 1}⟧`;
    });
    return { text: out, slots };
}
function dataPrompt(language) {
    return [
        `Translate every value of the JSON object into ${language}.`,
        `Target language: ${language}`,
        'Keep every key. Placeholders like ⟦0⟧ must stay exactly as they are.',
        'Answer with the JSON object only.',
    ].join('\n');
}
/** Translates strings in batches of a JSON object; keys and placeholders checked on the way back. */
async function translateStrings(llm, language, values, batch = 80) {
    const out = [...values];
    const jobs = [];
    for (let start = 0; start < values.length; start += batch) {
        const slice = values.slice(start, start + batch);
        jobs.push((async () => {
            const guarded = slice.map(guardValue);
            const request = Object.fromEntries(guarded.map((g, i) => [String(i), g.text]));
            let problem = '';
            for (let attempt = 0; attempt < 2; attempt++) {
                const answer = await llm.complete(dataPrompt(language), JSON.stringify(request, null, 2));
                let parsed;
                try {
                    parsed = JSON.parse(answer.replace(/^```(?:json)?\s*|\s*```$/g, ''));
                }
                catch {
                    problem = 'the answer was not JSON';
                    continue;
                }
                const keys = Object.keys(request);
                if (keys.some((k) => typeof parsed[k] !== 'string')) {
                    problem = 'keys were lost';
                    continue;
                }
                try {
                    guarded.forEach((g, i) => (out[start + i] = (0,protect/* restore */.P)(String(parsed[String(i)]), g.slots)));
                    return;
                }
                catch {
                    problem = 'placeholders like {name} or %s were lost';
                }
            }
            throw new StructureError(problem, `the translation broke the values twice (${problem})`);
        })());
    }
    await Promise.all(jobs);
    return out;
}
async function translateJson(llm, language, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new StructureError('JSON', `not valid JSON: ${error.message}`);
    }
    const strings = [];
    const collect = (v) => {
        if (typeof v === 'string')
            return strings.push(v) - 1;
        if (Array.isArray(v))
            return v.map(collect);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, collect(x)]));
        return v;
    };
    const shape = collect(data);
    const translated = await translateStrings(llm, language, strings);
    const rebuild = (v, inShape) => {
        if (typeof v === 'string')
            return translated[inShape];
        if (Array.isArray(v))
            return v.map((x, i) => rebuild(x, inShape[i]));
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rebuild(x, inShape[k])]));
        return v;
    };
    const indent = /^\{\s*\n(\s+)"/.exec(text)?.[1] ?? '  ';
    const out = JSON.stringify(rebuild(data, shape), null, indent);
    return { text: text.endsWith('\n') ? `${out}\n` : out, chunks: Math.ceil(strings.length / 80) };
}
async function translateYaml(llm, language, text) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        throw new StructureError('YAML', `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const scalars = [];
    const visit = (node) => {
        if (!node)
            return;
        if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items)
                visit(pair.value); // keys stay
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item) => visit(item));
        else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim())
            scalars.push({ value: node.value, node });
    };
    visit(doc.contents);
    const translated = await translateStrings(llm, language, scalars.map((s) => s.value));
    scalars.forEach((s, i) => (s.node.value = translated[i]));
    return { text: doc.toString(), chunks: Math.ceil(scalars.length / 80) };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gpt-translate/paths.ts
// Which files `/gt INPUT OUTPUT LANG` reads and writes, and whether that is allowed: inside the
// repository, never under .github/, OUTPUT different from INPUT, supported types only. INPUT and
// OUTPUT are paths, comma lists of paths, or globs whose wildcards carry over (`docs/*.md` →
// `docs/*.ja.md`). Pure: the caller passes the repository's file list.


const TEXT_TYPES = ['.md', '.mdx', '.txt'];
const DATA_TYPES = ['.json', '.yml', '.yaml'];
function parseRequest(args) {
    const words = args.split(/\s+/).filter(Boolean);
    if (words.length !== 3)
        return {
            error: 'Usage: `/gt INPUT OUTPUT LANG`, e.g. `/gt README.md README.ja.md Japanese` or `/gt docs/*.md docs/*.zh.md zh`.',
        };
    return { inputs: words[0], outputs: words[1], language: words[2] };
}
const isGlob = (p) => picomatch_default().scan(p).isGlob;
/** A path made canonical, or why it is not acceptable. */
function checkPath(path) {
    if (!path || path.includes('\0') || path.includes('\\'))
        return { error: `\`${path}\` is not a valid path.` };
    if (path.startsWith('/') || /^[a-z]:/i.test(path))
        return { error: `\`${path}\` must be a path inside the repository, not an absolute path.` };
    const normal = external_node_path_.posix.normalize(path).replace(/^\.\//, '');
    if (normal === '..' || normal.startsWith('../') || normal.split('/').includes('..'))
        return { error: `\`${path}\` points outside the repository.` };
    if (/^\.github(\/|$)/i.test(normal))
        return { error: `\`${path}\` is under .github/, which translation may not touch.` };
    return normal;
}
function typeOf(path) {
    return external_node_path_.posix.extname(path).toLowerCase();
}
/** Turns `docs/**\/*.md` + `docs/**\/*.ja.md` into a function mapping an input path to its output. */
function globMapper(input, output) {
    const tokens = /\*\*|\*/g;
    const inWild = input.match(tokens) ?? [];
    const outWild = output.match(tokens) ?? [];
    if (inWild.join() !== outWild.join()) {
        return {
            error: `OUTPUT \`${output}\` must use the same wildcards as INPUT \`${input}\` (e.g. \`docs/*.md\` → \`docs/*.ja.md\`).`,
        };
    }
    if (isGlob(input.replace(tokens, '')))
        return { error: `Only \`*\` and \`**\` wildcards are supported in \`${input}\`.` };
    const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const pattern = input
        .split(/(\*\*\/|\*\*|\*)/)
        .map((part) => part === '**/' ? '((?:[^/]+/)*)' : part === '**' ? '(.*)' : part === '*' ? '([^/]*)' : escape(part))
        .join('');
    const re = new RegExp(`^${pattern}$`);
    return (path) => {
        const m = re.exec(path);
        if (!m)
            return undefined;
        let i = 1;
        return output.replace(/\*\*\/|\*\*|\*/g, () => m[i++] ?? '');
    };
}
/** Expands INPUT/OUTPUT against the repository's files into checked pairs. */
function resolvePairs(request, repoFiles) {
    const inputs = request.inputs.split(',').filter(Boolean);
    const outputs = request.outputs.split(',').filter(Boolean);
    if (inputs.length !== outputs.length)
        return {
            error: `INPUT names ${inputs.length} path(s) but OUTPUT ${outputs.length}: give one output per input.`,
        };
    const files = new Set(repoFiles);
    const pairs = [];
    for (let i = 0; i < inputs.length; i++) {
        for (const p of [inputs[i], outputs[i]]) {
            const checked = checkPath(p.replace(/\*\*?/g, 'x'));
            if (typeof checked !== 'string')
                return { error: checked.error.replace(p.replace(/\*\*?/g, 'x'), p) };
        }
        if (isGlob(inputs[i])) {
            const map = globMapper(inputs[i], outputs[i]);
            if (typeof map !== 'function')
                return map;
            const matched = repoFiles.filter((f) => map(f) !== undefined && map(f) !== f);
            if (!matched.length)
                return { error: `No file matches \`${inputs[i]}\`.` };
            for (const f of matched)
                pairs.push({ input: f, output: map(f) });
        }
        else {
            if (isGlob(outputs[i]))
                return { error: `OUTPUT \`${outputs[i]}\` is a pattern but INPUT \`${inputs[i]}\` is not.` };
            const input = checkPath(inputs[i]);
            if (!files.has(input))
                return { error: `\`${input}\` does not exist.` };
            pairs.push({ input, output: checkPath(outputs[i]) });
        }
    }
    for (const { input, output } of pairs) {
        const out = checkPath(output);
        if (typeof out !== 'string')
            return out;
        if (out === input)
            return { error: `OUTPUT must differ from INPUT (\`${input}\`).` };
        const type = typeOf(input);
        if (![...TEXT_TYPES, ...DATA_TYPES].includes(type))
            return {
                error: `\`${input}\`: only ${[...TEXT_TYPES, ...DATA_TYPES].join(', ')} files can be translated.`,
            };
        const outType = typeOf(out);
        const same = (a, b) => a === b || (['.yml', '.yaml'].includes(a) && ['.yml', '.yaml'].includes(b));
        if (!same(type, outType) && !(TEXT_TYPES.includes(type) && TEXT_TYPES.includes(outType))) {
            return { error: `\`${out}\` must have the same type as \`${input}\`.` };
        }
    }
    const outputsSeen = new Set();
    for (const { output } of pairs) {
        if (outputsSeen.has(output))
            return { error: `Two inputs would both be written to \`${output}\`.` };
        outputsSeen.add(output);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/gpt-translate/run.ts
// gpt-translate: `/gt INPUT OUTPUT LANG` (or `/gpt-translate …`) in a comment translates documents
// and commits the result. On an issue: one branch, one commit with every file, one PR linking the
// issue. On a same-repository PR: one commit on its head branch. On a fork PR: a commit only when
// the author allows maintainer edits. Files are read through the API (never checked out or run)
// and written through the Git Data API (blobs, tree, commit, ref), so many files make one commit.









const COMMANDS = new Set(['gt', 'gpt-translate']);
/** Tokens per chunk sent to the model: room for the answer within common context limits. */
const CHUNK_BUDGET = 1200;
class Refusal extends Error {
}
async function place(run, number, isPull) {
    const gh = run.github;
    if (!isPull) {
        const { data: repo } = await gh.rest.repos.get({ ...run.repo });
        const { data: ref } = await gh.rest.git.getRef({ ...run.repo, ref: `heads/${repo.default_branch}` });
        return { repo: run.repo, branch: repo.default_branch, headSha: ref.object.sha, kind: 'issue' };
    }
    const { data: pr } = await gh.rest.pulls.get({ ...run.repo, pull_number: number });
    if (pr.state !== 'open')
        throw new Refusal('This pull request is closed.');
    const headRepo = pr.head.repo;
    if (!headRepo)
        throw new Refusal('The head repository of this pull request no longer exists.');
    const fork = headRepo.full_name.toLowerCase() !== `${run.repo.owner}/${run.repo.repo}`.toLowerCase();
    if (fork && !pr.maintainer_can_modify) {
        throw new Refusal('This pull request comes from a fork that does not allow edits from maintainers, so I cannot commit to it. Ask the author to tick “Allow edits by maintainers”, or run `/gt` on an issue to get a separate PR.');
    }
    return {
        repo: { owner: headRepo.owner.login, repo: headRepo.name },
        branch: pr.head.ref,
        headSha: pr.head.sha,
        kind: fork ? 'fork' : 'pull',
    };
}
async function translateFile(llm, language, path, text, config) {
    const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
    if (ext === '.json')
        return translateJson(llm, language, text);
    if (DATA_TYPES.includes(ext))
        return translateYaml(llm, language, text);
    return translateMarkdown(llm, language, text, {
        budget: CHUNK_BUDGET,
        frontMatterKeys: config.gptTranslate.frontMatterKeys,
    });
}
async function gptTranslate(run) {
    const { eventName, payload } = run.ctx;
    if (eventName !== 'issue_comment' || payload.action !== 'created')
        return run.report.skip(`gpt-translate reads new comments, not ${eventName} ${payload.action ?? ''}`);
    if (run.skipBotSender())
        return;
    const body = String(payload.comment?.body ?? '');
    if ((0,loop_guard/* isBosunText */.R)(body))
        return run.report.skip('text written by bosun');
    const commands = (0,core_commands/* parseCommands */.Gr)(body).filter((c) => COMMANDS.has(c.name));
    if (!commands.length)
        return run.report.skip('no /gt command');
    const number = payload.issue.number;
    const isPull = !!payload.issue.pull_request;
    const actor = String(payload.comment.user?.login ?? '');
    const commentRef = { kind: 'issue_comment', id: Number(payload.comment.id) };
    const reply = async (text, ok) => {
        await (0,writes/* react */.wv)(run.github, run.repo, commentRef, ok ? '+1' : 'confused');
        await (0,writes/* postReply */.VM)(run.github, run.repo, number, 'gpt-translate', `@${actor} ${text}`);
        run.report.result.comments.push(ok ? 'gpt-translate result' : 'gpt-translate refusal');
    };
    const { config } = await run.preflight();
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    if (!(await run.permissions.isCollaborator(actor)))
        return reply('`/gt` is for collaborators (write access or above).', false);
    if (!run.ctx.inputs.openaiApiKey) {
        core/* notice */.lm('gpt-translate: no openai-api-key; nothing translated.');
        return reply('translation is not set up here: the workflow passes no `openai-api-key`.', false);
    }
    const llm = new core_llm/* Llm */.O({
        apiKey: run.ctx.inputs.openaiApiKey,
        baseUrl: run.ctx.inputs.openaiBaseUrl,
        model: run.ctx.inputs.model || config.translate.model,
        log: run.log,
    });
    const started = Date.now();
    try {
        const request = parseRequest(commands[0].args);
        if ('error' in request)
            throw new Refusal(request.error);
        const where = await place(run, number, isPull);
        const gh = run.github;
        const { data: tree } = await gh.rest.git.getTree({
            ...where.repo,
            tree_sha: where.headSha,
            recursive: 'true',
        });
        const blobs = tree.tree.filter((e) => e.type === 'blob' && e.path);
        const pairs = resolvePairs(request, blobs.map((e) => e.path));
        if ('error' in pairs)
            throw new Refusal(pairs.error);
        if (pairs.length > config.gptTranslate.maxFiles)
            throw new Refusal(`That is ${pairs.length} files; at most ${config.gptTranslate.maxFiles} per command here (config \`gpt-translate.max-files\`).`);
        const size = (p) => blobs.find((e) => e.path === p.input)?.size ?? 0;
        const bytes = pairs.reduce((n, p) => n + size(p), 0);
        if (bytes > config.gptTranslate.maxBytes)
            throw new Refusal(`Those files hold ${bytes} bytes; at most ${config.gptTranslate.maxBytes} per command here (config \`gpt-translate.max-bytes\`).`);
        // Read and translate everything before writing anything.
        const results = await Promise.all(pairs.map(async (pair) => {
            const { data } = await gh.rest.repos.getContent({
                ...where.repo,
                path: pair.input,
                ref: where.headSha,
                mediaType: { format: 'raw' },
            });
            try {
                return { pair, out: await translateFile(llm, request.language, pair.input, String(data), config) };
            }
            catch (error) {
                if (error instanceof StructureError)
                    throw new Refusal(`\`${pair.input}\`: ${error.message}. Nothing was committed.`);
                throw error;
            }
        }));
        const created = await Promise.all(results.map((r) => gh.rest.git.createBlob({ ...where.repo, content: r.out.text, encoding: 'utf-8' })));
        const { data: newTree } = await gh.rest.git.createTree({
            ...where.repo,
            base_tree: tree.sha,
            tree: results.map((r, i) => ({
                path: r.pair.output,
                mode: '100644',
                type: 'blob',
                sha: created[i].data.sha,
            })),
        });
        const files = results.map((r) => r.pair.output);
        const message = `docs: translate ${files.length === 1 ? files[0] : `${files.length} files`} into ${request.language}\n\nRequested by @${actor} in #${number} (/gt).`;
        const { data: commit } = await gh.rest.git.createCommit({
            ...where.repo,
            message,
            tree: newTree.sha,
            parents: [where.headSha],
        });
        let link;
        if (where.kind === 'issue') {
            const branch = `bosun/gt-${number}-${commit.sha.slice(0, 7)}`;
            await gh.rest.git.createRef({ ...where.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
            const { data: pr } = await gh.rest.pulls.create({
                ...where.repo,
                head: branch,
                base: where.branch,
                title: `docs: translate into ${request.language}`,
                body: `Translates ${results.map((r) => `\`${r.pair.input}\` → \`${r.pair.output}\``).join(', ')} into ${request.language}.\n\nRequested in #${number} by @${actor}.`,
            });
            link = `opened #${pr.number}`;
        }
        else {
            try {
                await gh.rest.git.updateRef({
                    ...where.repo,
                    ref: `heads/${where.branch}`,
                    sha: commit.sha,
                    force: false,
                });
            }
            catch (error) {
                if ((0,github/* httpStatus */.nG)(error) === 422)
                    throw new Refusal('The branch moved while I was translating; run `/gt` again.');
                throw error;
            }
            link = `committed ${commit.sha.slice(0, 7)} to \`${where.branch}\``;
        }
        run.report.result.files.push(...files);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const chunks = results.reduce((n, r) => n + r.out.chunks, 0);
        const lines = results.map((r) => `- \`${r.pair.input}\` → \`${r.pair.output}\``);
        await reply(`${link}: translated ${files.length} file(s) into ${request.language}.\n\n${lines.join('\n')}\n\n${chunks} chunk(s), ${llm.usage.calls} model call(s), ${llm.usage.promptTokens + llm.usage.completionTokens} tokens (${llm.usage.promptTokens} prompt, ${llm.usage.completionTokens} completion), ${seconds} s, model ${llm.model}.`, true);
        run.report.sections.push(`gpt-translate: ${files.length} file(s), ${chunks} chunk(s), ${llm.usage.calls} model call(s), ${seconds} s.`);
    }
    catch (error) {
        if (error instanceof Refusal)
            return reply(error.message, false);
        const message = String(error.message ?? error).split('\n')[0];
        await reply(`the translation failed: ${message}. Nothing was committed.`, false);
        throw error;
    }
}
const run = () => (0,action/* runAction */.Cs)('gpt-translate', gptTranslate);


/***/ })

};
