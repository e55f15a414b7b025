import { notImplemented } from '../core/not-implemented.js'

notImplemented('issue-translate')
