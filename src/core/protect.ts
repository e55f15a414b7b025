// What a translation must keep byte for byte — code blocks, inline code, URLs, @mentions, #refs,
// HTML comments (bosun's markers) — is swapped for numbered placeholders before the text goes to
// the model and swapped back after. A model can then reword the prose but cannot alter those, and
// a dropped placeholder is detected instead of silently losing a code block.
const PATTERNS: RegExp[] = [
  /^(```|~~~)[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, // fenced code blocks
  /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, // link reference definitions: `[label]: target` is an id, not prose
  /<!--[\s\S]*?-->/g, // HTML comments
  /`[^`\n]+`/g, // inline code
  /\]\([^)\s]+(?:\s+"[^"]*")?\)/g, // link and image targets: ](url "title")
  /\bhttps?:\/\/[^\s<>)\]]+/g, // bare URLs
  /(?<![\w@])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?/g, // @mentions and @org/team
  /(?<![\w&])(?:[\w.-]+\/[\w.-]+)?#\d+\b/g, // #123 and owner/repo#123
]

export interface Protected {
  text: string
  slots: string[]
}

const slot = (i: number) => `⟦${i}⟧`

export function protect(text: string): Protected {
  const slots: string[] = []
  let out = text
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match) => {
      slots.push(match)
      return slot(slots.length - 1)
    })
  }
  return { text: out, slots }
}

/** Puts the protected pieces back; throws when the model lost or duplicated any of them. */
export function restore(translated: string, slots: string[]): string {
  const problems: string[] = []
  slots.forEach((_s, i) => {
    const count = translated.split(slot(i)).length - 1
    if (count !== 1) problems.push(`${slot(i)} appears ${count} times`)
  })
  if (problems.length)
    throw new Error(
      `the translation did not keep every code block, link, mention and reference (${problems.slice(0, 3).join(', ')})`,
    )
  // Placeholders never nest: each pattern ran over text where earlier matches were already slotted.
  let out = translated
  for (let i = slots.length - 1; i >= 0; i--) out = out.replace(slot(i), () => slots[i])
  return out
}
