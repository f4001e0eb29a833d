import { describe, expect, it } from 'vitest';
import { statusDetail } from '../../src/present/presentation.js';

describe('statusDetail: the boxes behind a status in the responsibility matrix', () => {
  it('adds nothing to a plain Yes or No, or to an unanswered item', () => {
    expect(statusDetail('done', 'Yes')).toBe('');
    expect(statusDetail('open', 'No')).toBe('');
    expect(statusDetail('unanswered', '')).toBe('');
  });

  it('names the components\' boxes and any other option chosen', () => {
    expect(statusDetail('open', 'Main server: Yes; Standby server: No')).toBe('Main server: Yes; Standby server: No');
    expect(statusDetail('done', 'Main server: Yes')).toBe('Main server: Yes');
    expect(statusDetail('not-applicable', 'Deactivated')).toBe('Deactivated');
    expect(statusDetail('not-applicable', 'No network or remote access')).toBe('No network or remote access');
  });
});
