import { DomainError } from '../../shared/result';
import type { Desktop } from './types';

/** The desktop service, or the refusal the preview answers (it has no system dialogs). */
export function onDesktop(desktop: Desktop | null): Desktop {
  if (desktop) return desktop;
  throw new DomainError('UNAVAILABLE', {
    vi: 'Việc này cần hộp thoại của máy tính: hãy dùng ứng dụng Hội Nghị trên máy, không phải bản xem thử trong trình duyệt.',
    en: "This needs the computer's own dialogs: use the Hội Nghị desktop app, not the preview in a browser.",
  });
}
