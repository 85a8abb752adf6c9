import { useEffect, useEffectEvent, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom; the first focusable element inside gets focus on open. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
}

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it and the
 * page behind becomes inert, which is what keyboard and screen-reader users expect.
 */
export function Dialog({ title, onClose, children, footer, size = 'medium' }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCancel = useEffectEvent(() => onClose());

  useEffect(function openAsModal() {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      previouslyFocused?.focus();
    };
  }, []);

  // Escape handled here rather than left to the browser's cancel event: a control inside that
  // uses Escape itself (a picker's open list) stops it first, and browsers may let a page refuse
  // the cancel event only once without a click in between (close watchers), while "Discard your
  // changes?" has to hold every time.
  function closeOnEscape(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Escape' || event.isDefaultPrevented()) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }

  return (
    <dialog ref={dialogRef} className={`dialog dialog-${size}`} aria-labelledby={titleId} onKeyDown={closeOnEscape}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
