import { ApiError } from '../../contract/errors.ts';
import type { AdminServices } from '../admin/admin-services.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import { NOT_PUBLISHER, type Publisher } from './publisher.ts';

/**
 * publishToKiosks, and History's list with each revision's send to all kiosks (`sentAs`) on the
 * publishing PC. `publisher` is null on a kiosk: the operation is refused there, and History is
 * the editing service's own.
 */
export function createPublishHandlers(
  publisher: Publisher | null,
  { sessions }: AdminServices,
  listRevisions: OperationHandlers['listRevisions'],
): Pick<OperationHandlers, 'publishToKiosks' | 'listRevisions'> {
  return {
    async publishToKiosks({ token, passphrase, initials }) {
      await sessions.require(token);
      if (publisher === null) throw new ApiError('forbidden', NOT_PUBLISHER);
      return publisher.publish(passphrase, initials);
    },
    async listRevisions(input) {
      const page = await listRevisions(input);
      if (publisher === null) return page;
      return {
        ...page,
        revisions: page.revisions.map((revision) => {
          const sentAs = publisher.sentAs(revision.number);
          return sentAs === undefined ? revision : { ...revision, sentAs };
        }),
      };
    },
  };
}
