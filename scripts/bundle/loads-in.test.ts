import { describe, expect, it } from 'vitest';
import { loadsFromOutside, loadsIn } from './loads-in.ts';

describe('loadsFromOutside', () => {
  it('names packages and dynamic loads, not built-ins or the bundle’s own files', () => {
    const code = `import { a } from "./assets/a.js"; import "node:stream"; import u from "util";
      import r from "react"; const x = await import("../b.js"); require("zod"); import(p);`;
    expect(loadsFromOutside(code)).toEqual(['zod', 'react', '<dynamic: p>']);
  });
});

describe('the checks can fail', () => {
  it('finds local files, packages and dynamic requires, but not comments or strings', () => {
    const code = `require("./x.js"); __require("zod"); require(name); a.require("no");
      // require("in-a-comment")
      const s = 'require("in-a-string")';`;
    expect(loadsIn(code).requires).toEqual(['./x.js', 'zod', '<dynamic: name>']);
  });

  it('finds static, re-exported and dynamic imports', () => {
    const code = `import { a } from "lowdb"; export * from './y.js'; await import(p);`;
    expect(loadsIn(code).imports).toEqual(['lowdb', './y.js', '<dynamic: p>']);
  });
});
