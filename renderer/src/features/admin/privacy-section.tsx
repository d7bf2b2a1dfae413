import { selectChangeWorking, selectWorking } from '../../store/admin/admin-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { LocalizedField, TextField } from './text-field.tsx';

/** The privacy notice's title, introduction, note, contact and date. */
export function PrivacySection() {
  const working = useAdmin(selectWorking);
  const change = useAdmin(selectChangeWorking);
  if (!working) return null;
  const { privacy } = working;
  const setPrivacy = (next: Partial<typeof privacy>) =>
    change((c) => ({ ...c, privacy: { ...c.privacy, ...next } }));
  const contact = privacy.moreInfo.contact;
  const setContact = (next: Partial<typeof contact>) =>
    setPrivacy({ moreInfo: { ...privacy.moreInfo, contact: { ...contact, ...next } } });
  return (
    <section className="admin-section" aria-labelledby="admin-privacy-title">
      <h2 id="admin-privacy-title" className="admin-section__title">
        Privacy notice
      </h2>
      <LocalizedField
        label="Title"
        path="privacy.title"
        value={privacy.title}
        onChange={(title) => setPrivacy({ title })}
      />
      {privacy.intro.map((paragraph, i) => (
        <LocalizedField
          key={i}
          label={`Introduction, paragraph ${i + 1}`}
          path={`privacy.intro.${i}`}
          value={paragraph}
          multiline
          onChange={(text) =>
            setPrivacy({ intro: privacy.intro.map((p, j) => (j === i ? text : p)) })
          }
        />
      ))}
      <LocalizedField
        label="Note"
        path="privacy.note"
        value={privacy.note}
        multiline
        onChange={(note) => setPrivacy({ note })}
      />
      <TextField
        label="Privacy contact phone"
        path="privacy.moreInfo.contact.phone"
        value={contact.phone}
        hint="Like (916) 227-4253"
        onChange={(phone) => setContact({ phone })}
      />
      <TextField
        label="Privacy contact email"
        path="privacy.moreInfo.contact.email"
        value={contact.email}
        hint="Leave empty if the agency gives none."
        onChange={(email) => setContact({ email })}
      />
      <TextField
        label="Policy date"
        path="privacy.policyDate"
        value={privacy.policyDate}
        hint="As the policy prints it, like 4/28/2022"
        onChange={(policyDate) => setPrivacy({ policyDate })}
      />
    </section>
  );
}
