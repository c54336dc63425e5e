export const messages = {
  nl: {
    unknownRegion: (id: string) => `De regio "${id}" staat niet in de gegevens. Hieronder staat Nederland.`,
    levels: { land: 'Land', provincie: 'Provincie', arbeidsmarktregio: 'Arbeidsmarktregio' } as Record<string, string>,
    figures: 'Kerncijfers',
    source: 'Bron',
    year: 'Peiljaar',
    noValue: 'geen gegeven',
    dataDate: (d: string) => `Gegevens bijgewerkt op ${d}`,
  },
  en: {
    unknownRegion: (id: string) => `The region "${id}" is not in the data. The Netherlands is shown below.`,
    levels: { land: 'Country', provincie: 'Province', arbeidsmarktregio: 'Labour-market region' } as Record<string, string>,
    figures: 'Key figures',
    source: 'Source',
    year: 'Reference year',
    noValue: 'no figure',
    dataDate: (d: string) => `Data updated on ${d}`,
  },
};
