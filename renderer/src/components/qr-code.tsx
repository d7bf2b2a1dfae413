import { useMemo } from 'react';
import { QUIET_ZONE, qrPath, qrSidePx } from '../lib/qr-path.ts';

interface QrCodeProps {
  text: string;
  label: string;
}

export function QrCode({ text, label }: QrCodeProps) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  const side = size + 2 * QUIET_ZONE;
  const px = qrSidePx(size);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={px}
      height={px}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
