import type { Privacy } from '../../../../electron/contract/content-schema.ts';
import { selectChangeWorking, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { PrincipleEditor } from './principle-editor.tsx';
import { LocalizedField, TextField } from './text-field.tsx';
import { TextListEditor } from './text-list-editor.tsx';

/**
 * The privacy notice, all of it: the agency's wording (title, introduction, the principles
 * with their paragraphs and lists, note, more information, references), which asks staff to
 * confirm each change, and the contact and date.
 */
export function PrivacySection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  if (!working) return null;
  const { privacy } = working;
  const update = (recipe: (draft: Privacy) => void) =>
    change((c) => {
      recipe(c.privacy);
    });
  const contact = privacy.moreInfo.contact;
  return (
    <section className="admin-section" aria-labelledby="admin-privacy-title">
      <h2 id="admin-privacy-title" className="admin-section__title">
        Privacy notice
      </h2>
      <LocalizedField
        label="Title"
        path="privacy.title"
        value={privacy.title}
        agency
        onChange={(title) =>
          update((p) => {
            p.title = title;
          })
        }
      />
      {privacy.intro.map((paragraph, i) => (
        <LocalizedField
          key={i}
          label={`Introduction, paragraph ${i + 1}`}
          path={`privacy.intro.${i}`}
          value={paragraph}
          multiline
          agency
          onChange={(text) =>
            update((p) => {
              p.intro[i] = text;
            })
          }
        />
      ))}
      <h3 className="admin-section__subtitle">Principles</h3>
      <LocalizedField
        label="Before the principles"
        path="privacy.principlesLead"
        value={privacy.principlesLead}
        multiline
        agency
        onChange={(principlesLead) =>
          update((p) => {
            p.principlesLead = principlesLead;
          })
        }
      />
      {privacy.principles.map((principle, i) => (
        <PrincipleEditor
          key={i}
          number={i + 1}
          path={`privacy.principles.${i}`}
          blocks={principle.blocks}
          onChange={(blocks) =>
            update((p) => {
              p.principles[i] = { blocks };
            })
          }
        />
      ))}
      <LocalizedField
        label="Note"
        path="privacy.note"
        value={privacy.note}
        multiline
        agency
        onChange={(note) =>
          update((p) => {
            p.note = note;
          })
        }
      />
      <h3 className="admin-section__subtitle">More information</h3>
      <LocalizedField
        label="Heading"
        path="privacy.moreInfo.heading"
        value={privacy.moreInfo.heading}
        agency
        onChange={(heading) =>
          update((p) => {
            p.moreInfo.heading = heading;
          })
        }
      />
      <LocalizedField
        label="Text"
        path="privacy.moreInfo.body"
        value={privacy.moreInfo.body}
        multiline
        agency
        onChange={(body) =>
          update((p) => {
            p.moreInfo.body = body;
          })
        }
      />
      <TextField
        label="Privacy contact phone"
        path="privacy.moreInfo.contact.phone"
        value={contact.phone}
        hint="Like (916) 227-4253"
        onChange={(phone) =>
          update((p) => {
            p.moreInfo.contact.phone = phone;
          })
        }
      />
      <TextField
        label="Privacy contact email"
        path="privacy.moreInfo.contact.email"
        value={contact.email}
        hint="Leave empty if the agency gives none."
        onChange={(email) =>
          update((p) => {
            p.moreInfo.contact.email = email;
          })
        }
      />
      <TextField
        label="Policy date"
        path="privacy.policyDate"
        value={privacy.policyDate}
        hint="As the policy prints it, like 4/28/2022"
        onChange={(policyDate) =>
          update((p) => {
            p.policyDate = policyDate;
          })
        }
      />
      <h3 className="admin-section__subtitle">References</h3>
      <TextListEditor
        itemLabel="Reference"
        path="privacy.references"
        items={privacy.references}
        onChange={(references) =>
          update((p) => {
            p.references = references;
          })
        }
      />
    </section>
  );
}
