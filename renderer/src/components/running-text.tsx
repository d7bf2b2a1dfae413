import { splitPhoneNumbers } from '../lib/text-with-numbers.ts';

/** Agency text as written, its phone numbers in the phone-number face (see base.css). */
export function RunningText({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((piece, index) =>
        piece.phone ? (
          <span key={index} className="phone-digits">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
