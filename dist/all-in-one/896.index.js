export const id = 896;
export const ids = [896];
export const modules = {

/***/ 896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROUTES: () => (/* reexport */ src_parts/* ROUTES */.bw),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
;// CONCATENATED MODULE: ./src/part-entries.ts
const ENTRIES = {
    'command-dispatch': async () => (await Promise.all(/* import() */[__webpack_require__.e(855), __webpack_require__.e(340), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 745))).entry,
    'label-policy': async () => (await Promise.all(/* import() */[__webpack_require__.e(855), __webpack_require__.e(6), __webpack_require__.e(340), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 4500))).entry,
    'auto-merge': async () => (await Promise.all(/* import() */[__webpack_require__.e(855), __webpack_require__.e(6), __webpack_require__.e(192)]).then(__webpack_require__.bind(__webpack_require__, 5192))).entry,
    'issue-translate': async () => (await Promise.all(/* import() */[__webpack_require__.e(855), __webpack_require__.e(872), __webpack_require__.e(337), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 8986))).entry,
    'gpt-translate': async () => (await Promise.all(/* import() */[__webpack_require__.e(855), __webpack_require__.e(6), __webpack_require__.e(872), __webpack_require__.e(337), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 4192))).entry,
};

// EXTERNAL MODULE: ./src/parts.ts + 4 modules
var src_parts = __webpack_require__(5551);
;// CONCATENATED MODULE: ./src/all-in-one/run.ts
// The all-in-one action: routes each event to every part that handles it, in one job. The parts
// share one client, one preflight and one permission cache (core/action.ts), so a part that finds
// nothing to do costs no request the part doing the work has not already made.






async function run() {
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    const parts = src_parts/* ROUTES */.bw[event] ?? [];
    if (!parts.length)
        core/* info */.pq(`bosun: nothing handles ${event} events.`);
    // One `result` for the step: every part's result, in the order they ran.
    const results = [];
    (0,report/* collectResults */.n)((r) => results.push(r));
    await (0,action/* shareOneEvent */.yM)(async () => {
        for (const part of parts) {
            core/* startGroup */.Oh(`bosun ${part}`);
            try {
                // Each part reports its own failure (setFailed) and the others still run.
                await (0,action/* runEntry */.CN)(await ENTRIES[part]());
            }
            finally {
                core/* endGroup */.N4();
            }
        }
    });
    (0,report/* collectResults */.n)(undefined);
    // `notImplemented` stays in the output (always empty now) for workflows that read it.
    core/* setOutput */.uH('result', JSON.stringify({ action: 'all-in-one', event, parts: results, notImplemented: [] }));
}


/***/ }),

/***/ 3501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CN: () => (/* binding */ runEntry),
  yM: () => (/* binding */ shareOneEvent)
});

// UNUSED EXPORTS: ActionRun, describeError, runAction

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var config = __webpack_require__(4024);
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

// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
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

// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/unknown.ts
var unknown = __webpack_require__(3317);
;// CONCATENATED MODULE: ./src/core/preflight.ts
// One GraphQL request at the start of a run that has work to do: the config file from the default
// branch, the token's own login (for the loop guard), whether the labels the event names exist, and
// whatever small reads the action adds (other files, search counts). Facts that would otherwise cost
// a REST request each.


