export const id = 811;
export const ids = [811];
export const modules = {

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  entry: () => (/* binding */ entry),
  gptTranslate: () => (/* binding */ gptTranslate),
  refuseSpecialEntries: () => (/* binding */ refuseSpecialEntries),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/payload.ts
var core_payload = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/llm.ts
var core_llm = __webpack_require__(2560);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
;// CONCATENATED MODULE: ./src/gpt-translate/budget.ts
// How much text one model call may carry. A chunk's answer is about as long as its input (longer
// into some scripts), so the input budget leaves the model's output limit room for twice the
// chunk, stays well inside its context window, and is capped so long files spread over several
// concurrent calls. `gpt-translate.chunk-tokens` overrides the default for any model.
/** Longest prefix wins; names as OpenAI-compatible servers spell them. */
const MODEL_LIMITS = [
    ['gpt-4o-mini', { context: 128_000, output: 16_384 }],
    ['gpt-4o', { context: 128_000, output: 16_384 }],
    ['gpt-4.1', { context: 1_000_000, output: 32_768 }],
    ['gpt-4-turbo', { context: 128_000, output: 4_096 }],
    ['gpt-4', { context: 8_192, output: 4_096 }],
    ['gpt-3.5-turbo', { context: 16_385, output: 4_096 }],
    ['gpt-5', { context: 400_000, output: 128_000 }],
    ['o1', { context: 200_000, output: 100_000 }],
    ['o3', { context: 200_000, output: 100_000 }],
    ['o4-mini', { context: 200_000, output: 100_000 }],
    ['deepseek', { context: 64_000, output: 8_192 }],
    ['qwen', { context: 32_768, output: 8_192 }],
    ['glm', { context: 128_000, output: 4_096 }],
    ['claude', { context: 200_000, output: 8_192 }],
    ['llama', { context: 8_192, output: 4_096 }],
];
/** Unknown models: the smallest common limits. */
const DEFAULT_LIMITS = { context: 8_192, output: 4_096 };
/** Tokens per chunk beyond which more calls in parallel beat longer answers. */
const MAX_CHUNK_TOKENS = 1_500;
function limitsOf(model) {
    const name = model.toLowerCase().replace(/^.*\//, ''); // `openai/gpt-4o` on routers
    let best;
    for (const entry of MODEL_LIMITS)
        if (name.startsWith(entry[0]) && (!best || entry[0].length > best[0].length))
            best = entry;
    return best?.[1] ?? DEFAULT_LIMITS;
}
/** Input tokens per chunk for a model, or the configured override. */
function chunkBudget(model, configured) {
    if (configured)
        return configured;
    const { context, output } = limitsOf(model);
    return Math.min(MAX_CHUNK_TOKENS, Math.floor(output / 2), Math.floor(context / 4));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/protect.ts
var protect = __webpack_require__(1036);
;// CONCATENATED MODULE: ./src/gpt-translate/documents.ts




class StructureError extends Error {
    check;
    constructor(check, message) {
        super(message);
        this.check = check;
    }
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Rough token count: about four Latin characters a token, one per CJK character. */
function estimateTokens(text) {
    const cjk = (text.match(CJK) ?? []).length;
    return Math.ceil((text.length - cjk) / 4) + cjk;
}
function splitFrontMatter(text) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    return m ? { front: m[1], body: text.slice(m[0].length) } : { body: text };
}
function parseDoc(text) {
    const tree = (0,protect/* parseMarkdown */.Dd)(text);
    const ranges = (0,protect/* protectedRanges */.xx)(text, tree);
    const cumulative = [0];
    for (const [a, b] of ranges)
        cumulative.push(cumulative.at(-1) + b - a);
    return { text, tree, ranges, cumulative };
}
/** Index of the first range starting at or after `offset`. */
function firstRangeFrom(doc, offset) {
    let lo = 0;
    let hi = doc.ranges.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        // lo <= mid < hi <= ranges.length
        if (doc.ranges[mid][0] < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function insideRange(doc, offset) {
    const range = doc.ranges[firstRangeFrom(doc, offset + 1) - 1];
    return range !== undefined && range[0] < offset && offset < range[1];
}
/** Tokens the model is sent for text[a, b): protected pieces count as a short placeholder. */
function sentTokens(doc, a, b) {
    const i = firstRangeFrom(doc, a);
    const j = firstRangeFrom(doc, b);
    // cumulative has one entry more than ranges, and i, j <= ranges.length
    const hidden = doc.cumulative[j] - doc.cumulative[i];
    return Math.max(0, estimateTokens(doc.text.slice(a, b)) - Math.ceil(hidden / 4)) + 2 * (j - i);
}
const startOf = (n) => n.position?.start.offset ?? 0;
const endOf = (n) => n.position?.end.offset ?? 0;
/** Children an oversized block may be cut between, or undefined for a block cut by lines. */
function structuralChildren(node) {
    switch (node.type) {
        case 'list':
        case 'listItem':
        case 'blockquote':
        case 'footnoteDefinition':
        case 'table':
            return node.children;
        default:
            return undefined;
    }
}
const LINE_SPLIT = new Set(['html', 'paragraph']);
function cutsInside(doc, node, budget, out) {
    const children = structuralChildren(node);
    if (children) {
        children.forEach((child, i) => {
            if (i > 0)
                out.push({ at: startOf(child), kind: 'inner' });
            const next = children[i + 1];
            const end = next ? startOf(next) : endOf(node);
            if (sentTokens(doc, startOf(child), end) > budget)
                cutsInside(doc, child, budget, out);
        });
        return;
    }
    if (!LINE_SPLIT.has(node.type))
        return;
    const end = endOf(node);
    for (let nl = doc.text.indexOf('\n', startOf(node)); nl !== -1 && nl + 1 < end;) {
        if (!insideRange(doc, nl + 1))
            out.push({ at: nl + 1, kind: 'line' });
        nl = doc.text.indexOf('\n', nl + 1);
    }
}
/** Every place the document may be cut for this budget, in order. */
function cutsOf(doc, budget) {
    const blocks = doc.tree.children;
    const cuts = [];
    blocks.forEach((block, i) => {
        if (i > 0)
            cuts.push({ at: startOf(block), kind: 'top' });
        const next = blocks[i + 1];
        const end = next ? startOf(next) : doc.text.length;
        if (sentTokens(doc, startOf(block), end) > budget)
            cutsInside(doc, block, budget, cuts);
    });
    return cuts.filter((c, i) => c.at > 0 && c.at < doc.text.length && c.at > (cuts[i - 1]?.at ?? -Infinity));
}
/** Chunks of doc.text[from, to) under `budget` tokens each, cut at the places `cutsOf` allows. */
function planChunks(doc, budget, from = 0, to = doc.text.length) {
    const first = { at: from, kind: from === 0 ? 'top' : 'inner' };
    const last = { at: to, kind: to === doc.text.length ? 'top' : 'inner' };
    const edges = [first, ...cutsOf(doc, budget).filter((c) => c.at > from && c.at < to), last];
    const chunks = [];
    let start = first;
    let tokens = 0;
    let end = first;
    for (const edge of edges.slice(1)) {
        const unit = sentTokens(doc, end.at, edge.at);
        if (tokens > 0 && tokens + unit > budget) {
            chunks.push({ start: start.at, end: end.at, whole: start.kind === 'top' && end.kind === 'top' });
            start = end;
            tokens = 0;
        }
        tokens += unit;
        end = edge;
    }
    if (last.at > start.at)
        chunks.push({ start: start.at, end: last.at, whole: start.kind === 'top' && last.kind === 'top' });
    return chunks;
}
/** The chunk texts of a Markdown text; concatenated they give the text back exactly. */
function chunkMarkdown(text, budget) {
    const doc = parseDoc(text);
    return planChunks(doc, budget).map((c) => text.slice(c.start, c.end));
}
function blockSignature(node) {
    switch (node.type) {
        case 'heading':
            return `heading ${node.depth}`;
        case 'list':
            return `${node.ordered ? 'ordered' : 'bullet'} list of ${node.children.length}`;
        case 'listItem':
            return node.checked === null || node.checked === undefined
                ? 'item'
                : `task ${node.checked ? 'done' : 'open'}`;
        case 'table':
            return `table ${node.children.map((row) => row.children.length).join('/')}`;
        case 'paragraph':
        case 'blockquote':
        case 'code':
        case 'html':
        case 'thematicBreak':
        case 'definition':
        case 'footnoteDefinition':
            return node.type;
        default:
            return undefined;
    }
}
function htmlTags(value) {
    const ranges = [];
    (0,protect/* htmlTagRanges */.My)(value, 0, value.length, ranges);
    return ranges.map(([a, b]) => value.slice(a, b));
}
function structureOf(markdown) {
    return structureOfTree((0,protect/* parseMarkdown */.Dd)(markdown));
}
/** The structure of an already parsed document (the source is parsed once, for protection too). */
function structureOfTree(tree) {
    const s = {
        blocks: [],
        headings: [],
        code: [],
        inlineCode: [],
        targets: [],
        definitions: [],
        references: [],
        html: [],
        images: 0,
        prose: 0,
    };
    const visit = (n, inBlock) => {
        const signature = inBlock ? undefined : blockSignature(n);
        if (signature)
            s.blocks.push(signature);
        switch (n.type) {
            case 'heading':
                s.headings.push(n.depth);
                break;
            case 'code':
                s.code.push(`${n.lang ?? ''}\n${n.value}`);
                return;
            case 'inlineCode':
                s.inlineCode.push(n.value);
                return;
            case 'html':
                s.html.push(...htmlTags(n.value));
                return;
            case 'text':
                s.prose += n.value.length;
                return;
            case 'image':
                s.images++;
                s.targets.push(n.url);
                return;
            case 'link':
                s.targets.push(n.url);
                break;
            case 'definition':
                s.definitions.push(`${n.identifier} ${n.url} ${n.title ?? ''}`);
                return;
            case 'linkReference':
            case 'imageReference':
                s.references.push(n.identifier);
                break;
        }
        // Inside a paragraph, heading or table the rest is inline: only the skeleton above it counts.
        const inline = inBlock || ['paragraph', 'heading', 'tableCell'].includes(n.type);
        if ('children' in n)
            for (const c of n.children)
                visit(c, inline);
    };
    visit(tree, false);
    for (const list of [s.targets, s.definitions, s.references, s.html, s.inlineCode])
        list.sort();
    return s;
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function firstBlockDifference(before, after) {
    const i = before.findIndex((b, k) => b !== after[k]);
    if (i === -1 && before.length === after.length)
        return undefined;
    const at = i === -1 ? before.length : i;
    return `block ${at + 1} was ${before[at] ?? 'absent'}, became ${after[at] ?? 'absent'} (${before.length} blocks before, ${after.length} after)`;
}
/** Prose may shrink (into CJK) or grow (out of it), but not to a fifth or five times over. */
const PROSE_RATIO = { min: 0.2, max: 5, from: 200 };
/** The first structural difference between a text and its translation, or undefined. */
function compareStructure(before, after) {
    if (before.code.length !== after.code.length)
        return `code blocks: ${before.code.length} before, ${after.code.length} after`;
    if (before.code.some((c, i) => c !== after.code[i]))
        return 'a code block changed';
    if (!sameList(before.targets, after.targets))
        return 'link or image targets changed';
    if (before.headings.join() !== after.headings.join())
        return `headings: levels ${before.headings.join(',') || 'none'} became ${after.headings.join(',') || 'none'}`;
    const blocks = firstBlockDifference(before.blocks, after.blocks);
    if (blocks)
        return `the block structure changed: ${blocks}`;
    if (!sameList(before.inlineCode, after.inlineCode))
        return 'inline code changed';
    if (!sameList(before.definitions, after.definitions))
        return 'link reference definitions changed';
    if (!sameList(before.references, after.references))
        return 'reference links changed';
    if (!sameList(before.html, after.html))
        return 'HTML tags changed';
    if (before.images !== after.images)
        return `images: ${before.images} before, ${after.images} after`;
    if (before.prose >= PROSE_RATIO.from) {
        const ratio = after.prose / before.prose;
        if (ratio < PROSE_RATIO.min || ratio > PROSE_RATIO.max)
            return `the prose went from ${before.prose} to ${after.prose} characters`;
    }
    return undefined;
}
/** The check for a piece cut out of a block: it may parse differently alone, so lines and length. */
function comparePiece(before, after) {
    const lines = (t) => t.split('\n').length;
    if (lines(before) !== lines(after))
        return `lines: ${lines(before)} before, ${lines(after)} after`;
    if (before.length >= PROSE_RATIO.from) {
        const ratio = after.length / before.length;
        if (ratio < PROSE_RATIO.min || ratio > PROSE_RATIO.max)
            return `the text went from ${before.length} to ${after.length} characters`;
    }
    return undefined;
}
function markdownPrompt(language) {
    return [
        `Translate the Markdown document fragment into ${language}.`,
        `Target language: ${language}`,
        'Keep the Markdown structure exactly: the same headings and levels, lists, tables, emphasis, line breaks and blank lines.',
        'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
        'Answer with the translated fragment only, without any comment or code fence around it.',
    ].join('\n');
}
/** One chunk, protected, translated, restored and checked; one retry when a check failed. */
async function translateChunk(job, chunk, budget) {
    const source = job.doc.text.slice(chunk.start, chunk.end);
    const guarded = (0,protect/* protectRanges */.KD)(job.doc.text, job.doc.ranges, chunk.start, chunk.end);
    if (!/\p{L}/u.test(guarded.text.replace(/⟦\d+⟧/g, '')))
        return source;
    const leading = /^\s*/.exec(guarded.text)[0];
    const trailing = /\s*$/.exec(guarded.text.slice(leading.length))[0];
    const before = chunk.whole ? structureOf(source) : undefined;
    let problem = '';
    for (let attempt = 0; attempt < 2; attempt++) {
        let answer;
        try {
            answer = await job.llm.complete(markdownPrompt(job.language), guarded.text.trim());
        }
        catch (error) {
            if (!(error instanceof core_llm/* TruncatedError */.DF))
                throw error;
            return translateSmaller(job, chunk, budget);
        }
        try {
            const restored = leading + (0,protect/* restore */.PF)(answer.trim(), guarded.slots) + trailing;
            const difference = before
                ? compareStructure(before, structureOf(restored))
                : comparePiece(source, restored);
            if (!difference)
                return restored;
            problem = difference;
        }
        catch (error) {
            if (!(error instanceof protect/* PlaceholderError */.ik))
                throw error;
            problem = 'code, links, mentions or references were lost';
        }
    }
    throw new StructureError(problem, `the translation broke the document's structure twice (${problem})`);
}
/** An answer cut at the output limit: the same text again in pieces of half the budget. */
async function translateSmaller(job, chunk, budget) {
    const half = Math.floor(budget / 2);
    const pieces = half >= 16 ? planChunks(job.doc, half, chunk.start, chunk.end) : [];
    if (pieces.length < 2) {
        const tokens = sentTokens(job.doc, chunk.start, chunk.end);
        throw new StructureError('length', `the model's answer was cut at its output limit even for a piece of about ${tokens} tokens that cannot be split further`);
    }
    job.log?.info(`${job.name}: an answer was cut at the model's output limit; retrying in ${pieces.length} pieces.`);
    const parts = await Promise.all(pieces.map((p) => translateChunk(job, p, half)));
    return parts.join('');
}
/** The whole translation against its source, after the chunks were joined. */
function checkTranslation(file) {
    if (!file.source)
        return undefined;
    const { body } = splitFrontMatter(file.text);
    return compareStructure(file.source, structureOf(body));
}
/** Logs chunks done/total at every tenth of a long file. */
function progress(job, total) {
    let done = 0;
    const step = Math.max(1, Math.ceil(total / 10));
    return () => {
        done++;
        if (total >= 10 && (done % step === 0 || done === total))
            job.log?.info(`${job.name}: ${done}/${total} chunks translated`);
    };
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
    const job = { llm, language, doc: parseDoc(body), log: options.log, name: options.name ?? 'document' };
    const chunks = planChunks(job.doc, options.budget);
    const tick = progress(job, chunks.length);
    const translated = await Promise.all(chunks.map(async (c) => {
        const out = await translateChunk(job, c, options.budget);
        tick();
        return out;
    }));
    return {
        text: head + translated.join(''),
        chunks: chunks.length + (front !== undefined ? 1 : 0),
        source: structureOfTree(job.doc.tree),
    };
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
                    guarded.forEach((g, i) => (out[start + i] = (0,protect/* restore */.PF)(String(parsed[String(i)]), g.slots)));
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
        throw new StructureError('YAML', `not valid YAML: ${(0,github/* firstLine */.TM)(doc.errors[0])}`);
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
// EXTERNAL MODULE: ./src/core/regex.ts
var regex = __webpack_require__(576);
;// CONCATENATED MODULE: ./src/gpt-translate/paths.ts
// Which files `/gt INPUT OUTPUT LANG` reads and writes, and whether that is allowed: inside the
// repository, never under .github/, OUTPUT different from INPUT, supported types only. INPUT and
// OUTPUT are paths, comma lists of paths, or globs whose wildcards carry over (`docs/*.md` →
// `docs/*.ja.md`). Pure: the caller passes the repository's file list.



const TEXT_TYPES = ['.md', '.mdx', '.txt'];
const DATA_TYPES = ['.json', '.yml', '.yaml'];
function parseRequest(args) {
    const [inputs, outputs, language, ...extra] = args.split(/\s+/).filter(Boolean);
    if (inputs === undefined || outputs === undefined || language === undefined || extra.length)
        return {
            error: 'Usage: `/gt INPUT OUTPUT LANG`, e.g. `/gt README.md README.ja.md Japanese` or `/gt docs/*.md docs/*.zh.md zh`.',
        };
    return { inputs, outputs, language };
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
    // What GitHub refuses in a tree: `.git` components, control characters, a trailing slash.
    if (normal.split('/').some((c) => c.toLowerCase() === '.git'))
        return { error: `\`${path}\` is inside .git/, which no commit may hold.` };
    const control = [...normal].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);
    if (control || normal.endsWith('/') || normal === '.')
        return { error: `\`${path}\` is not a valid file path.` };
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
    // RE2, not RegExp: the glob comes from a comment, and a backtracking engine given many `*` and
    // a long path would take exponential time.
    const captures = (0,regex/* linearCaptures */.J5)(pattern);
    return (path) => {
        const groups = captures(path);
        if (!groups)
            return undefined;
        let i = 0;
        return output.replace(/\*\*\/|\*\*|\*/g, () => groups[i++] ?? '');
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
    for (const [i, inputPath] of inputs.entries()) {
        const outputPath = outputs[i]; // as many outputs as inputs (checked above)
        for (const p of [inputPath, outputPath]) {
            const checked = checkPath(p.replace(/\*\*?/g, 'x'));
            if (typeof checked !== 'string')
                return { error: checked.error.replace(p.replace(/\*\*?/g, 'x'), p) };
        }
        if (isGlob(inputPath)) {
            const map = globMapper(inputPath, outputPath);
            if (typeof map !== 'function')
                return map;
            const matched = repoFiles.filter((f) => map(f) !== undefined && map(f) !== f);
            if (!matched.length)
                return { error: `No file matches \`${inputPath}\`.` };
            for (const f of matched)
                pairs.push({ input: f, output: map(f) });
        }
        else {
            if (isGlob(outputPath))
                return { error: `OUTPUT \`${outputPath}\` is a pattern but INPUT \`${inputPath}\` is not.` };
            const input = checkPath(inputPath);
            if (!files.has(input))
                return { error: `\`${input}\` does not exist.` };
            pairs.push({ input, output: checkPath(outputPath) });
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

// EXTERNAL MODULE: ./src/gpt-translate/part.ts
var part = __webpack_require__(9501);
;// CONCATENATED MODULE: ./src/gpt-translate/run.ts
// gpt-translate: `/gt INPUT OUTPUT LANG` (or `/gpt-translate …`) in a comment translates documents
// and commits the result. On an issue: one branch, one commit with every file, one PR linking the
// issue. On a same-repository PR: one commit on its head branch. On a fork PR: a commit only when
// the author allows maintainer edits. Files are read through the API (never checked out or run)
// and written through the Git Data API (blobs, tree, commit, ref), so many files make one commit.
//
// The run is a pipeline: limits → read → translate → check → write → reply. Everything that can
// refuse (permission, paths, symlinks, sizes) is decided before the first model call, and every
// write is decided against what a previous delivery of the same comment already left: the reply
// (marked with the comment id), the branch `bosun/gt-<comment id>` and its PR, or the commit with
// the comment id in its trailer.












const COMMANDS = new Set(part/* part */.y.commands);
/** A dry run's writes return nothing; later steps refer to this instead of a real SHA. */
const DRY_RUN_SHA = 'dry-run';
class Refusal extends Error {
}
// ---- limits ------------------------------------------------------------------------------------
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
const isRegularFile = (e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755');
const kindOf = (e) => e.mode === '120000' ? 'a symbolic link' : e.type === 'commit' ? 'a submodule' : 'a directory';
/**
 * Symlinks and submodules are neither read nor overwritten: a symlink would make `/gt` read what
 * it points at (even under .github/), and the size checked would be the link's.
 */
function refuseSpecialEntries(request, pairs, tree) {
    const byPath = new Map(tree.filter((e) => e.path).map((e) => [e.path, e]));
    for (const input of request.inputs.split(',')) {
        const entry = byPath.get(input.replace(/^\.\//, ''));
        if (entry && !isRegularFile(entry))
            return `\`${input}\` is ${kindOf(entry)}; \`/gt\` translates regular files only.`;
    }
    for (const { output } of pairs) {
        const entry = byPath.get(output);
        if (entry && !isRegularFile(entry))
            return `\`${output}\` is ${kindOf(entry)}; \`/gt\` writes regular files only.`;
        const parts = output.split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = byPath.get(parts.slice(0, i).join('/'));
            if (parent && parent.type !== 'tree')
                return `\`${output}\` cannot be written: \`${parent.path}\` is ${parent.type === 'blob' && isRegularFile(parent) ? 'a file' : kindOf(parent)}.`;
        }
    }
    return undefined;
}
async function limits(run, config, command, ids) {
    const request = parseRequest(command.args);
    if ('error' in request)
        throw new Refusal(request.error);
    const where = await place(run, ids.number, ids.isPull);
    const { data: tree } = await run.github.rest.git.getTree({
        ...where.repo,
        tree_sha: where.headSha,
        recursive: 'true',
    });
    const files = tree.tree.filter(isRegularFile);
    const pairs = resolvePairs(request, files.map((e) => e.path));
    if ('error' in pairs) {
        throw new Refusal(refuseSpecialEntries(request, [], tree.tree) ?? pairs.error);
    }
    const special = refuseSpecialEntries(request, pairs, tree.tree);
    if (special)
        throw new Refusal(special);
    if (pairs.length > config.gptTranslate.maxFiles)
        throw new Refusal(`That is ${pairs.length} files; at most ${config.gptTranslate.maxFiles} per command here (config \`gpt-translate.max-files\`).`);
    const sizes = new Map(files.map((e) => [e.path, e.size ?? 0]));
    const bytes = pairs.reduce((n, p) => n + (sizes.get(p.input) ?? 0), 0);
    if (bytes > config.gptTranslate.maxBytes)
        throw new Refusal(`Those files hold ${bytes} bytes; at most ${config.gptTranslate.maxBytes} per command here (config \`gpt-translate.max-bytes\`).`);
    const llm = new core_llm/* Llm */.Oi({
        apiKey: run.ctx.inputs.openaiApiKey,
        baseUrl: run.ctx.inputs.openaiBaseUrl,
        model: run.ctx.inputs.model || config.translate.model,
        log: run.log,
    });
    return { run, config, ...ids, request, where, treeSha: tree.sha, pairs, llm };
}
// ---- read, translate, check ---------------------------------------------------------------------
async function read(plan) {
    return Promise.all(plan.pairs.map(async (pair) => {
        const { data } = await plan.run.github.rest.repos.getContent({
            ...plan.where.repo,
            path: pair.input,
            ref: plan.where.headSha,
            mediaType: { format: 'raw' },
        });
        // format: 'raw' answers the file's text; Octokit types the JSON form.
        return { pair, source: data };
    }));
}
function translateFile(plan, path, text) {
    const { llm, request, config } = plan;
    const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
    if (ext === '.json')
        return translateJson(llm, request.language, text);
    if (DATA_TYPES.includes(ext))
        return translateYaml(llm, request.language, text);
    return translateMarkdown(llm, request.language, text, {
        budget: chunkBudget(llm.model, config.gptTranslate.chunkTokens),
        frontMatterKeys: config.gptTranslate.frontMatterKeys,
        log: plan.run.log,
        name: path,
    });
}
async function translate(plan, sources) {
    return Promise.all(sources.map(async ({ pair, source }) => {
        try {
            return { pair, source, out: await translateFile(plan, pair.input, source) };
        }
        catch (error) {
            if (error instanceof StructureError)
                throw new Refusal(`\`${pair.input}\`: ${error.message}. Nothing was committed.`);
            throw error;
        }
    }));
}
/** The whole documents against their sources, once more, before anything is written. */
function check(results) {
    for (const r of results) {
        const difference = checkTranslation(r.out);
        if (difference)
            throw new Refusal(`\`${r.pair.input}\`: the translation does not match the document (${difference}). Nothing was committed.`);
    }
}
// ---- write -------------------------------------------------------------------------------------
const branchFor = (commentId) => `bosun/gt-${commentId}`;
const trailerFor = (commentId) => `Bosun-Gt-Comment: ${commentId}`;
const files = (pairs) => pairs.map((p) => p.output);
function commitMessage(plan) {
    const out = files(plan.pairs);
    return `docs: translate ${out.length === 1 ? out[0] : `${out.length} files`} into ${plan.request.language}\n\nRequested by @${plan.actor} in #${plan.number} (/gt).\n\n${trailerFor(plan.commentId)}`;
}
async function createCommit(plan, results) {
    const gh = plan.run.github;
    const repo = plan.where.repo;
    const blobs = await Promise.all(results.map((r) => gh.rest.git.createBlob({ ...repo, content: r.out.text, encoding: 'utf-8' })));
    const { data: tree } = await gh.rest.git.createTree({
        ...repo,
        base_tree: plan.treeSha,
        tree: results.map((r, i) => ({
            path: r.pair.output,
            mode: '100644',
            type: 'blob',
            sha: blobs[i]?.data?.sha ?? DRY_RUN_SHA,
        })),
    });
    const { data: commit } = await gh.rest.git.createCommit({
        ...repo,
        message: commitMessage(plan),
        tree: tree?.sha ?? DRY_RUN_SHA,
        parents: [plan.where.headSha],
    });
    return commit?.sha ?? DRY_RUN_SHA;
}
/** The PR a previous delivery opened from this comment's branch, if any. */
async function existingPull(plan) {
    const { data } = await plan.run.github.rest.pulls.list({
        ...plan.where.repo,
        head: `${plan.where.repo.owner}:${branchFor(plan.commentId)}`,
        state: 'all',
    });
    return data[0]?.number;
}
async function branchExists(plan) {
    try {
        await plan.run.github.rest.git.getRef({ ...plan.where.repo, ref: `heads/${branchFor(plan.commentId)}` });
        return true;
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 404)
            return false;
        throw error;
    }
}
async function openPull(plan) {
    const existing = await existingPull(plan);
    if (existing)
        return `opened #${existing}`;
    const pairs = plan.pairs.map((p) => `\`${p.input}\` → \`${p.output}\``).join(', ');
    const { data: pr } = await plan.run.github.rest.pulls.create({
        ...plan.where.repo,
        head: branchFor(plan.commentId),
        base: plan.where.branch,
        title: `docs: translate into ${plan.request.language}`,
        body: `Translates ${pairs} into ${plan.request.language}.\n\nRequested in #${plan.number} by @${plan.actor}.`,
    });
    return pr ? `opened #${pr.number}` : 'would open a PR (dry run)';
}
/** A commit on the PR's head branch made by an earlier delivery of this comment. */
async function existingCommit(plan) {
    const { data } = await plan.run.github.rest.pulls.listCommits({
        ...plan.run.repo,
        pull_number: plan.number,
        per_page: 100,
    });
    const trailer = trailerFor(plan.commentId);
    return data.find((c) => c.commit.message.split('\n').includes(trailer))?.sha;
}
const toIssue = {
    async done(plan) {
        return (await branchExists(plan)) ? openPull(plan) : undefined;
    },
    async write(plan, results) {
        const sha = await createCommit(plan, results);
        try {
            await plan.run.github.rest.git.createRef({
                ...plan.where.repo,
                ref: `refs/heads/${branchFor(plan.commentId)}`,
                sha,
            });
        }
        catch (error) {
            // A concurrent delivery of the same comment created it first: its PR is the answer.
            if ((0,github/* httpStatus */.nG)(error) !== 422)
                throw error;
        }
        return openPull(plan);
    },
};
const toPullHead = {
    async done(plan) {
        const sha = await existingCommit(plan);
        return sha ? `committed ${sha.slice(0, 7)} to \`${plan.where.branch}\`` : undefined;
    },
    async write(plan, results) {
        const sha = await createCommit(plan, results);
        try {
            await plan.run.github.rest.git.updateRef({
                ...plan.where.repo,
                ref: `heads/${plan.where.branch}`,
                sha,
                force: false,
            });
        }
        catch (error) {
            if ((0,github/* httpStatus */.nG)(error) === 422)
                throw new Refusal('The branch moved while I was translating; run `/gt` again.');
            throw error;
        }
        return `committed ${sha.slice(0, 7)} to \`${plan.where.branch}\``;
    },
};
/** Where the translation goes, by where the command was written. */
const WRITERS = { issue: toIssue, pull: toPullHead, fork: toPullHead };
// ---- reply -------------------------------------------------------------------------------------
const replyMarker = (commentId) => (0,writes/* marker */.xL)(`gpt-translate:${commentId}`);
/** Whether the token's own user already answered this comment (a re-delivered event). */
async function answered(run, number, commentId, viewer) {
    const tag = replyMarker(commentId);
    for await (const page of run.github.paginate.iterator(run.github.rest.issues.listComments, {
        ...run.repo,
        issue_number: number,
        per_page: 100,
    })) {
        if (page.data.some((c) => (0,permissions/* sameLogin */.Up)(c.user?.login ?? '', viewer) && c.body?.includes(tag)))
            return true;
    }
    return false;
}
function summary(plan, results, link, started) {
    const { llm } = plan;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const chunks = results.reduce((n, r) => n + r.out.chunks, 0);
    const lines = results.map((r) => `- \`${r.pair.input}\` → \`${r.pair.output}\``);
    plan.run.report.sections.push(`gpt-translate: ${results.length} file(s), ${chunks} chunk(s), ${llm.usage.calls} model call(s), ${seconds} s.`);
    return `${link}: translated ${results.length} file(s) into ${plan.request.language}.\n\n${lines.join('\n')}\n\n${chunks} chunk(s), ${llm.usage.calls} model call(s), ${llm.usage.promptTokens + llm.usage.completionTokens} tokens (${llm.usage.promptTokens} prompt, ${llm.usage.completionTokens} completion), ${seconds} s, model ${llm.model}.`;
}
// ---- the pipeline ------------------------------------------------------------------------------
async function gptTranslate(run) {
    const { eventName, payload } = run.ctx;
    if (eventName !== 'issue_comment' || payload.action !== 'created')
        return run.report.skip(`gpt-translate reads new comments, not ${eventName} ${payload.action ?? ''}`);
    if (run.skipBotSender())
        return;
    const body = String(payload.comment?.body ?? '');
    if ((0,loop_guard/* isBosunText */.Rt)(body))
        return run.report.skip('text written by bosun');
    const [command] = (0,commands/* parseCommands */.Gr)(body).filter((c) => COMMANDS.has(c.name));
    if (!command)
        return run.report.skip('no /gt command');
    const [issue, comment] = [(0,core_payload/* carried */.L)(payload.issue, 'issue'), (0,core_payload/* carried */.L)(payload.comment, 'comment')];
    const ids = {
        number: Number(issue.number),
        isPull: !!issue.pull_request,
        actor: String(comment.user?.login ?? ''),
        commentId: Number(comment.id),
    };
    const reply = async (text, ok) => {
        await (0,writes/* react */.wv)(run.github, run.repo, { kind: 'issue_comment', id: ids.commentId }, ok ? '+1' : 'confused');
        await run.github.rest.issues.createComment({
            ...run.repo,
            issue_number: ids.number,
            body: `${replyMarker(ids.commentId)}\n@${ids.actor} ${text}`,
        });
        run.report.result.comments.push(ok ? 'gpt-translate result' : 'gpt-translate refusal');
    };
    const { config, viewer } = await run.preflight();
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    if (await answered(run, ids.number, ids.commentId, viewer))
        return run.report.skip(`comment ${ids.commentId} was already answered (a re-delivered event)`);
    if (!(await run.permissions.isCollaborator(ids.actor)))
        return reply('`/gt` is for collaborators (write access or above).', false);
    if (!run.ctx.inputs.openaiApiKey) {
        run.log.notice('gpt-translate: no openai-api-key; nothing translated.');
        return reply('translation is not set up here: the workflow passes no `openai-api-key`.', false);
    }
    const started = Date.now();
    try {
        const plan = await limits(run, config, command, ids);
        const writer = WRITERS[plan.where.kind];
        const earlier = await writer.done(plan);
        if (earlier) {
            run.report.result.files.push(...files(plan.pairs));
            return reply(`${earlier}: this comment was already translated.`, true);
        }
        const results = await translate(plan, await read(plan));
        check(results);
        const link = await writer.write(plan, results);
        run.report.result.files.push(...files(plan.pairs));
        await reply(summary(plan, results, link, started), true);
    }
    catch (error) {
        if (error instanceof Refusal)
            return reply(error.message, false);
        await reply(`the translation failed: ${(0,github/* firstLine */.TM)(error)}. Nothing was committed.`, false);
        throw error;
    }
}
const entry = { name: 'gpt-translate', body: gptTranslate };
const run = () => (0,action/* runEntry */.CN)(entry);


/***/ })

};
