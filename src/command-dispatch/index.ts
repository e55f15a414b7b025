// Decide from the event alone whether there can be a command before loading the rest (see quick-exit).
import { commentSkipReason, quickSkip } from '../core/quick-exit.js'

if (!quickSkip('command-dispatch', commentSkipReason)) await (await import('./run.js')).run()
