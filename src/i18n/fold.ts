/** Text without case or diacritics: "Fryslân" and "fryslan" fold to the same string. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
