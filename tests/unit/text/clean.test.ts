import { describe, expect, it } from 'vitest';
import { cleanName, cleanText, displayText } from '../../../lib/text/clean';

describe('cleaning text from outside', () => {
  it.each([
    ['U+061C ARABIC LETTER MARK', '\u061c'],
    ['U+202E RIGHT-TO-LEFT OVERRIDE', '\u202e'],
    ['U+2067 RIGHT-TO-LEFT ISOLATE', '\u2067'],
    ['U+200F RIGHT-TO-LEFT MARK', '\u200f'],
    ['U+206B ACTIVATE SYMMETRIC SWAPPING', '\u206b'],
    ['U+180E MONGOLIAN VOWEL SEPARATOR', '\u180e'],
    ['U+FFFA INTERLINEAR ANNOTATION SEPARATOR', '\ufffa'],
    ['U+0007 BELL', '\u0007'],
    ['U+009B CONTROL SEQUENCE INTRODUCER', '\u009b'],
  ])('removes %s', (_name, character) => {
    expect(cleanText(`Con${character}toso`, 100)).toBe('Contoso');
    expect(displayText(`Con${character}toso`)).toBe('Contoso');
    expect(cleanName(`Con${character}toso`)).toBe('Contoso');
  });

  it('keeps letters of every script, and emoji', () => {
    expect(cleanName('شركة Contoso 株式会社 🚀')).toBe('شركة Contoso 株式会社 🚀');
  });

  it('turns line breaks and tabs inside a name into spaces, and never cuts a long name', () => {
    expect(cleanName('Contoso\nNederland\tB.V.')).toBe('Contoso Nederland B.V.');
    expect(cleanName('x'.repeat(1000))).toHaveLength(1000);
  });
});
