import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  findEmails,
  findNhsNumbers,
  findPostcodes,
  findProfanity,
  findUkPhones,
  isValidNhsNumber,
  normaliseForScreening,
  screenText,
} from '../../src/lib/screening.js';

describe('NHS numbers', () => {
  // 943 476 5919 and 401 023 2137 are the checksum-valid numbers used in NHS Digital's examples.
  for (const valid of ['9434765919', '943 476 5919', '943-476-5919', '4010232137']) {
    test(`${valid} passes the checksum and is flagged`, () => {
      assert.equal(isValidNhsNumber(valid), true);
      assert.deepEqual(screenText(`My number is ${valid} thanks`).reasons, ['nhs-number']);
    });
  }
  for (const invalid of [
    '9434765918',
    '943 476 5910',
    '1234567890',
    '0000000000',
    '94347659',
    '94347659190',
  ]) {
    test(`${invalid} fails the checksum or length and is not flagged as an NHS number`, () => {
      assert.equal(isValidNhsNumber(invalid), false);
      assert.deepEqual(findNhsNumbers(`ref ${invalid}`), []);
    });
  }
  test('a 10-digit number that fails the checksum is not held at all', () => {
    assert.deepEqual(screenText('Our project code is 943 476 5918').reasons, []);
  });
  test('a check digit of 10 is never valid', () => {
    // 0000000060: weights give 6*2 = 12, 12 mod 11 = 1, 11 - 1 = 10 → invalid whatever the last digit.
    for (let d = 0; d <= 9; d += 1) assert.equal(isValidNhsNumber(`000000006${d}`), false);
  });
});

describe('UK phone numbers', () => {
  for (const phone of [
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '+44 (0)20 7946 0958',
    '020 7946 0958',
    '0117 496 0123',
    '0044 7700 900 123',
    '(0117) 496 0123',
  ]) {
    test(`${phone} is flagged`, () => {
      assert.equal(findUkPhones(`ring ${phone} after 5`).length, 1);
      assert.deepEqual(screenText(`ring ${phone}`).reasons, ['phone']);
    });
  }
  for (const text of [
    'Meet on 2026-03-12 at 10',
    'Room 101',
    'call 111 or 999',
    'between 2019-2024 we grew',
    '+33 1 23 45 67 89',
    'about 12,000,000 people',
  ]) {
    test(`"${text}" is not a phone number`, () => {
      assert.deepEqual(findUkPhones(text), []);
    });
  }
});

describe('postcodes', () => {
  for (const pc of ['CF10 1AA', 'SW1A 1AA', 'm1 1ae', 'EH1 1YZ', 'BT1 5GS', 'LL571DA']) {
    test(`${pc} is flagged`, () => assert.deepEqual(findPostcodes(`I live at ${pc} now`), [pc]));
  }
  for (const text of ['NHS 111 is great', 'COVID 19 changed things', 'We use A1 paper', 'Plan B2B work']) {
    test(`"${text}" has no postcode`, () => assert.deepEqual(findPostcodes(text), []));
  }
});

describe('e-mail addresses', () => {
  test('addresses are flagged', () => {
    assert.deepEqual(findEmails('write to jo.bloggs@nhs.net or a_b+c@council.gov.uk'), [
      'jo.bloggs@nhs.net',
      'a_b+c@council.gov.uk',
    ]);
  });
  test('handles and at-signs alone are not', () => {
    assert.deepEqual(findEmails('follow @NHSuk, meet @ 10, me at home'), []);
  });
});

describe('profanity', () => {
  for (const text of [
    'this is fucking hard',
    'SHIT happens',
    'what a w4nker',
    'f.u.c.k it',
    'bollocks to that',
    'Fuuuuck',
  ]) {
    test(`"${text}" is held`, () => assert.deepEqual(screenText(text).reasons, ['profanity']));
  }
  for (const text of [
    'Scunthorpe network',
    'a self-assessment',
    'Penistone and Cockermouth',
    'the class analysis',
    'Dickens reading group',
    'Sussex partnership',
    'hello, Mr Shitake',
  ]) {
    test(`"${text}" is not held`, () => assert.deepEqual(findProfanity(text), []));
  }
});

describe('screenText', () => {
  test('reports every reason once, in a stable order', () => {
    const result = screenText('Email a@b.org or a@c.org, call 07700 900123, NHS 9434765919, CF10 1AA, shit');
    assert.equal(result.held, true);
    assert.deepEqual(result.reasons, ['email', 'nhs-number', 'phone', 'postcode', 'profanity']);
  });
  test('an ordinary commitment passes', () => {
    const result = screenText('I will invite the housing team to our next network meeting on 12 March.');
    assert.deepEqual(result, { held: false, reasons: [] });
  });
});

describe('hidden with invisible or look-alike characters', () => {
  const cases: { description: string; text: string; reasons: string[] }[] = [
    {
      description: 'zero-width spaces inside a phone number',
      text: 'Ring 07700\u200B900\u200B123',
      reasons: ['phone'],
    },
    { description: 'full-width digits', text: 'Ring ０７７００ ９００１２３', reasons: ['phone'] },
    {
      description: 'a zero-width space before an e-mail’s @',
      text: 'jo\u200B@example.org',
      reasons: ['email'],
    },
    { description: 'a postcode with a no-break space', text: 'Come to CF10\u00A01AA', reasons: ['postcode'] },
    {
      description: 'a postcode with a narrow no-break space',
      text: 'Come to CF10\u202F1AA',
      reasons: ['postcode'],
    },
    {
      description: 'profanity split by a zero-width joiner',
      text: 'what a sh\u200Dit idea',
      reasons: ['profanity'],
    },
    { description: 'profanity with a soft hyphen', text: 'what a sh\u00ADit idea', reasons: ['profanity'] },
    {
      description: 'an NHS number with word joiners',
      text: '943\u2060476\u20605919',
      reasons: ['nhs-number'],
    },
    { description: 'a phone number with en dashes', text: '07700 – 900 – 123', reasons: ['phone'] },
  ];
  for (const { description, text, reasons } of cases) {
    test(`${description} is still held`, () => assert.deepEqual(screenText(text).reasons, reasons));
  }
  test('ordinary Welsh and English text is not changed by the normalisation', () => {
    const text = 'Byddaf yn ffonio’r tîm gofal cymdeithasol — bob wythnos';
    assert.equal(normaliseForScreening(text), 'Byddaf yn ffonio’r tîm gofal cymdeithasol - bob wythnos');
    assert.equal(screenText(text).held, false);
  });
});
