import type { PhoneMention } from '../../../../electron/contract/phone-mentions.ts';

/** The sentence a number sits in, the number marked (bold and underlined, not by colour). */
export function NumberInSentence({
  mention,
  className,
}: {
  mention: PhoneMention;
  className: string;
}) {
  const at = mention.sentence.indexOf(mention.found);
  if (at < 0) return <p className={`${className}__sentence`}>{mention.sentence}</p>;
  return (
    <p className={`${className}__sentence`}>
      {mention.sentence.slice(0, at)}
      <strong className={`${className}__number`}>{mention.found}</strong>
      {mention.sentence.slice(at + mention.found.length)}
    </p>
  );
}
