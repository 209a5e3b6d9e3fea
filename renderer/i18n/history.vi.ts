/** Texts of the change history (nhật ký thay đổi) and undo, Vietnamese: the source of the shape. */
export const historyVi = {
  undo: (label: string) => `Hoàn tác: ${label}`,
  redo: (label: string) => `Làm lại: ${label}`,
  undoTitle: (label: string) => `Hoàn tác “${label}” (Ctrl+Z)`,
  redoTitle: (label: string) => `Làm lại “${label}” (Ctrl+Shift+Z)`,
  redoShort: 'Làm lại',
  undone: (label: string) => `Đã hoàn tác: ${label}`,
  redone: (label: string) => `Đã làm lại: ${label}`,
};
