import { sourceKindOf } from '../../contract/central-schema.ts';
import type { BundleSource, BundleSourceOptions } from './bundle-read.ts';
import { openFolderSource } from './bundle-source-folder.ts';
import { openUrlSource } from './bundle-source-url.ts';

export type {
  BundleSource,
  BundleSourceOptions,
  ManifestFiles,
  ReadFailure,
  SourceRead,
} from './bundle-read.ts';

/** The bundle folder a policy names: a folder path read with fs, or a web address fetched. */
export function openBundleSource(options: BundleSourceOptions): BundleSource {
  const kind = sourceKindOf(options.location);
  if (kind === 'url') return openUrlSource(options);
  if (kind === 'folder') return openFolderSource(options);
  throw new Error(`${options.location} is neither a folder nor an https:// address.`);
}
