// Set up by vitest.unit.config.ts only: properties that name no count of cases try QUICK_RUNS.
import fc from 'fast-check';
import { QUICK_RUNS } from './property-runs.js';

fc.configureGlobal({ numRuns: QUICK_RUNS });
