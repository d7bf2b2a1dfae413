import { ArrowDown, ArrowUp, Eye, EyeOff, Pencil, Plus } from 'lucide-react';
import { addProgram, moveProgram } from '../../lib/program-edits.ts';
import {
  selectChangeWorking,
  selectEditProgram,
  selectEditingProgramId,
  selectWorking,
} from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { MissingSpanish } from './missing-spanish-list.tsx';
import { ProgramForm } from './program-form.tsx';

/** The programs in the order visitors see them: reorder, open one to edit, or add one. */
export function ProgramsSection() {
  const working = useAdmin(selectWorking);
  const editingId = useAdmin(selectEditingProgramId);
  const change = useAdmin(selectChangeWorking);
  const edit = useAdmin(selectEditProgram);
  if (!working) return null;
  const index = working.programs.findIndex((p) => p.id === editingId);
  if (index >= 0) return <ProgramForm index={index} />;
  return (
    <section className="admin-section" aria-labelledby="admin-programs-title">
      <h2 id="admin-programs-title" className="admin-section__title">
        Programs
      </h2>
      <ol className="admin-list">
        {working.programs.map((program, i) => (
          <li key={program.id} className="admin-list__item">
            <span className="admin-list__name">{program.title.en || '(no title yet)'}</span>
            <span className="admin-list__detail">
              {program.hidden ? 'Hidden from visitors · ' : ''}
              {program.units
                .map((u) => u.phone)
                .filter(Boolean)
                .join(', ') || 'No phone number'}
            </span>
            <span className="admin-list__actions">
              <button
                type="button"
                className="admin-icon-button"
                aria-label={`Move ${program.title.en} up`}
                disabled={i === 0}
                onClick={() => change((c) => moveProgram(c, i, -1))}
              >
                <ArrowUp aria-hidden="true" />
              </button>
              <button
                type="button"
                className="admin-icon-button"
                aria-label={`Move ${program.title.en} down`}
                disabled={i === working.programs.length - 1}
                onClick={() => change((c) => moveProgram(c, i, 1))}
              >
                <ArrowDown aria-hidden="true" />
              </button>
              <button
                type="button"
                className="admin-button"
                aria-label={`${program.hidden ? 'Show' : 'Hide'} ${program.title.en}`}
                onClick={() =>
                  change((c) => ({
                    ...c,
                    programs: c.programs.map((p, j) => (j === i ? { ...p, hidden: !p.hidden } : p)),
                  }))
                }
              >
                {program.hidden ? <Eye aria-hidden="true" /> : <EyeOff aria-hidden="true" />}
                {program.hidden ? 'Show' : 'Hide'}
              </button>
              <button
                type="button"
                className="admin-button"
                aria-label={`Edit ${program.title.en}`}
                onClick={() => edit(program.id)}
              >
                <Pencil aria-hidden="true" />
                Edit
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="admin-button"
        onClick={() => {
          const next = addProgram(working);
          change(() => next);
          edit(next.programs.at(-1)?.id ?? null);
        }}
      >
        <Plus aria-hidden="true" />
        Add a program
      </button>
      <MissingSpanish />
    </section>
  );
}
