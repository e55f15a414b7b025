import { notImplemented } from '../core/not-implemented.js'

notImplemented('auto-merge')
