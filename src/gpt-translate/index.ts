import { notImplemented } from '../core/not-implemented.js'

notImplemented('gpt-translate')
