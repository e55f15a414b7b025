// /assign, /unassign, /cc, /uncc. Anyone may name themselves; naming others needs a collaborator.
// GitHub silently drops assignees it cannot assign and refuses a whole review request when one
// reviewer is not a collaborator: /cc then tries each user alone and names exactly those refused.
// `/cc @org/team` requests a team of the repository's organization (collaborators only: it notifies
// every member); replies name teams in code spans so they never notify anyone.
import { userArgs } from '../../core/commands.js'
import { sameLogin } from '../../core/permissions.js'
import type { ReviewRequest } from '../target.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

const VALID_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}(\[bot\])?$/i
const VALID_TEAM = /^([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})\/([a-z\d][a-z\d_.-]{0,99})$/i

export interface ReviewTargets {
  users: string[]
  /** Team slugs of the repository owner's organization. */
  teams: string[]
  /** Neither a user name nor `org/team`. */
  invalid: string[]
  /** `org/team` of another organization: GitHub only requests the repository's own teams. */
  foreignTeams: string[]
}

/** Who `/cc` and `/uncc` name: users and `@org/team`s (the commenter when nobody is named). */
export function reviewTargets(args: string, actor: string, repoOwner: string): ReviewTargets {
  const names = userArgs(args)
  const result: ReviewTargets = { users: [], teams: [], invalid: [], foreignTeams: [] }
  for (const name of names.length ? names : [actor]) {
    const [, org, slug] = VALID_TEAM.exec(name) ?? []
    if (org && slug && org.toLowerCase() === repoOwner.toLowerCase()) result.teams.push(slug.toLowerCase())
    else if (org) result.foreignTeams.push(name)
    else if (VALID_LOGIN.test(name)) result.users.push(name)
    else result.invalid.push(name)
  }
  return result
}

/** Team requests notify a whole team: they need a collaborator; users can be named by anyone. */
export const ccLevel = (args: string): 'anyone' | 'collaborator' =>
  userArgs(args).some((a) => a.includes('/')) ? 'collaborator' : 'anyone'

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
  const { users, teams, invalid, foreignTeams } = reviewTargets(ctx.args, ctx.actor, ctx.target.repoOwner)
  if (invalid.length) return refuse(`Not GitHub user names: ${invalid.map((l) => `\`${l}\``).join(', ')}.`)
  if (foreignTeams.length)
    return refuse(
      `Only teams of ${ctx.target.repoOwner} can review here: ${foreignTeams.map((t) => `\`@${t}\``).join(', ')}.`,
    )
  if (users.some((l) => sameLogin(l, ctx.target.author)) && !remove) {
    return refuse('The author of a pull request cannot be requested as its reviewer.')
  }
  const refused = await requestEach(ctx, { users, teams }, remove)
  if (refused.users.length || refused.teams.length) {
    const named = [
      ...refused.users.map((l) => `@${l}`),
      ...refused.teams.map((t) => `\`@${ctx.target.repoOwner}/${t}\``),
    ].join(', ')
    return refuse(
      `GitHub refused to ${remove ? 'un-request' : 'request'} a review from ${named}: reviewers must exist and be collaborators (teams: of ${ctx.target.repoOwner}, with access to this repository).`,
    )
  }
  return done()
}

/**
 * Requests (or withdraws) reviews; GitHub refuses the whole request with 422 when any one user or
 * team cannot review, so on a 422 each is tried alone. Returns those GitHub refused.
 */
async function requestEach(ctx: CommandContext, all: ReviewRequest, remove: boolean): Promise<ReviewRequest> {
  const send = (request: ReviewRequest) => ctx.target.requestReviews(request, remove)
  if (await send(all)) return { users: [], teams: [] }
  if (all.users.length + all.teams.length === 1) return all
  const refused: ReviewRequest = { users: [], teams: [] }
  for (const user of all.users) if (!(await send({ users: [user], teams: [] }))) refused.users.push(user)
  for (const team of all.teams) if (!(await send({ users: [], teams: [team] }))) refused.teams.push(team)
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
    usage: '[@user…|@org/team…]',
    help: 'Requests a review from the named users or teams of this organization (the commenter when none is named).',
    who: ccLevel,
    whoText: 'anyone (users); collaborators (teams)',
    on: 'pull',
    group: 'review',
    example: '/cc @bob',
    run: (ctx) => cc(ctx, false),
  },
  {
    name: 'uncc',
    usage: '[@user…|@org/team…]',
    help: 'Withdraws review requests from the named users or teams (the commenter when none is named).',
    who: ccLevel,
    whoText: 'anyone (users); collaborators (teams)',
    on: 'pull',
    group: 'review',
    run: (ctx) => cc(ctx, true),
  },
]
