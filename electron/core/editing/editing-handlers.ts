import type { AdminServices } from '../admin/admin-services.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import type { EditingService } from './editing-service.ts';

type EditingOperation =
  | 'getDraft'
  | 'saveDraft'
  | 'discardDraft'
  | 'publishDraft'
  | 'listRevisions'
  | 'restoreRevision'
  | 'checkImport'
  | 'importAsDraft'
  | 'exportContent';

const HISTORY_PAGE = 50;

/** The staff's editing operations; each one needs a live admin session. */
export function createEditingHandlers(
  editing: EditingService,
  { sessions }: AdminServices,
): Pick<OperationHandlers, EditingOperation> {
  return {
    async getDraft({ token }) {
      sessions.require(token);
      return { draft: await editing.getDraft() };
    },
    async saveDraft({ token, content }) {
      sessions.require(token);
      return { draft: await editing.saveDraft(content) };
    },
    async discardDraft({ token }) {
      sessions.require(token);
      await editing.discardDraft();
      return undefined;
    },
    async publishDraft({ token, initials }) {
      sessions.require(token);
      return { revision: await editing.publish(initials) };
    },
    async listRevisions({ token, before, limit = HISTORY_PAGE }) {
      sessions.require(token);
      return editing.listRevisions({ before, limit });
    },
    async restoreRevision({ token, number, initials }) {
      sessions.require(token);
      return { revision: await editing.restore(number, initials) };
    },
    async checkImport({ token, text }) {
      sessions.require(token);
      return editing.checkImport(text);
    },
    async importAsDraft({ token, text, initials }) {
      sessions.require(token);
      return { draft: await editing.importAsDraft(text, initials) };
    },
    async exportContent({ token }) {
      sessions.require(token);
      return editing.exportContent();
    },
  };
}
