/**
 * The default challenge catalogue of the network-weaving self-assessment, its 0–4 rating scale,
 * and helpers to read labels in a locale. Ids are stable: CSV columns and stored responses use them.
 * Every resource is a real public page (no invented URLs).
 */
import type { Catalogue, Challenge, Resource, ScalePoint } from './model/types.js';

const LS = 'https://www.liberatingstructures.com';

export const DEFAULT_SCALE: ScalePoint[] = [
  { value: 0, label: 'Not a challenge', i18n: { cy: { label: 'Ddim yn her' } } },
  { value: 1, label: 'A small challenge', i18n: { cy: { label: 'Her fach' } } },
  { value: 2, label: 'A moderate challenge', i18n: { cy: { label: 'Her gymedrol' } } },
  { value: 3, label: 'A big challenge', i18n: { cy: { label: 'Her fawr' } } },
  { value: 4, label: 'A very big challenge', i18n: { cy: { label: 'Her fawr iawn' } } },
];

const networkWeaver: Resource = {
  title: 'Network Weaver: June Holley’s handbook, tools and articles',
  url: 'https://www.networkweaver.com/',
  i18n: { cy: { title: 'Network Weaver: llawlyfr, offer ac erthyglau June Holley (Saesneg)' } },
};
const qCommunity: Resource = {
  title: 'The Q community: health and care improvers connecting across the UK',
  url: 'https://q.health.org.uk/',
  i18n: { cy: { title: 'Cymuned Q: pobl sy’n gwella iechyd a gofal yn cysylltu ar draws y DU (Saesneg)' } },
};
const ls = (path: string, title: string, cy: string): Resource => ({
  title: `Liberating Structures: ${title}`,
  url: `${LS}/${path}/`,
  i18n: { cy: { title: `Liberating Structures: ${cy} (Saesneg)` } },
});

