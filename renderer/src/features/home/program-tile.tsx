import { Phone } from 'lucide-react';
import { useId } from 'react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { useLocalize } from '../../hooks/use-localize.ts';
import { TILE_TITLE_TIMING } from '../../lib/render-marks.ts';
import { selectOpenProgram } from '../../store/selectors.ts';
import { useKiosk } from '../../store/store-context.tsx';
import { ProgramIcon } from './program-icon.tsx';

/** Named by its title alone; the first phone number is its description, seen at a glance. */
export function ProgramTile({ program }: { program: Program }) {
  const t = useLocalize();
  const openProgram = useKiosk(selectOpenProgram);
  const titleId = useId();
  const phoneId = useId();
  const phone = program.units.find((unit) => unit.phone !== '')?.phone;
  return (
    <button
      type="button"
      className="tile"
      aria-labelledby={titleId}
      aria-describedby={phone ? phoneId : undefined}
      onClick={() => openProgram(program.id)}
    >
      <span className="tile__icon-box">
        <ProgramIcon programId={program.id} className="tile__icon" />
      </span>
      <span id={titleId} className="tile__title" elementtiming={TILE_TITLE_TIMING}>
        {t(program.title)}
      </span>
      {phone && (
        <span id={phoneId} className="tile__phone">
          <Phone aria-hidden="true" className="tile__phone-icon" />
          {phone}
        </span>
      )}
    </button>
  );
}
