// URLs of the progress pages: /tien-do/ lists the campaigns, /tien-do/<campaign>/ is the top unit,
// /tien-do/<campaign>/<unit>/ every unit below.
export const progressRoutes = {
  index: () => '/tien-do/',
  campaign: (campaign: string) => `/tien-do/${campaign}/`,
  unit: (campaign: string, unit: string, isRoot: boolean) => (isRoot ? `/tien-do/${campaign}/` : `/tien-do/${campaign}/${unit}/`),
  csv: (campaign: string, unit: string, isRoot: boolean) => `${progressRoutes.unit(campaign, unit, isRoot)}du-lieu.csv`,
} as const;
