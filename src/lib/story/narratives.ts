/** The narrative in each edition: the story page, the slides and the handout all tell this one. */
import type { Component } from 'svelte';
import type { Lang } from '$lib/i18n/editions';
import Story from './Story.svx';
import StoryAr from './Story.ar.svx';
import StoryRu from './Story.ru.svx';

export const NARRATIVES: Record<Lang, Component> = { en: Story, ru: StoryRu, ar: StoryAr };
