export interface PinPadStatusInput {
  status: { pinSet: boolean; lockedUntil: number | null; problems?: string[] } | null;
  /** The last sign-in's error, in the core's words. */
  message: string | null;
  clockTime: (ms: number) => string;
}

/**
 * What the PIN pad says: one line for its state, then every reason the core gives, because
 * staff cannot reach admin's alerts from here: a pad that is shut must say why, in plain words
 * staff can pass on to IT (a policy file IT must fix, a data folder the kiosk cannot write).
 */
export function pinPadStatus({ status, message, clockTime }: PinPadStatusInput): {
  headline: string;
  reasons: string[];
} {
  const closed = status !== null && !status.pinSet;
  const locked = status !== null && status.lockedUntil !== null;
  const headline = closed
    ? 'Admin is closed until IT sets a PIN.'
    : locked
      ? `Too many wrong PINs. The pad is locked until ${clockTime(status.lockedUntil ?? 0)}.`
      : (message ?? 'Type the staff PIN.');
  const reasons = [...(closed || locked ? [message] : []), ...(status?.problems ?? [])].filter(
    (line): line is string => line !== null && line !== headline,
  );
  return { headline, reasons: [...new Set(reasons)] };
}
