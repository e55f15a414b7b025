// /assign, /unassign, /cc, /uncc. Anyone may name themselves; naming others needs a collaborator.
// GitHub silently drops assignees it cannot assign and refuses a whole review request when one
// reviewer is not a collaborator: /cc then tries each user alone and names exactly those refused.
import { userArgs } from '../../core/commands.js'
import { sameLogin } from '../../core/permissions.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i

function targets(ctx: CommandContext): { logins: string[]; invalid: string[] } {
  const names = userArgs(ctx.args)
  const logins = names.length ? names : [ctx.actor]
  return {
    logins: logins.filter((l) => VALID_LOGIN.test(l)),
    invalid: logins.filter((l) => !VALID_LOGIN.test(l)),
  }
}

async function othersAllowed(ctx: CommandContext, logins: string[]): Promise<boolean> {
  return logins.every((l) => sameLogin(l, ctx.actor)) || (await ctx.can('collaborator'))
}

const list = (logins: string[]) => logins.map((l) => `@${l}`).join(', ')

async function assign(ctx: CommandContext, remove: boolean): Promise<Outcome> {
  const { logins, invalid } = targets(ctx)
  if (invalid.length) return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`)
  if (!(await othersAllowed(ctx, logins)))
    return refuse(`Only collaborators may ${remove ? 'unassign' : 'assign'} other people.`)
  if (remove) {
    await ctx.target.removeAssignees(logins)
    return done()
  }
  const now = await ctx.target.addAssignees(logins)
  const dropped = logins.filter((l) => !now.some((a) => sameLogin(a, l)))
  if (dropped.length)
    return refuse(
      `GitHub did not assign ${list(dropped)}: they may not exist or may lack access to this repository.`,
    )
  return done()
}

async function cc(ctx: CommandContext, remove: boolean): Promise<Outcome> {
  const { logins, invalid } = targets(ctx)
  if (invalid.length) return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`)
  if (logins.some((l) => sameLogin(l, ctx.target.author)) && !remove) {
    return refuse('The author of a pull request cannot be requested as its reviewer.')
  }
  const refused = await requestEach(ctx, logins, remove)
  if (refused.length) {
    return refuse(
      `GitHub refused to ${remove ? 'un-request' : 'request'} a review from ${list(refused)}: reviewers must exist and be collaborators.`,
    )
  }
  return done()
}

/**
 * Requests (or withdraws) reviews; GitHub refuses the whole request with 422 when any one user
 * cannot review, so on a 422 each user is tried alone. Returns the users GitHub refused.
 */
async function requestEach(ctx: CommandContext, logins: string[], remove: boolean): Promise<string[]> {
  const send = (reviewers: string[]) => ctx.target.requestReviewers(reviewers, remove)
  if (await send(logins)) return []
  if (logins.length === 1) return logins
  const refused: string[] = []
  for (const login of logins) if (!(await send([login]))) refused.push(login)
  return refused
}

export const peopleCommands: CommandSpec[] = [
  {
    name: 'assign',
    usage: '[@user…]',
    help: 'Assigns the named users, or the commenter when none is named.',
    who: 'anyone',
    whoText: 'anyone (self); collaborators (others)',
    group: 'triage',
    example: '/assign @alice',
    run: (ctx) => assign(ctx, false),
  },
  {
    name: 'unassign',
    usage: '[@user…]',
    help: 'Unassigns the named users, or the commenter when none is named.',
    who: 'anyone',
    whoText: 'anyone (self); collaborators (others)',
    group: 'triage',
    run: (ctx) => assign(ctx, true),
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
]
