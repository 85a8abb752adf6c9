import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… waits for a live query's answer: on a shared, loaded machine jsdom's role queries
// over a whole page can take seconds. A hang guard, not a speed check (as testTimeout).
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal methods: every dialog of the app opens with showModal().
// Typed structurally: this file is also checked by the Node project, which has no DOM types.
interface ModalDialog {
  open: boolean;
  showModal?: () => void;
  close?: () => void;
}
const dialogPrototype = (globalThis as { HTMLDialogElement?: { prototype: ModalDialog } }).HTMLDialogElement?.prototype;
if (dialogPrototype) {
  dialogPrototype.showModal ??= function showModal(this: ModalDialog) {
    this.open = true;
  };
  dialogPrototype.close ??= function close(this: ModalDialog) {
    this.open = false;
  };
}

afterEach(() => cleanup());
