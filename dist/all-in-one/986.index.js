export const id = 986;
export const ids = [986];
export const modules = {

/***/ 8986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TRANSLATED_MARKER: () => (/* binding */ TRANSLATED_MARKER),
  WRITERS: () => (/* binding */ WRITERS),
  entry: () => (/* binding */ entry),
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
// EXTERNAL MODULE: ./src/core/payload.ts
var core_payload = __webpack_require__(9701);
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
    const primary = (tag) => (tag.split('-')[0] ?? '').toLowerCase();
    return primary(detected) === primary(target);
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
const languageName = (code) => LANGUAGE_NAMES[code.split('-')[0] ?? code] ?? code;
function sourceOf(eventName, payload) {
    const action = payload.action;
    const event = (0,core_payload/* eventOf */.A)(eventName, payload);
    const s = (v) => (typeof v === 'string' ? v : '');
    switch (event.name) {
        case 'issues':
            if (event.payload.action !== 'opened')
                return { skip: `issues ${action}` };
            return {
                kind: 'issue',
                number: event.payload.issue.number,
                title: s(event.payload.issue.title),
                body: s(event.payload.issue.body),
            };
        case 'pull_request':
        case 'pull_request_target':
            if (event.payload.action !== 'opened')
                return { skip: `${eventName} ${action}` };
            return {
                kind: 'pull',
                number: event.payload.pull_request.number,
                title: s(event.payload.pull_request.title),
                body: s(event.payload.pull_request.body),
            };
        case 'issue_comment':
            if (event.payload.action !== 'created')
                return { skip: `issue_comment ${action}` };
            return {
                kind: 'comment',
                number: event.payload.issue.number,
                commentId: event.payload.comment.id,
                author: s(event.payload.comment.user?.login),
                body: s(event.payload.comment.body),
            };
        case 'discussion':
            if (event.payload.action !== 'created')
                return { skip: `discussion ${action}` };
            return {
                kind: 'discussion',
                nodeId: s(event.payload.discussion.node_id),
                title: s(event.payload.discussion.title),
                body: s(event.payload.discussion.body),
            };
        case 'discussion_comment':
            if (event.payload.action !== 'created')
                return { skip: `discussion_comment ${action}` };
            return {
                kind: 'discussion_comment',
                discussionId: s(event.payload.discussion.node_id),
                commentId: s(event.payload.comment.node_id),
                author: s(event.payload.comment.user?.login),
                body: s(event.payload.comment.body),
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
    return [...body.matchAll(MARKER_FIELDS)].map(([, key = '', author = '', calls]) => ({
        key,
        author,
        calls: Number(calls),
    }));
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
const entry = { name: 'issue-translate', body: translateIssue };
const run = () => (0,action/* runEntry */.CN)(entry);


/***/ })

};
