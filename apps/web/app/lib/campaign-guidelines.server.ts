import { loadGuides } from '@destalk/core/content/guides';

// The campaign guidelines are part of the build: content/campaigns/guidelines/<language>/<NN-chapter>.md.
const files = import.meta.glob<string>('../../../../content/campaigns/guidelines/*/*.md', { query: '?raw', import: 'default', eager: true });

export const campaignGuidelines = loadGuides(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^.*content\/campaigns\/guidelines\//, ''), text])));
