import { useEffect, useRef, useState } from 'react';

/** Whether a picker's choices are open, and the button and panel that focus moves between. */
export function usePickerPopover() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Choices opened below the fold would look like nothing happened.
    if (open) panelRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  // Focus goes back to the button, or it would fall to the page's start with the panel gone.
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return { open, setOpen, toggleRef, panelRef, close };
}
