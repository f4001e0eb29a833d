import { describe, expect, it } from 'vitest';
import type { ViewItem } from '../../src/model/view.js';
import { componentDetail } from '../../src/present/component-detail.js';
import { statusDetail } from '../../src/present/presentation.js';
import { viewFixture } from '../fixtures/view-fixture.js';

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

describe('componentDetail: a per-component item’s status in the matrix says only what is not done', () => {
  const options = ['Yes', 'No', 'Deactivated'];
  const item = (statuses: (string | null)[], overall: ViewItem['overall']): ViewItem => ({
    ...(viewFixture.items.find((i) => i.components.length > 0) as ViewItem),
    executed: null,
    status: null,
    components: statuses.map((status, i) => ({ kind: 'component', label: `Server ${i + 1}`, answers: { options, fields: [] }, status, fieldValues: {} })),
    overall,
  });

  it('open: the rows answered No and those not answered, as the open items say it', () => {
    expect(componentDetail(item(['Yes', 'No', null, 'Yes'], 'open'))).toBe('No: Server 2; not answered: Server 3');
  });

  it('done or not applicable: the rows with another option, counted past three; the option alone when all have it', () => {
    expect(componentDetail(item(['Yes', 'Yes', 'Yes'], 'done'))).toBe('');
    expect(componentDetail(item(['Yes', 'Deactivated', 'Yes'], 'done'))).toBe('Deactivated: Server 2');
    expect(componentDetail(item(['Yes', 'Deactivated', 'Deactivated', 'Deactivated', 'Deactivated'], 'done'))).toBe('Deactivated: 4 of 5 component rows');
    expect(componentDetail(item(['Deactivated', 'Deactivated'], 'not-applicable'))).toBe('Deactivated');
    expect(componentDetail(item([null, null], 'unanswered'))).toBe('');
  });
});
