/**
 * The validated story data. Importing this module validates data/story.ts, so bad data stops
 * the build and every test with a message naming the record and field.
 */
import { browser } from '$app/environment';
import { story as raw } from '$data/story';
import { assertValid } from './validate';

export type * from '$data/story';
// The build (which prerenders every page from this module) has validated the very data the
// browser gets: readers' phones need not ship or run the validator again.
export const story = browser ? raw : assertValid(raw);

export type { ChartSlug } from './slugs';
