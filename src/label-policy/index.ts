import { notImplemented } from '../core/not-implemented.js'

notImplemented('label-policy')
