export const id = 801;
export const ids = [801];
export const modules = {

/***/ 4801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROUTES: () => (/* binding */ ROUTES),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8557);
// The all-in-one action: routes each event to every part that handles it, in one job.


/** Which parts handle which events (docs/contract.md); order is the order they run in. */
const ROUTES = {
    issue_comment: ['command-dispatch', 'issue-translate', 'gpt-translate'],
    pull_request_review: ['command-dispatch', 'auto-merge'],
    pull_request_review_comment: ['command-dispatch'],
    issues: ['command-dispatch', 'label-policy', 'issue-translate'],
    pull_request_target: ['command-dispatch', 'label-policy', 'issue-translate', 'auto-merge'],
    push: ['label-policy'],
    schedule: ['label-policy', 'auto-merge'],
    workflow_dispatch: ['label-policy', 'auto-merge'],
    check_suite: ['auto-merge'],
    check_run: ['auto-merge'],
    status: ['auto-merge'],
    workflow_run: ['command-dispatch', 'auto-merge'],
    discussion: ['issue-translate'],
    discussion_comment: ['issue-translate'],
};
/** Parts built so far; the rest are skipped with a notice rather than pretending to work. */
const PARTS = {
    'command-dispatch': () => Promise.all(/* import() */[__webpack_require__.e(513), __webpack_require__.e(855), __webpack_require__.e(501), __webpack_require__.e(795), __webpack_require__.e(778)]).then(__webpack_require__.bind(__webpack_require__, 9778)),
    'label-policy': () => Promise.all(/* import() */[__webpack_require__.e(513), __webpack_require__.e(855), __webpack_require__.e(6), __webpack_require__.e(501), __webpack_require__.e(795), __webpack_require__.e(489)]).then(__webpack_require__.bind(__webpack_require__, 3489)),
    'auto-merge': () => Promise.all(/* import() */[__webpack_require__.e(513), __webpack_require__.e(6), __webpack_require__.e(501), __webpack_require__.e(163)]).then(__webpack_require__.bind(__webpack_require__, 3163)),
    'issue-translate': () => Promise.all(/* import() */[__webpack_require__.e(513), __webpack_require__.e(855), __webpack_require__.e(872), __webpack_require__.e(501), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 8986)),
    'gpt-translate': () => Promise.all(/* import() */[__webpack_require__.e(513), __webpack_require__.e(855), __webpack_require__.e(6), __webpack_require__.e(872), __webpack_require__.e(501), __webpack_require__.e(192)]).then(__webpack_require__.bind(__webpack_require__, 4192)),
};
async function run() {
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    const parts = ROUTES[event] ?? [];
    if (!parts.length)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`bosun: nothing handles ${event} events.`);
    // One `result` for the step: every part's result, in the order they ran.
    const results = [];
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .collectResults */ .n)((r) => results.push(r));
    const skipped = [];
    for (const part of parts) {
        const load = PARTS[part];
        if (!load) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`bosun ${part} is not implemented yet; skipped.`);
            skipped.push(part);
            continue;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`bosun ${part}`);
        try {
            // Each part reports its own failure (setFailed) and the others still run.
            await (await load()).run();
        }
        finally {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        }
    }
    (0,_core_report_js__WEBPACK_IMPORTED_MODULE_1__/* .collectResults */ .n)(undefined);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('result', JSON.stringify({ action: 'all-in-one', event, parts: results, notImplemented: skipped }));
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


/***/ })

};
