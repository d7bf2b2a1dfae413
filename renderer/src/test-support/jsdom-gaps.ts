// What jsdom lacks and the components only need to exist: it lays nothing out, so nothing
// would ever resize (the scroll buttons, the staff keyboard's watch on the field it keeps in view).
class InertResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { value: InertResizeObserver });
}