export const DEFAULT_CHALLENGES: Challenge[] = [
  {
    id: 'building-relationships',
    label: 'Building relationships',
    description: 'Getting to know people in other organisations and sectors, and building trust with them.',
    resources: [
      networkWeaver,
      ls('1-1-2-4-all', '1-2-4-All, so everyone is heard', '1-2-4-Pawb, fel bod pawb yn cael eu clywed'),
      qCommunity,
    ],
    i18n: {
      cy: {
        label: 'Meithrin perthnasoedd',
        description:
          'Dod i adnabod pobl mewn sefydliadau a sectorau eraill, a meithrin ymddiriedaeth gyda nhw.',
      },
    },
  },
  {
    id: 'evaluating-your-network',
    label: 'Evaluating your network',
    description: 'Knowing whether the network is making a difference, and showing it to others.',
    resources: [
      {
        title: 'BetterEvaluation: methods and guidance for evaluating your work',
        url: 'https://www.betterevaluation.org/',
        i18n: {
          cy: { title: 'BetterEvaluation: dulliau a chanllawiau ar gyfer gwerthuso eich gwaith (Saesneg)' },
        },
      },
      ls('9-what-so-what-now-what-w', 'What, So What, Now What?', 'Beth, Felly Beth, Beth Nawr?'),
      networkWeaver,
    ],
    i18n: {
      cy: {
        label: 'Gwerthuso eich rhwydwaith',
        description: 'Gwybod a yw’r rhwydwaith yn gwneud gwahaniaeth, a dangos hynny i eraill.',
      },
    },
  },
  {
    id: 'finding-the-time',
    label: 'Finding the time',
    description:
      'Making room for network weaving alongside the day job, and looking after yourself while you do.',
    resources: [
      ls(
        '7-15-solutions',
        '15% Solutions: what you can do now, without more time or permission',
        'Atebion 15%: beth allwch chi ei wneud nawr, heb ragor o amser na chaniatâd',
      ),
      {
        title: 'COPE Scotland: resources for self-care and wellbeing, including “Living in the Now”',
        url: 'https://www.cope-scotland.org/',
        i18n: {
          cy: {
            title:
              'COPE Scotland: adnoddau ar gyfer hunanofal a llesiant, gan gynnwys “Living in the Now” (Saesneg)',
          },
        },
      },
    ],
    i18n: {
      cy: {
        label: 'Dod o hyd i’r amser',
        description:
          'Gwneud lle i wehyddu rhwydweithiau ochr yn ochr â’r gwaith bob dydd, a gofalu amdanoch eich hun wrth wneud hynny.',
      },
    },
  },
  {
    id: 'generating-ideas',
    label: 'Generating ideas',
    description: 'Drawing out fresh ideas from everyone in the network, not only the usual voices.',
    resources: [
      ls('12-2510-crowd-sourcing', '25/10 Crowd Sourcing', 'Torfoli 25/10'),
      ls('1-1-2-4-all', '1-2-4-All', '1-2-4-Pawb'),
    ],
    i18n: {
      cy: {
        label: 'Cynhyrchu syniadau',
        description: 'Cael syniadau newydd gan bawb yn y rhwydwaith, nid dim ond y lleisiau arferol.',
      },
    },
  },
  {
    id: 'hassles-with-hierarchies',
    label: 'Hassles with hierarchies',
    description: 'Working across organisations whose structures, sign-off and status get in the way.',
    resources: [
      ls('6-making-space-with-triz', 'Making Space with TRIZ', 'Creu Lle gyda TRIZ'),
      ls('17-wicked-questions', 'Wicked Questions', 'Cwestiynau Dyrys'),
      qCommunity,
    ],
    i18n: {
      cy: {
        label: 'Trafferthion gyda hierarchaethau',
        description:
          'Gweithio ar draws sefydliadau lle mae strwythurau, prosesau cymeradwyo a statws yn rhwystr.',
      },
    },
  },
  {
    id: 'ideas-to-action',
    label: 'Ideas to action',
    description: 'Turning good conversations into things that actually happen.',
    resources: [
      ls('7-15-solutions', '15% Solutions', 'Atebion 15%'),
      ls('31-ecocycle-planning', 'Ecocycle Planning', 'Cynllunio Ecogylch'),
      networkWeaver,
    ],
    i18n: {
      cy: {
        label: 'O syniadau i weithredu',
        description: 'Troi sgyrsiau da yn bethau sy’n digwydd go iawn.',
      },
    },
  },
  {
    id: 'inclusivity-and-diversity',
    label: 'Inclusivity and diversity',
    description:
      'Making sure the network includes and hears people from every sector, community and background.',
    resources: [
      ls('26-heard-seen-respected-hsr', 'Heard, Seen, Respected', 'Wedi’u Clywed, eu Gweld a’u Parchu'),
      qCommunity,
    ],
    i18n: {
      cy: {
        label: 'Cynhwysiant ac amrywiaeth',
        description:
          'Sicrhau bod y rhwydwaith yn cynnwys ac yn gwrando ar bobl o bob sector, cymuned a chefndir.',
      },
    },
  },
  {
    id: 'network-mapping',
    label: 'Network mapping',
    description: 'Seeing who is connected to whom, and where new connections would help.',
    resources: [
      {
        title: 'Kumu: tools for mapping relationships and systems',
        url: 'https://kumu.io/',
        i18n: { cy: { title: 'Kumu: offer ar gyfer mapio perthnasoedd a systemau (Saesneg)' } },
      },
      networkWeaver,
    ],
    i18n: {
      cy: {
        label: 'Mapio rhwydweithiau',
        description: 'Gweld pwy sydd wedi’u cysylltu â phwy, a ble byddai cysylltiadau newydd yn helpu.',
      },
    },
  },
  {
    id: 'peer-support',
    label: 'Peer support (asking for and receiving help as well as offering it)',
    description: 'Having people to turn to, and being comfortable asking them for help.',
    resources: [
      ls(
        '20-troika-consulting',
        'Troika Consulting: quick help from peers',
        'Ymgynghori Troika: help cyflym gan gymheiriaid',
      ),
      qCommunity,
      {
        title: 'COPE Scotland: wellbeing resources',
        url: 'https://www.cope-scotland.org/',
        i18n: { cy: { title: 'COPE Scotland: adnoddau llesiant (Saesneg)' } },
      },
    ],
    i18n: {
      cy: {
        label: 'Cymorth gan gymheiriaid (gofyn am help a’i dderbyn, yn ogystal â’i gynnig)',
        description: 'Cael pobl i droi atyn nhw, a theimlo’n gyfforddus yn gofyn iddyn nhw am help.',
      },
    },
  },
];

export const DEFAULT_CATALOGUE: Catalogue = {
  id: 'netweave-default',
  version: '2024.1',
  title: 'Common network challenges',
  challenges: DEFAULT_CHALLENGES,
  scale: DEFAULT_SCALE,
  threshold: 3,
  i18n: { cy: { title: 'Heriau cyffredin rhwydweithiau' } },
};

export { challengeDescription, challengeLabel, resourceTitle, safeHttpsUrl, scaleLabel } from './labels.js';
