// docs/events.md: which bosun part each GitHub event reaches, generated from the parts' own
// descriptors (src/parts.ts) so the page cannot drift from what the all-in-one does.
import { reasonFor, ROUTES, type PartName } from '../src/parts.js'

export function renderEventsDoc(routes: Readonly<Record<string, readonly PartName[]>> = ROUTES): string {
  const rows = Object.entries(routes).map(([event, parts]) => {
    const named = parts.map((p) => {
      const why = reasonFor(p, event)
      return why ? `${p} (${why})` : p
    })
    return `| \`${event}\` | ${named.join(', ')} |`
  })
  return [
    '# Events and the parts they reach',
    '',
    '<!-- Generated from the part descriptors (src/parts.ts) by `npm run docs`; do not edit by hand. -->',
    '',
    'The all-in-one action (`uses: OWNER/bosun@v1`, and the reusable workflow) runs every part',
    'listed for the event, in this order. The single-part actions handle the same events for',
    'their part. Which activity types start a run is up to the workflow (see the templates).',
    '',
    '| event | parts, in order |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n')
}
