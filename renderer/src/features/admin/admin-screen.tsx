import { useEffect, type ReactNode } from 'react';
import type { EditorSection } from '../../store/admin/editor-slice.ts';
import {
  selectEditorMessage,
  selectEditorSection,
  selectOpenSection,
  selectPreviewing,
  selectQuitting,
} from '../../store/admin/admin-selectors.ts';
import { selectShowsKiosks } from '../../store/admin/fleet-selectors.ts';
import { useAdmin } from '../../store/admin/use-admin.ts';
import { AdminHeader } from './admin-header.tsx';
import { AdminKeyboard } from './admin-keyboard.tsx';
import { AgencyTextConfirm } from './agency-text-confirm.tsx';
import { AnnouncementsSection } from './announcements-section.tsx';
import { AuditSection } from './audit-section.tsx';
import { CentralBanner } from './central-banner.tsx';
import { CentralLock } from './central-lock.tsx';
import { forgetHistories } from './field-histories.ts';
import { HistorySection } from './history-section.tsx';
import { HoursSection } from './hours-section.tsx';
import { KiosksSection } from './kiosks-section.tsx';
import { PreviewOverlay } from './preview-overlay.tsx';
import { PrivacySection } from './privacy-section.tsx';
import { ProgramsSection } from './programs-section.tsx';
import { SettingsSection } from './settings-section.tsx';
import { StoreAlerts } from './store-alerts.tsx';
import { TransferSection } from './transfer-section.tsx';
import { useAdminStatusRefresh } from './use-admin-status-refresh.ts';
import { useAdminTimeout } from './use-admin-timeout.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';
import { useTyping } from './use-typing.ts';
import { UsageSection } from './usage-section.tsx';
import '../../styles/admin.css';

// A content editor is turned off while its part comes from the central source; Settings, History
// and Import turn off their own content controls and keep the rest (quitting, export).
const SECTIONS: ReadonlyArray<[EditorSection, string, () => ReactNode]> = [
  [
    'programs',
    'Programs',
    () => (
      <CentralLock part="programs">
        <ProgramsSection />
      </CentralLock>
    ),
  ],
  [
    'announcements',
    'Announcements',
    () => (
      <CentralLock part="announcements">
        <AnnouncementsSection />
      </CentralLock>
    ),
  ],
  [
    'hours',
    'Office hours',
    () => (
      <CentralLock part="hours">
        <HoursSection />
      </CentralLock>
    ),
  ],
  [
    'privacy',
    'Privacy notice',
    () => (
      <CentralLock part="privacy">
        <PrivacySection />
      </CentralLock>
    ),
  ],
  ['settings', 'Settings', () => <SettingsSection />],
  ['history', 'History', () => <HistorySection />],
  ['transfer', 'Import and export', () => <TransferSection />],
  ['audit', 'Audit log', () => <AuditSection />],
  ['usage', 'Usage', () => <UsageSection />],
  ['kiosks', 'Kiosks', () => <KiosksSection />],
];

/** Admin: the editor for everything visitors see, with the keyboard at the foot. */
export function AdminScreen() {
  const section = useAdmin(selectEditorSection);
  const open = useAdmin(selectOpenSection);
  const message = useAdmin(selectEditorMessage);
  const previewing = useAdmin(selectPreviewing);
  useDraftAutosave();
  useAdminTimeout();
  useAdminStatusRefresh();
  const typing = useTyping();
  useEffect(() => forgetHistories, []);
  const quitting = useAdmin(selectQuitting);
  const showsKiosks = useAdmin(selectShowsKiosks);
  // Kiosks is the publishing PC's only: a kiosk has no folder of the others' status to read.
  const sections = showsKiosks ? SECTIONS : SECTIONS.filter(([name]) => name !== 'kiosks');
  const body = sections.find(([name]) => name === section)?.[2];
  if (quitting) {
    return (
      <main className="admin admin--closing">
        <p role="status">The kiosk is closing.</p>
      </main>
    );
  }
  return (
    <div className="admin">
      <AdminHeader />
      <nav className="admin-tabs" aria-label="Admin sections">
        {sections.map(([name, label]) => (
          <button
            key={name}
            type="button"
            className="admin-tab"
            aria-current={name === section ? 'page' : undefined}
            onClick={() => open(name)}
          >
            {label}
          </button>
        ))}
      </nav>
      <CentralBanner />
      <StoreAlerts />
      {message && (
        <div
          className={`admin-message admin-message--${message.kind}`}
          role={message.kind === 'problem' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details && (
            <ul>
              {message.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <main className="admin__main">{body?.()}</main>
      {typing && <AdminKeyboard />}
      <AgencyTextConfirm />
      {previewing && <PreviewOverlay />}
    </div>
  );
}
