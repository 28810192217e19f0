/** Storage notices every widget shows when it cannot save on this device. */
export const storageEn = {
  'storage.blocked':
    'Your browser is not letting this page save data, so your answers will be kept only until you close or reload the page.',
  'storage.full':
    'Your browser’s storage for this site is full, so your latest answers will be kept only until you close or reload the page.',
  'storage.corrupt':
    'Some saved data on this device could not be read and has been set aside. You can start afresh.',
  'storage.newer':
    'Your answers were saved by a newer version of this form. They have been left as they are; this page will not change them.',
};

export const storageCy: typeof storageEn = {
  'storage.blocked':
    'Nid yw eich porwr yn gadael i’r dudalen hon gadw data, felly dim ond nes i chi gau neu ail-lwytho’r dudalen y bydd eich atebion yn cael eu cadw.',
  'storage.full':
    'Mae storfa eich porwr ar gyfer y wefan hon yn llawn, felly dim ond nes i chi gau neu ail-lwytho’r dudalen y bydd eich atebion diweddaraf yn cael eu cadw.',
  'storage.corrupt':
    'Nid oedd modd darllen rhywfaint o ddata a gadwyd ar y ddyfais hon, ac mae wedi’i roi o’r neilltu. Gallwch ddechrau o’r newydd.',
  'storage.newer':
    'Cafodd eich atebion eu cadw gan fersiwn mwy newydd o’r ffurflen hon. Maen nhw wedi’u gadael fel y maen nhw; ni fydd y dudalen hon yn eu newid.',
};
