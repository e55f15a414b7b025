// A comment with no command and no translation key is nothing to do: decide that from the event
// alone before loading any part (see core/quick-exit.ts).
import { allInOneQuickSkip } from '../core/quick-exit.js'

if (!allInOneQuickSkip()) await (await import('./run.js')).run()
