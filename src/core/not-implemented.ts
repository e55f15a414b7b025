// Entry for an action whose capability is not built yet: it fails loudly rather than pretend.
import * as core from '@actions/core'

export function notImplemented(name: string): void {
  core.setOutput('result', JSON.stringify({ action: name, error: 'not implemented yet' }))
  core.setFailed(`bosun ${name} is not implemented yet; see the project's issue tracker.`)
}
