/** Labels for the default respondent fields, shared by the widgets, SDK and collector. */
export const fieldLabels = {
  en: {
    sector: {
      nhs: 'NHS',
      'local-government': 'Local government',
      'social-care': 'Social care',
      vcse: 'Voluntary, community and social enterprise (VCSE)',
      housing: 'Housing',
      education: 'Education',
      other: 'Other',
    },
    nation: {
      england: 'England',
      scotland: 'Scotland',
      wales: 'Wales',
      'northern-ireland': 'Northern Ireland',
    },
  },
  cy: {
    sector: {
      nhs: 'GIG',
      'local-government': 'Llywodraeth leol',
      'social-care': 'Gofal cymdeithasol',
      vcse: 'Y sector gwirfoddol, cymunedol a mentrau cymdeithasol (VCSE)',
      housing: 'Tai',
      education: 'Addysg',
      other: 'Arall',
    },
    nation: {
      england: 'Lloegr',
      scotland: 'Yr Alban',
      wales: 'Cymru',
      'northern-ireland': 'Gogledd Iwerddon',
    },
  },
} as const;
