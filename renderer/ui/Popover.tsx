import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';

export interface PopoverTriggerProps {
  popoverTarget: string;
  'aria-expanded': boolean;
  'aria-haspopup': 'dialog';
  style: CSSProperties;
}

interface PopoverProps {
  /** The button that opens it; spread the props onto a <button>. */
  trigger(props: PopoverTriggerProps, open: boolean): ReactNode;
  /** Rendered only while open, so a closed menu costs nothing (its counts are not even computed). */
  children(close: () => void): ReactNode;
  label: string;
  className?: string;
  testId?: string;
  /** Which edge of the button the panel lines up with. */
  align?: 'start' | 'end';
}

/**
 * A menu or small panel next to its button, on the browser's own popover: top layer (above a
 * modal too), light dismiss, Esc, and focus back to the button; placed with CSS anchor positioning.
 */
export function Popover({ trigger, children, label, className, testId, align = 'start' }: PopoverProps) {
  const raw = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = `pop-${raw}`;
  const anchor = `--anchor-${raw}`;
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onToggle = (e: Event) => setOpen((e as ToggleEvent).newState === 'open');
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, []);

  // Focus the first control once the content is there (the browser focuses nothing by itself).
  useEffect(() => {
    if (!open) return;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], input, button, [tabindex="0"]');
    first?.focus();
  }, [open]);

  const close = () => ref.current?.hidePopover();
  return (
    <>
      {trigger({ popoverTarget: id, 'aria-expanded': open, 'aria-haspopup': 'dialog', style: { anchorName: anchor } as CSSProperties }, open)}
      <div
        ref={ref}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={label}
        className={`popover popover-${align}${className ? ` ${className}` : ''}`}
        style={{ positionAnchor: anchor } as CSSProperties}
        data-testid={testId}
      >
        {open && children(close)}
      </div>
    </>
  );
}
