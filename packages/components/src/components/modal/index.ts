export { CharteModal, type ModalCloseDetail } from './modal.ts';
