import { describe, expect, it } from 'vitest';
import { badgeDesign, bandColour, defaultDesign, resize, snapMm } from '../../shared/badges/design';

describe('badge design', () => {
  it('the default design is valid and fits its A7 card', () => {
    expect(badgeDesign.parse(defaultDesign())).toEqual(defaultDesign());
  });

  it('resizing keeps every element inside the new card', () => {
    const card = resize(defaultDesign(), 'card');
    expect([card.width, card.height]).toEqual([85.6, 54]);
    expect(badgeDesign.safeParse(card).success).toBe(true);
    const custom = resize(defaultDesign(), 'custom', { width: 50, height: 50 });
    expect(badgeDesign.safeParse(custom).success).toBe(true);
  });

  it('snaps to the grid, the edges and the centre', () => {
    expect(snapMm(10.3, 20, 74)).toBe(10.5);
    expect(snapMm(0.6, 20, 74)).toBe(0);
    expect(snapMm(53.4, 20, 74)).toBe(54);
    expect(snapMm(26.6, 20, 74)).toBe(27);
    expect(snapMm(-5, 20, 74)).toBe(0);
  });

  it('colours the band by category', () => {
    const d = { ...defaultDesign(), categoryColours: { guest: '#aa0000' } };
    expect(bandColour(d, 'guest')).toBe('#aa0000');
    expect(bandColour(d, 'other')).toBe(d.defaultColour);
  });
});
