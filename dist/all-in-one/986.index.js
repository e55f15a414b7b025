export const id = 986;
export const ids = [986];
export const modules = {

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

/***/ 8986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRANSLATED_MARKER: () => (/* binding */ TRANSLATED_MARKER),
  run: () => (/* binding */ run),
  sourceOf: () => (/* binding */ sourceOf),
  systemPrompt: () => (/* binding */ systemPrompt),
  translateIssue: () => (/* binding */ translateIssue)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
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
// EXTERNAL MODULE: ./src/core/protect.ts
var protect = __webpack_require__(1036);
;// CONCATENATED MODULE: ./src/issue-translate/run.ts
// issue-translate: translates a new non-English issue, PR, comment, discussion or discussion comment
// through an OpenAI-compatible chat API. Code, links, mentions and #refs are protected by
// placeholders and put back byte for byte; bosun's own output carries a marker and is never
// translated again. Without an API key (forks get no secrets) it leaves a notice and writes nothing.






const TRANSLATED_MARKER = '<!-- bosun:translated -->';
const BODY_SEPARATOR = '<!-- bosun:body -->';
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
function systemPrompt(target) {
    return [
        `You translate GitHub issues and comments into ${languageName(target)}.`,
        `Target language: ${target}`,
        'Keep the Markdown structure exactly: headings, lists, task lists, tables, emphasis, line breaks.',
        'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
        'Text already in the target language stays as it is. Answer with the translation only.',
    ].join('\n');
}
async function translate(llm, target, title, body) {
    const text = title === undefined ? body : `${title}\n\n${BODY_SEPARATOR}\n\n${body}`;
    const guarded = (0,protect/* protect */.y)(text);
    const answer = await llm.complete(systemPrompt(target), guarded.text);
    const restored = (0,protect/* restore */.P)(answer.trim(), guarded.slots);
    if (title === undefined)
        return { body: restored };
    const [t, ...rest] = restored.split(BODY_SEPARATOR);
    return { title: t.trim(), body: rest.join(BODY_SEPARATOR).trim() };
}
async function translateIssue(run) {
    const source = sourceOf(run.ctx.eventName, run.ctx.payload);
    if ('skip' in source)
        return run.report.skip(source.skip);
    if (run.skipBotSender())
        return;
    if ((0,loop_guard/* isBosunText */.R)(source.body) || source.body.includes(TRANSLATED_MARKER))
        return run.report.skip('text written or translated by bosun');
    if (!run.ctx.inputs.openaiApiKey) {
        core/* notice */.lm('issue-translate: no openai-api-key (fork PRs and Dependabot get no secrets); nothing translated.');
        return run.report.skip('no OpenAI API key');
    }
    const title = 'title' in source ? source.title : undefined;
    const detection = await detectLanguage(`${title ?? ''}\n\n${source.body}`);
    if (!detection.language)
        return run.report.skip('too little prose to judge its language');
    const pre = await run.preflight();
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
    const { config } = pre;
    const target = config.translate.target;
    if (sameLanguage(detection.language, target))
        return run.report.skip(`already in ${target}`);
    const llm = new core_llm/* Llm */.O({
        apiKey: run.ctx.inputs.openaiApiKey,
        baseUrl: run.ctx.inputs.openaiBaseUrl,
        model: run.ctx.inputs.model || config.translate.model,
        log: run.log,
    });
    // Translate first: nothing is written unless the whole translation succeeded.
    const out = await translate(llm, target, title, source.body);
    const from = languageName(detection.language);
    const heading = `${TRANSLATED_MARKER}\n> Translated from ${from} to ${languageName(target)} by bosun (${llm.model}).`;
    const gh = run.github;
    const repo = run.repo;
    const edit = config.translate.mode === 'edit';
    const appended = (original, translated) => `${original}\n\n---\n${heading}\n\n${translated}`;
    switch (source.kind) {
        case 'issue':
        case 'pull':
            if (edit) {
                await gh.rest.issues.update({
                    ...repo,
                    issue_number: source.number,
                    body: appended(source.body, out.body),
                    ...(config.translate.modifyTitle && out.title ? { title: out.title } : {}),
                });
            }
            else {
                await gh.rest.issues.createComment({
                    ...repo,
                    issue_number: source.number,
                    body: `${heading}\n\n## ${out.title}\n\n${out.body}`,
                });
            }
            break;
        case 'comment':
            if (edit)
                await gh.rest.issues.updateComment({
                    ...repo,
                    comment_id: source.commentId,
                    body: appended(source.body, out.body),
                });
            else
                await gh.rest.issues.createComment({
                    ...repo,
                    issue_number: source.number,
                    body: `${heading} Comment by @${source.author}:\n\n${out.body}`,
                });
            break;
        case 'discussion':
            if (edit) {
                await gh.graphql(`mutation($id: ID!, $body: String!, $title: String) { updateDiscussion(input: { discussionId: $id, body: $body, title: $title }) { discussion { id } } }`, {
                    id: source.nodeId,
                    body: appended(source.body, out.body),
                    title: config.translate.modifyTitle ? out.title : undefined,
                });
            }
            else {
                await gh.graphql(`mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }`, {
                    id: source.nodeId,
                    body: `${heading}\n\n## ${out.title}\n\n${out.body}`,
                });
            }
            break;
        case 'discussion_comment':
            if (edit) {
                await gh.graphql(`mutation($id: ID!, $body: String!) { updateDiscussionComment(input: { commentId: $id, body: $body }) { comment { id } } }`, {
                    id: source.commentId,
                    body: appended(source.body, out.body),
                });
            }
            else {
                await gh.graphql(`mutation($id: ID!, $reply: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, replyToId: $reply, body: $body }) { comment { id } } }`, {
                    id: source.discussionId,
                    reply: source.commentId,
                    body: `${heading} Comment by @${source.author}:\n\n${out.body}`,
                });
            }
            break;
    }
    run.report.result.comments.push(edit ? 'translation appended' : 'translation posted');
    run.report.sections.push(`Translated ${source.kind.replace('_', ' ')} from ${from}: ${llm.usage.calls} model call(s), ${llm.usage.promptTokens} prompt and ${llm.usage.completionTokens} completion tokens.`);
}
const run = () => (0,action/* runAction */.Cs)('issue-translate', translateIssue);


/***/ })

};
