import { describe, expect, it } from 'vitest';
import { loadsFromOutside } from './loads-in.ts';

describe('loadsFromOutside', () => {
  it('names packages and dynamic loads, not built-ins or the bundle’s own files', () => {
    const code = `import { a } from "./assets/a.js"; import "node:stream"; import u from "util";
      import r from "react"; const x = await import("../b.js"); require("zod"); import(p);`;
    expect(loadsFromOutside(code)).toEqual(['zod', 'react', '<dynamic: p>']);
  });
});
