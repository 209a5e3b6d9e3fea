import { BUILTIN_CATEGORIES, type BuiltinCategory } from './contract/delegates';
import { identityKey } from './text';

export const builtinCategoryNames: Record<BuiltinCategory, { vi: string; en: string }> = {
  delegate: { vi: 'Đại biểu', en: 'Delegate' },
  guest: { vi: 'Khách mời', en: 'Invited guest' },
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
  staff: { vi: 'Phục vụ', en: 'Service staff' },
};

/** "khách mời", "Guest", "Khach moi"... name a built-in category rather than a new custom one. */
export function builtinCategoryByKey(label: string): BuiltinCategory | null {
  const key = identityKey(label);
  for (const code of BUILTIN_CATEGORIES) {
    const n = builtinCategoryNames[code];
    if (identityKey(n.vi) === key || identityKey(n.en) === key || code === key) return code;
  }
  return null;
}
