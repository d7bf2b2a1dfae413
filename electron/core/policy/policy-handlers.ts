import { isKioskWindow, type KioskPolicySummary } from '../../contract/policy-schema.ts';
import type { OperationHandlers } from '../kiosk-core-types.ts';
import { allowedLanguages } from './policy-rules.ts';
import type { PolicyState } from './read-policy.ts';

/** What the renderer is told: never the PIN hash, the data folder or the update server. */
export function summarizePolicy({ policy, problem, adminClosed }: PolicyState): KioskPolicySummary {
  const bounds = policy.idleTimeoutSeconds;
  return {
    languages: allowedLanguages(policy),
    idleTimeoutSeconds: bounds === undefined ? null : { min: bounds.min, max: bounds.max },
    usageCounts: policy.usageCounts ?? null,
    pinFromPolicy: policy.adminPinHash !== undefined || adminClosed !== undefined,
    kioskMode: isKioskWindow(policy),
    problem,
  };
}

/** readKioskPolicy needs no session: visitors' screens read the languages they may offer. */
export function createPolicyHandlers(
  state: PolicyState,
): Pick<OperationHandlers, 'readKioskPolicy'> {
  return { readKioskPolicy: async () => summarizePolicy(state) };
}
