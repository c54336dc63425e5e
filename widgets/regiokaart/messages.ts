export const messages = {
  nl: {
    map: (indicator: string, year: number | string) => `Kaart: ${indicator}, ${year}`,
    noData: 'geen gegeven',
    legend: 'Legenda',
    source: 'Bron',
    unknownIndicator: (id: string) => `De indicator "${id}" staat niet in de gegevens.`,
    range: (a: string, b: string) => `${a} tot en met ${b}`,
  },
  en: {
    map: (indicator: string, year: number | string) => `Map: ${indicator}, ${year}`,
    noData: 'no data',
    legend: 'Legend',
    source: 'Source',
    unknownIndicator: (id: string) => `The indicator "${id}" is not in the data.`,
    range: (a: string, b: string) => `${a} to ${b}`,
  },
};