const stringOrUndefined = (value) => typeof value === 'string' ? value : undefined;
function checkConfigPath(path) {
    if (!path || path.startsWith('/') || path.split('/').includes('..')) {
        throw new config/* ConfigError */.xL(path, ['config-path must be a relative path inside the repository']);
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
    names.forEach((n, i) => labels.set(n, stringOrUndefined((0,unknown/* member */.D)(repository[`l${i}`], 'name'))));
    return {
        viewer: data.viewer.login,
        config: typeof text === 'string' ? (0,config/* parseConfig */.o4)(text, configPath) : (0,config/* resolveConfig */.pE)({}),
        labels,
        files: Object.fromEntries(fileAliases.map((a) => [a, stringOrUndefined((0,unknown/* member */.D)(repository[`f_${a}`], 'text'))])),
        counts: Object.fromEntries(countAliases.map((a) => [a, Number((0,unknown/* member */.D)(data[`c_${a}`], 'issueCount') ?? 0)])),
        repository,
        root: data,
    };
}

// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/report.ts
var report = __webpack_require__(8557);
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
        this.report = new report/* Report */.p(name, ctx.eventName, ctx.inputs.dryRun);
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
            client = (0,github/* createGitHubClient */.LX)({
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
        this.shared.permissionResolver ??= new permissions/* PermissionResolver */.m_(this.github, this.repo);
        return this.shared.permissionResolver;
    }
    /**
     * Loop guard, part two: whether the event was sent by the token's own user (a bot account that
     * is a plain user, e.g. with a personal access token). Answered by the preflight request.
     */
    async sentBySelf() {
        const sender = this.ctx.sender?.login;
        return !!sender && (0,permissions/* sameLogin */.Up)((await this.preflight()).viewer, sender);
    }
    /** Loop guard, part one: free, so it runs before anything else. */
    skipBotSender() {
        if ((0,loop_guard/* isBotAccount */.RS)(this.ctx.sender)) {
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
        const message = (0,github/* describeError */.Uc)(error);
        if (run)
            run.report.result.error = message;
        core/* setFailed */.C1(message);
        if (!(error instanceof config/* ConfigError */.xL))
            core/* debug */.Yz(String(error?.stack ?? error));
    }
    finally {
        if (run) {
            run.finish();
            await run.report.publish();
        }
    }
}


/***/ }),

/***/ 4024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  o4: () => (/* binding */ parseConfig),
  pE: () => (/* binding */ resolveConfig)
});

// UNUSED EXPORTS: DEFAULT_WELCOME_ISSUE, DEFAULT_WELCOME_PR, describeProblems

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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

// EXTERNAL MODULE: ./src/core/regex.ts
var core_regex = __webpack_require__(576);
// EXTERNAL MODULE: ./src/core/github.ts
var github = __webpack_require__(5108);
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
        ajv.addFormat('regex', (text) => (0,core_regex/* regexProblem */.Hs)(text) === undefined);
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
            const reason = (0,core_regex/* regexProblem */.Hs)(String(e.data));
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
        throw new ConfigError(path, doc.errors.map((e) => `YAML ${e.linePos ? `line ${e.linePos[0].line}` : ''}: ${(0,github/* firstLine */.TM)(e.message)}`));
    }
    const raw = doc.toJS() ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new ConfigError(path, ['(top level): must be a mapping']);
    const errors = validate(raw);
    if (errors.length)
        throw new ConfigError(path, describeProblems(errors));
    return resolveConfig(raw, path); // the schema accepted it
}


/***/ }),

/***/ 5108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony export isWrite */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
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
    const unspaced = () => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 8, minTime: 0 });
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
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
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    if (options.bulk) {
        const pace = new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default())({ maxConcurrent: 1, minTime: 1000 });
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
function httpStatus(error) {
    return error?.status;
}
/**
 * GitHub answered and said no (a 4xx: a bad assignee, a protected branch): the request failed, the
 * run did its job. Anything else (an outage, a bug of ours) is not a refusal and fails the step.
 */
function isRefusal(error) {
    const status = httpStatus(error);
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


/***/ }),

/***/ 185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ actorLogin),
/* harmony export */   RS: () => (/* reexport safe */ _quick_exit_js__WEBPACK_IMPORTED_MODULE_1__.RS),
/* harmony export */   Rt: () => (/* binding */ isBosunText)
/* harmony export */ });
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5399);
/* harmony import */ var _quick_exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4875);
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
    return !!body && body.includes(_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .BOSUN_MARKER_PREFIX */ .wb);
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ loadOwners),
/* harmony export */   MX: () => (/* binding */ normLogin),
/* harmony export */   Vk: () => (/* binding */ withAccessOnly)
/* harmony export */ });
/* unused harmony exports OwnersError, parseAliases, parseOwners, ancestorDirs, OwnersTree */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(576);
/* harmony import */ var _unknown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3317);
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
    const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    const aliases = new Map();
    for (const [name, members] of Object.entries((0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(raw, 'aliases') ?? {}))
        aliases.set(normLogin(name), lowerList(members));
    return aliases;
}
function parseOwners(text, dir, aliases = new Map()) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    }
    catch (error) {
        throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS is not valid YAML: ${error.message}`);
    }
    const entry = (r) => {
        const labels = (0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(r, 'labels');
        return {
            approvers: expand(lowerList((0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(r, 'approvers')), aliases),
            reviewers: expand(lowerList((0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(r, 'reviewers')), aliases),
            labels: Array.isArray(labels) ? labels.map(String) : [],
        };
    };
    const filters = [];
    for (const [pattern, value] of Object.entries((0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(raw, 'filters') ?? {})) {
        try {
            filters.push({ pattern: (0,_regex_js__WEBPACK_IMPORTED_MODULE_2__/* .linearRegex */ .t$)(pattern), ...entry(value) });
        }
        catch (error) {
            if (!(error instanceof _regex_js__WEBPACK_IMPORTED_MODULE_2__/* .RegexError */ .qh))
                throw error;
            throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS has an invalid filter regex ${JSON.stringify(pattern)} (RE2 syntax): ${error.message}`);
        }
    }
    return {
        dir,
        noParentOwners: (0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)((0,_unknown_js__WEBPACK_IMPORTED_MODULE_1__/* .member */ .D)(raw, 'options'), 'no_parent_owners') === true,
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


/***/ }),

