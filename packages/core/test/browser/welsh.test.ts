import { expect } from '@open-wc/testing';
import { Localizer, setWelshFormats, welshFormats } from '../../src/index.js';

setWelshFormats(welshFormats);

// This browser is en-US and, like Debian's Chromium, may have no Welsh locale data at all:
// a Welsh page must still read Welsh.
describe('Welsh dates, times and lists in a browser without Welsh locale data', () => {
  const cy = new Localizer({ en: {}, cy: {} }, 'cy');
  const utc = { timeZone: 'UTC' } as const;

  it('writes Welsh month and day names and the 24-hour clock', () => {
    const d = new Date('2026-12-06T20:35:00Z');
    expect(cy.date(d, { day: 'numeric', month: 'long', year: 'numeric', ...utc })).to.equal('6 Rhagfyr 2026');
    expect(cy.date(d, { dateStyle: 'medium', timeStyle: 'short', ...utc })).to.equal('6 Rhag 2026, 20:35');
    expect(cy.date(d, { weekday: 'long', day: 'numeric', month: 'long', ...utc })).to.equal(
      'dydd Sul 6 Rhagfyr',
    );
    expect(cy.time(d, { hour: '2-digit', minute: '2-digit', ...utc })).to.equal('20:35');
  });

  it('joins lists in Welsh with the mutations the joiners cause', () => {
    expect(cy.list(['Cymru', 'Lloegr', 'Tai'])).to.equal('Cymru, Lloegr a Thai');
    expect(cy.list(['Lloegr', 'Cymru'], 'disjunction')).to.equal('Lloegr neu Gymru');
    expect(cy.list(['Bangor', 'Abertawe'])).to.equal('Bangor ac Abertawe');
  });
});
