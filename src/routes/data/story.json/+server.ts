import { json } from '@sveltejs/kit';
import { story } from '$lib/data';

export const prerender = true;

export const GET = () => json(story);
