import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTyping } from './use-typing.ts';

function Editor() {
  const typing = useTyping();
  return (
    <>
      <input aria-label="Note" />
      <button type="button">Add</button>
      <p>{typing ? 'keyboard shown' : 'keyboard hidden'}</p>
    </>
  );
}

const settle = () => act(() => Promise.resolve());

describe('useTyping', () => {
  afterEach(cleanup);

  it('shows the keyboard while a field has the focus', async () => {
    render(<Editor />);
    screen.getByRole('textbox').focus();
    await settle();
    expect(screen.getByText('keyboard shown')).toBeTruthy();
    screen.getByRole('textbox').blur();
    await settle();
    expect(screen.getByText('keyboard hidden')).toBeTruthy();
  });

  // Hiding it as the finger lands moved the button away before the finger lifted: a lost tap.
  it('keeps the keyboard until the finger that left the field is lifted', async () => {
    render(<Editor />);
    screen.getByRole('textbox').focus();
    await settle();
    const button = screen.getByRole('button', { name: 'Add' });
    fireEvent.pointerDown(button);
    button.focus();
    await settle();
    expect(screen.getByText('keyboard shown')).toBeTruthy();
    fireEvent.pointerUp(button);
    await settle();
    expect(screen.getByText('keyboard hidden')).toBeTruthy();
  });
});
