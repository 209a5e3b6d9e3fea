import { FileIcon } from '../ui/icons';
import { Popover } from '../ui/Popover';

export interface PrintChoiceItem {
  key: string;
  label: string;
  hint: string;
  open(): void;
}

/** "In": a button that lists a screen's prints; each opens in the print preview. */
export function PrintMenu({ label, items, testId }: { label: string; items: readonly PrintChoiceItem[]; testId: string }) {
  return (
    <Popover
      label={label}
      align="end"
      testId={`${testId}-menu`}
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-secondary" data-testid={`${testId}-button`}>
          <FileIcon />
          {label}
        </button>
      )}
    >
      {(close) => (
        <div className="menu-items" role="menu">
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                close();
                item.open();
              }}
              data-testid={`${testId}-${item.key}`}
            >
              <span className="menu-item-label">{item.label}</span>
              <span className="menu-item-hint">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}
