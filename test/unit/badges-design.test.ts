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

describe('pictures on a badge', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFUlEQVR4nGP4z8DwHwgbGIA0CDAAAEPTCHnJFRwPAAAAAElFTkSuQmCC';
  const withPicture = (src: string) => ({
    ...defaultDesign(),
    front: { elements: [{ kind: 'image' as const, id: 'logo', x: 0, y: 0, width: 20, height: 20, src, fit: 'contain' as const }] },
  });
  it('takes a whole PNG, and refuses one cut short, a JPEG without its end, or another kind of file', () => {
    expect(badgeDesign.safeParse(withPicture(PNG)).success).toBe(true);
    expect(badgeDesign.safeParse(withPicture(PNG.slice(0, 80))).success).toBe(false);
    expect(badgeDesign.safeParse(withPicture('data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAAA')).success).toBe(false);
    expect(badgeDesign.safeParse(withPicture('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).success).toBe(false);
  });
});
