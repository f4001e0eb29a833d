/** Parses Markdown given as strings, as if read from files, and lists the messages. */
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { parseChecklistFiles } from '../../src/content/parse-checklist.js';
import type { Checklist } from '../../src/model/checklist.js';

export const frontMatter = `---
title: Test checklist
version: "1.0"
date: 2025-03-14
levels: [minimum, medium, maximum]
components: [Main server, Standby server]
---
`;

export function parse(...texts: string[]): { checklist: Checklist; messages: string[]; errors: string[] } {
  const diagnostics = new Diagnostics();
  const files = texts.map((text, index) => ({ path: `doc/${String(index + 1).padStart(2, '0')}.md`, text }));
  const checklist = parseChecklistFiles('doc', files, diagnostics);
  const messages = diagnostics.messages.map(formatMessage);
  return { checklist, messages, errors: messages.filter((message) => message.includes(': error ')) };
}
