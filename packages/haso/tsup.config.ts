import { defineConfig } from 'tsup';
import { nodeBundleConfig, packageConfig } from '../../tsup.shared';

const entry = { index: 'src/index.ts', tr: 'src/tr.ts' };

export default defineConfig([...packageConfig(entry), nodeBundleConfig(entry)]);
