import { arrowKeys } from './use-arrow-keys.ts';

export interface Choice {
  /** What the button shows: "4", ":30", "PM". */
  text: string;
  /** What a screen reader says where the text alone would be unclear: "30 minutes". */
  label?: string;
  pressed: boolean;
  choose(): void;
}

interface ChoiceGroupProps {
  label: string;
  /** Six to a row, or two: the layout the stylesheet has, which the arrow keys follow. */
  columns: 6 | 2;
  choices: Choice[];
}

/** A row of finger-sized buttons, one pressed, moved among with the arrow keys. */
export function ChoiceGroup({ label, columns, choices }: ChoiceGroupProps) {
  return (
    <div
      className={columns === 2 ? 'picker__choices picker__choices--two' : 'picker__choices'}
      role="group"
      aria-label={label}
      onKeyDown={arrowKeys(columns)}
    >
      {choices.map((choice) => (
        <button
          key={choice.text}
          type="button"
          className="picker__choice"
          aria-label={choice.label}
          aria-pressed={choice.pressed}
          onClick={choice.choose}
        >
          {choice.text}
        </button>
      ))}
    </div>
  );
}