/***/ 7359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ meetsLevel),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   m_: () => (/* binding */ PermissionResolver),
/* harmony export */   uH: () => (/* binding */ describeLevel)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5108);
/* harmony import */ var _owners_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(255);


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
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
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
            if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
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
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
                    return false;
                // The check needs push access (and read:org for classic tokens, `members` for Apps).
                // Without it, the permission API still tells "none" (no access) from the rest.
                if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 403)
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
    const login = (0,_owners_js__WEBPACK_IMPORTED_MODULE_1__/* .normLogin */ .MX)(actor);
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


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ regexProblem),
/* harmony export */   J5: () => (/* binding */ linearCaptures),
/* harmony export */   qh: () => (/* binding */ RegexError),
/* harmony export */   t$: () => (/* binding */ linearRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
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
        compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
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
    const compiled = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
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


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ collectResults),
/* harmony export */   p: () => (/* binding */ Report)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
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
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('result', JSON.stringify(this.result));
        if (process.env.GITHUB_STEP_SUMMARY) {
            // write() appends to the file and clears the buffer, so each part adds its own section.
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(this.summaryMarkdown()).write();
        }
    }
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ member)
/* harmony export */ });
// Reading parsed input (YAML, JSON, a GraphQL answer's caller-specific parts) that has no type yet.
/** `value[key]` when `value` is an object (arrays included), else undefined: what `value?.[key]` reads. */
function member(value, key) {
    return typeof value === 'object' && value !== null ? value[key] : undefined;
}


/***/ }),

/***/ 5399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ statusDescription),
/* harmony export */   MX: () => (/* binding */ setCommitStatus),
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   S0: () => (/* binding */ upsertBotComment),
/* harmony export */   VM: () => (/* binding */ postReply),
/* harmony export */   tA: () => (/* binding */ removeLabel),
/* harmony export */   wb: () => (/* binding */ BOSUN_MARKER_PREFIX),
/* harmony export */   wv: () => (/* binding */ react),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony export findBotComment */
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5108);

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
        if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) !== 404)
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


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ part)
/* harmony export */ });
const part = {
    name: 'gpt-translate',
    events: { issue_comment: '`/gt`' },
    commands: ['gt', 'gpt-translate'],
};


/***/ }),

/***/ 5551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qv: () => (/* binding */ FOREIGN_COMMANDS),
  bw: () => (/* binding */ ROUTES)
});

// UNUSED EXPORTS: BUNDLES, PARTS, reasonFor

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

// EXTERNAL MODULE: ./src/gpt-translate/part.ts
var gpt_translate_part = __webpack_require__(9501);
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
const PARTS = [part_part, label_policy_part_part, issue_translate_part_part, gpt_translate_part/* part */.y, part];
/** Which parts handle which events, in the order they run. */
const ROUTES = (() => {
    const routes = {};
    for (const part of PARTS)
        for (const event of Object.keys(part.events))
            (routes[event] ??= []).push(part.name);
    return routes;
})();
/** Why `part` listens to `event`, in a few words. */
function reasonFor(part, event) {
    const events = PARTS.find((p) => p.name === part)?.events ?? {};
    return events[event];
}
/** Commands owned by a part other than command-dispatch: command-dispatch leaves them alone. */
const FOREIGN_COMMANDS = new Set(PARTS.flatMap((p) => ('commands' in p ? p.commands : [])));
/** Every bundle the build makes: one per part, and the all-in-one. */
const BUNDLES = [...PARTS.map((p) => p.name), 'all-in-one'];


/***/ })

};
