import 'react';

// React passes unknown lower-case attributes through to the DOM (and into server-rendered HTML)
// but its types do not know the Element Timing attribute yet. Declared on AriaAttributes, the
// one attribute interface every element's extends that takes no type parameter to leave unused.
declare module 'react' {
  interface AriaAttributes {
    /** Names the element for Element Timing: the browser reports when it was first painted. */
    elementtiming?: string;
  }
}
