export const id = 762;
export const ids = [762];
export const modules = {

/***/ 1762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandSource: () => (/* binding */ commandSource),
  dispatch: () => (/* binding */ run_dispatch),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/github.ts
var core_github = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/core/action.ts + 3 modules
var action = __webpack_require__(3501);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(6650);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/labels.ts
var labels = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/core/loop-guard.ts
var loop_guard = __webpack_require__(185);
// EXTERNAL MODULE: ./src/core/permissions.ts
var permissions = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/core/writes.ts
var writes = __webpack_require__(5399);
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

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/command-dispatch/types.ts
const done = (note) => ({ ok: true, note });
const refuse = (reason) => ({ ok: false, reason });

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
            const names = (0,commands/* splitArgs */.sG)(ctx.args).map((n) => n.toLowerCase());
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/custom.ts
// Commands a repository defines in config (`commands.custom`): reply, labels, close, and
// workflow_dispatch with `key=value` arguments as inputs (only inputs the workflow declares).




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
function parseKeyValues(args) {
    const inputs = {};
    const invalid = [];
    for (const word of (0,commands/* splitArgs */.sG)(args)) {
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/.exec(word);
        if (m)
            inputs[m[1]] = m[2];
        else
            invalid.push(word);
    }
    return { inputs, invalid };
}
async function dispatch(ctx, spec) {
    const { github, repo } = ctx.run;
    const { inputs, invalid } = parseKeyValues(ctx.args);
    if (invalid.length)
        return refuse(`Arguments must be \`key=value\`; not understood: ${invalid.map((w) => `\`${w}\``).join(', ')}.`);
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
        if ((0,core_github/* httpStatus */.nG)(error) === 404)
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
function customCommand(name, def) {
    const effects = [
        def.reply ? 'replies' : '',
        def.labels?.length ? `adds ${def.labels.map((l) => `\`${l}\``).join(', ')}` : '',
        def.close ? 'closes the issue' : '',
        def.dispatch
            ? `starts workflow \`${def.dispatch.workflow}\` (\`key=value\` arguments become inputs)`
            : '',
    ].filter(Boolean);
    return {
        name,
        usage: def.dispatch ? '[key=value…]' : undefined,
        help: def.description ?? `Custom command: ${effects.join(', ') || 'does nothing'}.`,
        who: def.permission ?? 'collaborator',
        group: 'help',
        async run(ctx) {
            let note;
            if (def.dispatch) {
                const outcome = await dispatch(ctx, def.dispatch);
                if (!outcome.ok)
                    return outcome;
                note = outcome.note;
            }
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



/** Adds `prefix/value` for each argument; every label must exist first, or nothing is applied. */
async function applyPrefixed(ctx, prefix, remove) {
    const values = (0,commands/* splitArgs */.sG)(ctx.args);
    if (!values.length)
        return refuse(`Say which ${prefix}, e.g. \`/${remove ? 'remove-' : ''}${prefix} example\`.`);
    const wanted = values.map((v) => `${prefix}/${v}`);
    if (remove) {
        for (const label of wanted)
            await ctx.target.removeLabel(label);
        return done();
    }
    const found = await Promise.all(wanted.map((l) => (ctx.target.hasLabel(l) ? l : ctx.labels.find(l))));
    const unknown = wanted.filter((_l, i) => !found[i]);
    if (unknown.length) {
        const valid = await ctx.labels.withPrefix(`${prefix}/`);
        const list = valid.length
            ? valid.map((l) => `\`${l}\``).join(', ')
            : '(none are defined in this repository)';
        return refuse(`The label${unknown.length > 1 ? 's' : ''} ${unknown.map((l) => `\`${l}\``).join(', ')} ${unknown.length > 1 ? 'do' : 'does'} not exist. Valid ${prefix} labels: ${list}.`);
    }
    if (prefix === 'triage' &&
        found.some((l) => l.toLowerCase() === 'triage/accepted') &&
        !(await ctx.can('collaborator'))) {
        return refuse('Only collaborators may accept an issue (`triage/accepted`).');
    }
    await ctx.target.addLabels(found);
    return done();
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
        labelsNeeded: (args) => (0,commands/* splitArgs */.sG)(args).map((v) => `${prefix}/${v}`),
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
    async run({ target, args }) {
        const value = args.toLowerCase();
        if (!LIFECYCLES.includes(value))
            return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`);
        for (const other of LIFECYCLES.filter((l) => l !== value))
            await target.removeLabel(`lifecycle/${other}`);
        await target.addLabels([`lifecycle/${value}`]);
        return done();
    },
};
const removeLifecycle = {
    name: 'remove-lifecycle',
    usage: 'frozen|stale|rotten|active',
    help: 'Removes a `lifecycle/*` label.',
    who: 'anyone',
    group: 'triage',
    async run({ target, args }) {
        const value = args.toLowerCase();
        if (!LIFECYCLES.includes(value))
            return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`);
        await target.removeLabel(`lifecycle/${value}`);
        return done();
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
        run: async ({ target }) => (await target.addLabels([HELP_WANTED]), done()),
    },
    {
        name: 'remove-help',
        help: `Removes \`${HELP_WANTED}\` (and \`${GOOD_FIRST_ISSUE}\`).`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        async run({ target }) {
            await target.removeLabel(GOOD_FIRST_ISSUE);
            await target.removeLabel(HELP_WANTED);
            return done();
        },
    },
    {
        name: 'good-first-issue',
        help: `Adds \`${GOOD_FIRST_ISSUE}\` and \`${HELP_WANTED}\`.`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: async ({ target }) => (await target.addLabels([HELP_WANTED, GOOD_FIRST_ISSUE]), done()),
    },
    {
        name: 'remove-good-first-issue',
        help: `Removes \`${GOOD_FIRST_ISSUE}\`.`,
        who: 'anyone',
        group: 'triage',
        on: 'issue',
        run: async ({ target }) => (await target.removeLabel(GOOD_FIRST_ISSUE), done()),
    },
];
async function labelCommand(ctx, remove) {
    const name = ctx.args.trim();
    if (!name)
        return refuse('Say which label, e.g. `/label ready-to-deploy`.');
    const key = name.toLowerCase();
    if (labels/* PROTECTED_LABELS */.l6.includes(key))
        return refuse(`\`${name}\` is managed by \`/${key === 'lgtm' ? 'lgtm' : 'approve'}\`; it cannot be set with /label.`);
    const additional = ctx.config.labels.additional.find((l) => l.toLowerCase() === key);
    const restrictedKey = Object.keys(ctx.config.labels.restricted).find((l) => l.toLowerCase() === key);
    if (!additional && !restrictedKey) {
        const open = ctx.config.labels.additional;
        return refuse(`\`${name}\` cannot be set with /label.${open.length ? ` Anyone may use: ${open.map((l) => `\`${l}\``).join(', ')}.` : ' No labels are open to /label in this repository (config `labels.additional`).'}`);
    }
    if (restrictedKey) {
        const allowed = ctx.config.labels.restricted[restrictedKey].allowed;
        if (!(await (0,labels/* isAllowedFor */.EE)(ctx.run.github, ctx.actor, allowed)))
            return refuse(`Only ${allowed.join(', ')} may ${remove ? 'remove' : 'add'} \`${restrictedKey}\`.`);
    }
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
// GitHub silently drops assignees it cannot assign and refuses reviewers who are not collaborators:
// both are reported back as failures, never crashed on.




const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i;
function targets(ctx) {
    const names = (0,commands/* userArgs */.nY)(ctx.args);
    const logins = names.length ? names : [ctx.actor];
    return {
        logins: logins.filter((l) => VALID_LOGIN.test(l)),
        invalid: logins.filter((l) => !VALID_LOGIN.test(l)),
    };
}
async function othersAllowed(ctx, logins) {
    return logins.every((l) => (0,permissions/* sameLogin */.Up)(l, ctx.actor)) || (await ctx.can('collaborator'));
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
    const dropped = logins.filter((l) => !now.some((a) => (0,permissions/* sameLogin */.Up)(a, l)));
    if (dropped.length)
        return refuse(`GitHub did not assign ${list(dropped)}: they may not exist or may lack access to this repository.`);
    return done();
}
async function cc(ctx, remove) {
    const { logins, invalid } = targets(ctx);
    if (invalid.length)
        return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`);
    if (logins.some((l) => (0,permissions/* sameLogin */.Up)(l, ctx.target.author)) && !remove) {
        return refuse('The author of a pull request cannot be requested as its reviewer.');
    }
    const { github, repo } = ctx.run;
    const params = { ...repo, pull_number: ctx.target.number, reviewers: logins };
    try {
        if (remove)
            await github.rest.pulls.removeRequestedReviewers(params);
        else
            await github.rest.pulls.requestReviewers(params);
    }
    catch (error) {
        if ((0,core_github/* httpStatus */.nG)(error) === 422) {
            return refuse(`GitHub refused to ${remove ? 'un-request' : 'request'} a review from ${list(logins)}: reviewers must exist and be collaborators.`);
        }
        throw error;
    }
    return done();
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

// EXTERNAL MODULE: ./src/core/approval.ts
var approval = __webpack_require__(4140);
;// CONCATENATED MODULE: ./src/command-dispatch/commands/review.ts
// /lgtm and /approve: the two review gates. /approve recomputes approvals from the PR's whole
// comment history on every approval command (Prow's approve plugin), so the label always matches
// what the comments say, whatever order events arrive in.





const LGTM_LABEL = 'lgtm';
const APPROVED_LABEL = 'approved';
const APPROVE_PURPOSE = 'approve';
const lgtm = {
    name: 'lgtm',
    aliases: { 'remove-lgtm': 'cancel' },
    usage: '[cancel]',
    help: `Adds \`${LGTM_LABEL}\`: the change looks good to a reviewer. \`/lgtm cancel\` (or \`/remove-lgtm\`) removes it.`,
    // Checked in run(): only reviewers may give it and never the author (who is told so), while the
    // author or a reviewer may cancel it; no single level says either.
    who: 'anyone',
    whoText: 'reviewers of a changed file, not the PR author; the author or a reviewer may cancel',
    on: 'pull',
    group: 'review',
    example: '/lgtm',
    async run(ctx) {
        const { target, actor } = ctx;
        if (/^cancel\b/i.test(ctx.args)) {
            if (!(0,permissions/* sameLogin */.Up)(actor, target.author) && !(await ctx.can('reviewer'))) {
                return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.');
            }
            await target.removeLabel(LGTM_LABEL);
            return done();
        }
        if (ctx.args)
            return refuse('Use `/lgtm` or `/lgtm cancel`.');
        if ((0,permissions/* sameLogin */.Up)(actor, target.author))
            return refuse('You cannot LGTM your own pull request.');
        if (!(await ctx.can('reviewer')))
            return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`);
        if (!target.data.assignees.some((a) => (0,permissions/* sameLogin */.Up)(a, actor))) {
            await ctx.run.github.rest.issues.addAssignees({
                ...ctx.run.repo,
                issue_number: target.number,
                assignees: [actor],
            });
        }
        await target.addLabels([LGTM_LABEL]);
        return done();
    },
};
/** Recomputes approval for the PR and brings the label and the notification comment in line. */
async function reconcileApproval(ctx, extraText) {
    const { run, target, config } = ctx;
    const [files, owners, comments] = await Promise.all([
        target.files(),
        target.owners(),
        run.github.paginate(run.github.rest.issues.listComments, {
            ...run.repo,
            issue_number: target.number,
            per_page: 100,
        }),
    ]);
    const history = comments.map((c) => ({
        login: c.user?.login ?? '',
        body: c.body ?? '',
        isBot: (0,loop_guard/* isBotAccount */.i)(c.user ? { login: c.user.login, type: c.user.type } : undefined) || (0,loop_guard/* isBosunText */.R)(c.body),
    }));
    if (extraText)
        history.push({ login: ctx.actor, body: extraText, isBot: false });
    const approvers = (0,approval/* approvalsFromHistory */.TF)(history);
    let collaboratorApproved;
    if (owners.isEmpty) {
        const candidates = [...approvers];
        if (!config.approve.requireSelfApproval)
            candidates.push(target.author);
        const checks = await Promise.all(candidates.map((login) => run.permissions.isCollaborator(login)));
        collaboratorApproved = checks.some(Boolean);
    }
    const state = (0,approval/* evaluateApproval */.zt)({
        files,
        owners,
        approvers,
        author: target.author,
        requireSelfApproval: config.approve.requireSelfApproval,
        collaboratorApproved,
    });
    if (state.approved)
        await target.addLabels([APPROVED_LABEL]);
    else
        await target.removeLabel(APPROVED_LABEL);
    const body = `${(0,writes/* marker */.xL)(APPROVE_PURPOSE)}\n${(0,approval/* renderApprovalComment */.Vh)(state, { noOwners: owners.isEmpty })}`;
    const existing = comments.find((c) => c.body?.includes((0,writes/* marker */.xL)(APPROVE_PURPOSE)));
    if (existing?.body === body)
        return;
    if (existing)
        await run.github.rest.issues.updateComment({ ...run.repo, comment_id: existing.id, body });
    else
        await run.github.rest.issues.createComment({ ...run.repo, issue_number: target.number, body });
    run.report.result.comments.push(`approval notification ${existing ? 'updated' : 'posted'}`);
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
        // Review bodies and review comments are not in the issue comment history: count them explicitly.
        const fromIssueComment = ctx.run.ctx.eventName === 'issue_comment';
        await reconcileApproval(ctx, fromIssueComment ? undefined : `/approve${cancel ? ' cancel' : ''}`);
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
        return (0,permissions/* describeLevel */.uH)(override);
    if (spec.whoText)
        return spec.whoText;
    return (0,permissions/* describeLevel */.uH)(typeof spec.who === 'function' ? spec.who('') : spec.who);
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

// EXTERNAL MODULE: ./src/core/label-changes.ts
var label_changes = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/core/owners.ts
var owners = __webpack_require__(255);
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
        this.labelChanges = new label_changes/* LabelChanges */.G(data.labels);
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
                await writes/* addLabels */.Nl(this.run.github, this.run.repo, this.number, added);
                this.run.report.result.labelsAdded.push(...added);
            });
        }
        for (const label of removed) {
            await attempt([label], async () => {
                await writes/* removeLabel */.tA(this.run.github, this.run.repo, this.number, label);
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
    /** OWNERS for the changed files, read from the PR's base branch (the default branch on issues). */
    owners() {
        this.ownersPromise ??= (async () => {
            if (!this.isPull)
                return (0,owners/* loadOwners */.Ju)(this.run.github, this.run.repo, { ref: 'HEAD' }, ['OWNERS']);
            const files = await this.files();
            return (0,owners/* loadOwners */.Ju)(this.run.github, this.run.repo, { pullNumber: this.number }, files.length ? files : ['OWNERS']);
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
        const status = (0,core_github/* httpStatus */.nG)(error);
        run.log.warning(`/${spec.name} failed: ${describeFailure(error)}`);
        // A 4xx is GitHub saying no (a bad assignee, a protected branch): the command failed, the run did
        // its job. Anything else is ours or GitHub's outage: report it to the user and fail the step too.
        return {
            outcome: { ok: false, reason: describeFailure(error) },
            crashed: status && status < 500 ? undefined : error,
        };
    }
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
    const source = commandSource(run.ctx.eventName, run.ctx.payload);
    if ('skip' in source)
        return run.report.skip(source.skip);
    if (run.skipBotSender())
        return;
    if ((0,loop_guard/* isBosunText */.R)(source.text))
        return run.report.skip('text written by bosun');
    const parsed = (0,commands/* parseCommands */.Gr)(source.text).filter((c) => !FOREIGN_COMMANDS.has(c.name));
    const verdict = reviewVerdict(run.ctx.eventName, run.ctx.payload);
    if (!parsed.length && !verdict)
        return run.report.skip('no command');
    const data = targetFromPayload(run.ctx.payload);
    if (!data)
        return run.report.skip('event names no issue or pull request');
    // One request answers the config, the token's login and whether the labels named exist.
    const labelsNeeded = parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []);
    const { config, labels: knownLabels } = await run.preflight({ labels: labelsNeeded });
    const problems = commandConfigProblems(config);
    if (problems.length)
        throw new core_config/* ConfigError */.xL(run.ctx.inputs.configPath, problems);
    if (await run.sentBySelf())
        return run.report.skip('event sent by the bot itself');
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
        labels: new labels/* LabelCatalog */.C_(run.github, run.repo, config, knownLabels),
        can: (level) => (0,permissions/* meetsLevel */.Hk)(level, { login: actor, author: target.author, owners: () => target.owners(), files: () => target.files() }, run.permissions),
    };
    const results = [];
    let crash;
    for (const [index, command] of known.slice(0, commands/* MAX_COMMANDS_PER_COMMENT */.oq).entries()) {
        target.currentCommand = index;
        const { outcome, crashed } = await runOne(run, ctx, command);
        crash ??= crashed;
        results.push({ command, outcome });
    }
    // Label changes of the whole comment are written together; a failed write fails the commands
    // that asked for it.
    const labelFailure = await target.flushLabels();
    if (labelFailure) {
        const status = (0,core_github/* httpStatus */.nG)(labelFailure.error);
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
    const skipped = known.slice(commands/* MAX_COMMANDS_PER_COMMENT */.oq);
    const feedback = renderFeedback(actor, results, skipped);
    await (0,writes/* react */.wv)(run.github, run.repo, source.ref, feedback.reaction);
    if (feedback.reply) {
        await (0,writes/* postReply */.VM)(run.github, run.repo, target.number, 'reply', feedback.reply);
        run.report.result.comments.push('reply');
    }
    if (crash)
        throw crash;
}
const run = () => (0,action/* runAction */.Cs)('command-dispatch', run_dispatch);


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TF: () => (/* binding */ approvalsFromHistory),
/* harmony export */   Vh: () => (/* binding */ renderApprovalComment),
/* harmony export */   zt: () => (/* binding */ evaluateApproval)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(485);
// Prow's approve semantics as a pure function: given the changed files, OWNERS and who has approved,
// decide whether every file is covered and what is still missing. The commands and label-policy call
// this; the GitHub calls that gather its inputs live with them.

function evaluateApproval(input) {
    const author = input.author.toLowerCase();
    const effective = new Set(input.approvers);
    if (!input.requireSelfApproval)
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
/**
 * Standing approvals from a PR's comment history, oldest first: `/approve` adds the commenter,
 * `/approve cancel` and `/remove-approve` withdraw them. Bot comments never count.
 */
function approvalsFromHistory(comments) {
    const approvers = new Set();
    for (const comment of comments) {
        if (comment.isBot)
            continue;
        for (const command of (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommands */ .Gr)(comment.body)) {
            const login = comment.login.toLowerCase();
            if (command.name === 'remove-approve' ||
                (command.name === 'approve' && /^cancel\b/i.test(command.args))) {
                approvers.delete(login);
            }
            else if (command.name === 'approve' && (command.args === '' || /^no-issue$/i.test(command.args))) {
                approvers.add(login);
            }
        }
    }
    return approvers;
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


/***/ }),

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
        const team = /^@([^/]+)\/(.+)$/.exec(entry);
        if (!team) {
            if ((0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(entry.replace(/^@/, ''), login))
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
            if ((0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) !== 404)
                throw error;
        }
    }
    return false;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ loadOwners)
/* harmony export */ });
/* unused harmony exports OwnersError, parseAliases, parseOwners, ancestorDirs, OwnersTree */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// OWNERS and OWNERS_ALIASES in Prow's format, resolved per changed file.
// A user is a reviewer (approver) of a file when listed as reviewer or approver (approver) in the
// OWNERS file of the file's directory or of any parent, up to the first `no_parent_owners`.
// `filters` regexes are matched against the file's path relative to the OWNERS file's directory.

class OwnersError extends Error {
}
const lowerList = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string').map((v) => v.trim().toLowerCase()) : [];
function expand(list, aliases) {
    return [...new Set(list.flatMap((name) => aliases.get(name) ?? [name]))];
}
function parseAliases(text) {
    const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    const aliases = new Map();
    for (const [name, members] of Object.entries(raw.aliases ?? {}))
        aliases.set(name.toLowerCase(), lowerList(members));
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
    const entry = (r) => ({
        approvers: expand(lowerList(r?.approvers), aliases),
        reviewers: expand(lowerList(r?.reviewers), aliases),
        labels: Array.isArray(r?.labels) ? r.labels.map(String) : [],
    });
    const filters = [];
    for (const [pattern, value] of Object.entries(raw.filters ?? {})) {
        try {
            filters.push({ pattern: new RegExp(pattern), ...entry(value) });
        }
        catch {
            throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS has an invalid filter regex: ${pattern}`);
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
    /** Without any OWNERS file, reviewer and approver both mean collaborator (DESIGN.md). */
    get isEmpty() {
        return this.files.size === 0;
    }
    /** OWNERS entries that apply to a path, nearest first, stopping after `no_parent_owners`. */
    entriesFor(path) {
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
            if (file.noParentOwners)
                break;
        }
        return result;
    }
    approversOf(path) {
        return new Set(this.entriesFor(path).flatMap(({ entry }) => entry.approvers));
    }
    /** Approvers count as reviewers. */
    reviewersOf(path) {
        return new Set(this.entriesFor(path).flatMap(({ entry }) => [...entry.reviewers, ...entry.approvers]));
    }
    labelsOf(path) {
        return [...new Set(this.entriesFor(path).flatMap(({ entry }) => entry.labels))];
    }
    /** The nearest OWNERS file naming approvers for a path: the one whose approval the file waits on. */
    ownersFileOf(path) {
        const hit = this.entriesFor(path).find(({ entry }) => entry.approvers.length > 0);
        return hit ? (hit.file.dir ? `${hit.file.dir}/OWNERS` : 'OWNERS') : undefined;
    }
    isApproverOf(login, path) {
        return this.approversOf(path).has(login.toLowerCase());
    }
    isReviewerOf(login, path) {
        return this.reviewersOf(path).has(login.toLowerCase());
    }
}
/**
 * Reads every OWNERS file that can apply to the given paths, plus OWNERS_ALIASES, in one GraphQL
 * request: one aliased field per candidate directory. For a PR the files are read from the tip of
 * its base branch without first asking which branch that is.
 */
async function loadOwners(github, repo, source, paths) {
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
    return new OwnersTree(files);
}


/***/ })

};
