/**
 * `checklist doctor`: says what the machine has and lacks for every format (and for the
 * tests), and how to get what is missing; with a content folder (`--content`), also the
 * characters of its masters and deployments no installed font has. Exit 1 when something the
 * build needs is missing, or when the PDF would print characters of the content as empty boxes
 * (or, without fontconfig, it cannot be told whether it would).
 */
import { CONTENT_CHARACTERS, runDoctorChecks } from '../environment/doctor-checks.js';

export async function runDoctor(contentDir: string): Promise<number> {
  const results = await runDoctorChecks(contentDir);
  for (const result of results) {
    const mark = result.ok ? 'ok     ' : result.need === 'needed' ? 'MISSING' : 'missing';
    const [first = '', ...more] = result.detail.split('\n');
    process.stdout.write(`${mark}  ${result.name}: ${first}\n${more.map((line) => `         ${line}\n`).join('')}`);
  }
  const lacking = results.filter((result) => !result.ok && result.need === 'needed');
  process.stdout.write(
    lacking.length === 0
      ? 'checklist can build HTML, PDF and DOCX here.\n'
      : lacking.every((result) => result.name === CONTENT_CHARACTERS)
        ? 'checklist can build HTML, PDF and DOCX here, but the PDF prints the characters MISSING above as empty boxes: install a font that has them.\n'
        : lacking.every((result) => result.unchecked)
          ? 'checklist can build HTML, PDF and DOCX here, but cannot tell whether the PDF\'s fonts have its letters: install what is MISSING above.\n'
          : `checklist can build HTML and DOCX here, not PDF: install what is MISSING above.\n`,
  );
  return lacking.length === 0 ? 0 : 1;
}
