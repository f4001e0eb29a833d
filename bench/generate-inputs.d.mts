// Types of generate-inputs.mjs, for the tests that use it.
export function masterMarkdown(items: number): string;
export function longText(bytes: number, options?: { lines?: boolean }): string;
export function deploymentJson(items: number, comment?: string, options?: { every?: boolean }): string;
export function writeContent(dir: string, options: { items: number; comment?: string; deployments?: number; everyComment?: boolean }): Promise<string[]>;
