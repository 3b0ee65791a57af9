// What the download pages read about generated images (see src/integrations/images/).
export { readImageManifest } from '../integrations/images/manifest-file.ts';
