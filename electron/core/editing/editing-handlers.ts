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
      await sessions.require(token);
      return { draft: await editing.getDraft() };
    },
    async saveDraft({ token, content }) {
      await sessions.require(token);
      return { draft: await editing.saveDraft(content) };
    },
    async discardDraft({ token }) {
      await sessions.require(token);
      await editing.discardDraft();
      return undefined;
    },
    async publishDraft({ token, initials }) {
      await sessions.require(token);
      return { revision: await editing.publish(initials) };
    },
    async listRevisions({ token, before, limit = HISTORY_PAGE }) {
      await sessions.require(token);
      return editing.listRevisions({ before, limit });
    },
    async restoreRevision({ token, number, initials }) {
      await sessions.require(token);
      return { revision: await editing.restore(number, initials) };
    },
    async checkImport({ token, text }) {
      await sessions.require(token);
      return editing.checkImport(text);
    },
    async importAsDraft({ token, text, initials }) {
      await sessions.require(token);
      return { draft: await editing.importAsDraft(text, initials) };
    },
    async exportContent({ token }) {
      await sessions.require(token);
      return editing.exportContent();
    },
  };
}
