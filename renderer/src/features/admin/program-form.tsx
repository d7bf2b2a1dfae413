import { ArrowLeft, Plus } from 'lucide-react';
import type { Program } from '../../../../electron/contract/content-schema.ts';
import { addUnit, removeProgram } from '../../lib/program-edits.ts';
import {
  selectChangeWorking,
  selectEditProgram,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { NumberReplacements } from './number-replacements.tsx';
import { RemoveButton } from './remove-button.tsx';
import { LocalizedField, TextField } from './text-field.tsx';
import { TextListEditor } from './text-list-editor.tsx';

/**
 * One program: its title, the agency's description, list and key facts, its units and
 * numbers, a web address. Edits change only the program's own part of the working copy.
 */
export function ProgramForm({ index }: { index: number }) {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  const edit = useAdmin(selectEditProgram);
  const program = working?.programs[index];
  if (!program) return null;
  const path = `programs.${index}`;
  const update = (recipe: (draft: Program) => void) =>
    change((c) => {
      const draft = c.programs[index];
      if (draft) recipe(draft);
    });

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
        onChange={(title) =>
          update((p) => {
            p.title = title;
          })
        }
      />
      <LocalizedField
        label="Heading on the program's page"
        path={`${path}.heading`}
        value={program.heading}
        agency
        onChange={(heading) =>
          update((p) => {
            p.heading = heading;
          })
        }
      />
      {program.description.map((paragraph, d) => (
        <LocalizedField
          key={d}
          label={`Description, paragraph ${d + 1}`}
          path={`${path}.description.${d}`}
          value={paragraph}
          multiline
          agency
          onChange={(text) =>
            update((p) => {
              p.description[d] = text;
            })
          }
        />
      ))}
      <h3 className="admin-section__subtitle">List</h3>
      <LocalizedField
        label="List title"
        path={`${path}.listTitle`}
        value={program.listTitle}
        agency
        onChange={(listTitle) =>
          update((p) => {
            p.listTitle = listTitle;
          })
        }
      />
      <TextListEditor
        itemLabel="List item"
        path={`${path}.list`}
        items={program.list}
        onChange={(list) =>
          update((p) => {
            p.list = list;
          })
        }
      />
      <h3 className="admin-section__subtitle">Key facts</h3>
      <TextListEditor
        itemLabel="Key fact"
        path={`${path}.keyFacts`}
        items={program.keyFacts}
        onChange={(keyFacts) =>
          update((p) => {
            p.keyFacts = keyFacts;
          })
        }
      />
      <h3 className="admin-section__subtitle">Units and phone numbers</h3>
      {program.units.map((unit, u) => (
        <div key={unit.id} className="admin-unit">
          <LocalizedField
            label={`Unit ${u + 1} name`}
            path={`${path}.units.${u}.name`}
            value={unit.name}
            onChange={(name) =>
              update((p) => {
                p.units[u]!.name = name;
              })
            }
          />
          <TextField
            label={`Phone number of ${unit.name.en || `unit ${u + 1}`}`}
            path={`${path}.units.${u}.phone`}
            value={unit.phone}
            hint="Like (916) 227-4253. Leave empty to send visitors to the reception desk."
            onChange={(phone) =>
              update((p) => {
                p.units[u]!.phone = phone;
              })
            }
          />
          <NumberReplacements programId={program.id} unitId={unit.id} />
          <RemoveButton
            onClick={() =>
              update((p) => {
                p.units.splice(u, 1);
              })
            }
          >
            Remove this unit
          </RemoveButton>
        </div>
      ))}
      <button
        type="button"
        className="admin-button"
        onClick={() =>
          update((p) => {
            p.units = addUnit(program).units;
          })
        }
      >
        <Plus aria-hidden="true" />
        Add a unit
      </button>
      <TextField
        label="Web address (shown as a QR code)"
        path={`${path}.webAddress`}
        value={program.webAddress}
        hint="Starts with https://. Leave empty for no QR code."
        onChange={(webAddress) =>
          update((p) => {
            p.webAddress = webAddress;
          })
        }
      />
      <RemoveButton
        onClick={() => {
          edit(null);
          change((c) => removeProgram(c, index));
        }}
      >
        Remove this program
      </RemoveButton>
    </section>
  );
}
