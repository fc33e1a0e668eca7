export { CharteNotice, type NoticeType } from './notice.ts';
