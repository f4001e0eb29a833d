// Types of compile-schemas.mjs, for the test that checks its output is committed.
export const validators: { schema: string; module: string }[];
export function validatorModule(schema: string): Promise<string>;
