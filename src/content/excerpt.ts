/** Text quoted in a message: whole when short, else its start marked "…", never cut inside a tag or a word. */
export function excerpt(text: string, max = 80): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  else if (/\S$/.test(cut) && /\S/.test(text.charAt(max)) && cut.lastIndexOf(' ') > 0) cut = cut.slice(0, cut.lastIndexOf(' '));
  return `${cut.trimEnd()}…`;
}
