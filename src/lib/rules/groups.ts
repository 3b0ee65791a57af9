// The groups whose State support differs. Ids are also the calculator's URL values (?nhom=…).
// Kept apart from the zod schema so the calculator's browser code does not carry zod.
export const GROUP_IDS = ['ho-ngheo', 'xa-dao', 'can-ngheo', 'dan-toc-thieu-so', 'khac'] as const;
export type GroupId = (typeof GROUP_IDS)[number];
