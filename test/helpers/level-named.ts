/** The fixtures' `mini.md` master with its `medium` level renamed `level` (its list, its item's Level row, its item's target). */
export const withMediumNamed = (master: string, level: string): string =>
  master
    .replace('levels: [minimum, medium, maximum]', `levels: [minimum, "${level}", maximum]`)
    .replace('| Level | medium |', `| Level | ${level} |`)
    .replace('medium: 10 characters', `${level}: 10 characters`);
