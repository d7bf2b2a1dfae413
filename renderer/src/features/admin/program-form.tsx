import { ArrowLeft, Plus, Trash2 } from 'lucide-react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { addUnit, removeProgram } from '../../lib/program-edits.ts';
import {
  selectChangeWorking,
  selectEditProgram,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { LocalizedField, TextField } from './text-field.tsx';

/** One program: its title, the agency's description, its units and numbers, a web address. */
export function ProgramForm({ index }: { index: number }) {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  const edit = useAdmin(selectEditProgram);
  const program = working?.programs[index];
  if (!program) return null;
  const path = `programs.${index}`;
  const update = (next: Program) =>
    change((c) => ({ ...c, programs: c.programs.map((p, i) => (i === index ? next : p)) }));

  return (
    <section className="admin-section" aria-labelledby="admin-program-title">
      <button type="button" className="admin-button" onClick={() => edit(null)}>
        <ArrowLeft aria-hidden="true" />
        All programs
      </button>
      <h2 id="admin-program-title" className="admin-section__title">
        {program.title.en || 'New program'}
      </h2>
      <LocalizedField
        label="Title on the tile"
        path={`${path}.title`}
        value={program.title}
        onChange={(title) => update({ ...program, title })}
      />
      {program.description.map((paragraph, p) => (
        <LocalizedField
          key={p}
          label={`Description, paragraph ${p + 1}`}
          path={`${path}.description.${p}`}
          value={paragraph}
          multiline
          onChange={(text) =>
            update({
              ...program,
              description: program.description.map((d, i) => (i === p ? text : d)),
            })
          }
        />
      ))}
      <h3 className="admin-section__subtitle">Units and phone numbers</h3>
      {program.units.map((unit, u) => (
        <div key={unit.id} className="admin-unit">
          <LocalizedField
            label={`Unit ${u + 1} name`}
            path={`${path}.units.${u}.name`}
            value={unit.name}
            onChange={(name) =>
              update({
                ...program,
                units: program.units.map((x, i) => (i === u ? { ...x, name } : x)),
              })
            }
          />
          <TextField
            label={`Phone number of ${unit.name.en || `unit ${u + 1}`}`}
            path={`${path}.units.${u}.phone`}
            value={unit.phone}
            hint="Like (916) 227-4253. Leave empty to send visitors to the reception desk."
            onChange={(phone) =>
              update({
                ...program,
                units: program.units.map((x, i) => (i === u ? { ...x, phone } : x)),
              })
            }
          />
          <button
            type="button"
            className="admin-button admin-button--danger"
            onClick={() => update({ ...program, units: program.units.filter((_, i) => i !== u) })}
          >
            <Trash2 aria-hidden="true" />
            Remove this unit
          </button>
        </div>
      ))}
      <button type="button" className="admin-button" onClick={() => update(addUnit(program))}>
        <Plus aria-hidden="true" />
        Add a unit
      </button>
      <TextField
        label="Web address (shown as a QR code)"
        path={`${path}.webAddress`}
        value={program.webAddress}
        hint="Starts with https://. Leave empty for no QR code."
        onChange={(webAddress) => update({ ...program, webAddress })}
      />
      <button
        type="button"
        className="admin-button admin-button--danger"
        onClick={() => {
          edit(null);
          change((c) => removeProgram(c, index));
        }}
      >
        <Trash2 aria-hidden="true" />
        Remove this program
      </button>
    </section>
  );
}
