/**
 * The words of a link's notice (content/notice.json, checked by its schema at build time). They
 * travel with the labels (labels.ts), as props or in a fetched data file, rather than in the
 * islands' JavaScript.
 */
import wording from '../../content/notice.json' with { type: 'json' };

export type NoticeWording = typeof wording;
export const NOTICE_WORDING: NoticeWording = wording;
