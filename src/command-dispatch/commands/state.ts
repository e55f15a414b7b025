// /close, /reopen, /retitle, /milestone.
import { done, refuse, type CommandSpec } from '../types.js'

export const stateCommands: CommandSpec[] = [
  {
    name: 'close',
    usage: '[not-planned]',
    help: 'Closes the issue or PR; `not-planned` closes an issue as not planned.',
    who: 'author',
    group: 'state',
    example: '/close not-planned',
    async run({ target, args }) {
      const reason = args.toLowerCase()
      if (reason && reason !== 'not-planned') return refuse('Use `/close` or `/close not-planned`.')
      if (target.data.state === 'closed') return done()
      await target.update({
        state: 'closed',
        ...(target.isPull ? {} : { stateReason: reason ? 'not_planned' : 'completed' }),
      })
      return done()
    },
  },
  {
    name: 'reopen',
    help: 'Reopens a closed issue or PR.',
    who: 'author',
    group: 'state',
    async run({ target }) {
      if (target.data.state === 'open') return done()
      await target.update({ state: 'open' })
      return done()
    },
  },
  {
    name: 'retitle',
    usage: 'NEW TITLE',
    help: 'Changes the title.',
    who: 'author',
    group: 'state',
    example: '/retitle fix: handle empty OWNERS files',
    async run({ target, args }) {
      const title = args.trim()
      if (!title) return refuse('Give the new title, e.g. `/retitle Fix the flaky test`.')
      if (title.length > 256) return refuse('Titles are limited to 256 characters.')
      if (title === target.data.title) return done()
      await target.update({ title })
      return done()
    },
  },
  {
    name: 'milestone',
    usage: 'NAME|clear',
    help: 'Sets the milestone by its title, or clears it.',
    who: 'collaborator',
    group: 'state',
    example: '/milestone v1.2',
    async run({ target, args }) {
      const name = args.trim()
      if (!name) return refuse('Give the milestone title, or `clear`.')
      if (name.toLowerCase() === 'clear') {
        await target.update({ milestone: null })
        return done()
      }
      const open = await target.openMilestones()
      const milestone =
        open.find((m) => m.title === name) ?? open.find((m) => m.title.toLowerCase() === name.toLowerCase())
      if (!milestone) {
        const titles = open.map((m) => `\`${m.title}\``).join(', ')
        return refuse(
          `There is no open milestone \`${name}\`. ${titles ? `Open milestones: ${titles}.` : 'This repository has no open milestones.'}`,
        )
      }
      await target.update({ milestone: milestone.number })
      return done()
    },
  },
]
