import { describe, expect, it } from 'vitest';
import { groupByInitial, initialId, initialLabel, initialOf, INITIAL_SEGMENTS } from '../../src/lib/initial-groups.ts';

describe('initialOf', () => {
  it('files a name under its first letter, without accent', () => {
    expect(initialOf('Égypte')).toBe('E');
    expect(initialOf('œuvre')).toBe('O');
    expect(initialOf('« Al-Qods »')).toBe('A');
  });

  it('files digits and other scripts under #', () => {
    expect(initialOf('11-Septembre')).toBe('#');
    expect(initialOf('القدس')).toBe('#');
    expect(initialOf('')).toBe('#');
  });
});

describe('groupByInitial', () => {
  it('groups A to Z then #, keeping the given order inside a group', () => {
    const groups = groupByInitial(['Amman', 'Ankara', '7-Octobre', 'Damas', 'Égypte', 'Eilat'], (name) => name);
    expect(groups.map((group) => [group.letter, group.items])).toEqual([
      ['A', ['Amman', 'Ankara']],
      ['D', ['Damas']],
      ['E', ['Égypte', 'Eilat']],
      ['#', ['7-Octobre']],
    ]);
    expect(groups.map((group) => group.id)).toEqual(['lettre-a', 'lettre-d', 'lettre-e', 'lettre-autres']);
  });

  it('gives each letter a fragment identifier of its own', () => {
    expect(initialId('Z')).toBe('lettre-z');
    expect(initialId('#')).toBe('lettre-autres');
  });
});

describe('INITIAL_SEGMENTS', () => {
  it('holds the address segment of every initial, the other initials included', () => {
    expect(INITIAL_SEGMENTS).toHaveLength(27);
    expect(INITIAL_SEGMENTS).toContain('lettre-a');
    expect(INITIAL_SEGMENTS).toContain('lettre-z');
    expect(INITIAL_SEGMENTS).toContain('lettre-autres');
  });
});

describe('initialLabel', () => {
  it('names the pages of a letter, and those of the other initials', () => {
    expect(initialLabel('M')).toBe('Lettre M');
    expect(initialLabel('#')).toBe('Autres initiales');
  });
});
