import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.shared';

export default defineConfig(packageConfig({ index: 'src/index.ts', tr: 'src/tr.ts' }));
