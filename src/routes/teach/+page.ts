// The guide is text, links and native <details>: it needs no JavaScript, so it ships none.
export const csr = false;

export const load = async () => {
	const { renderSlides } = await import('$lib/classroom/render-slides');
	const { slidePlan } = await import('$lib/classroom/plan');
	return { plan: slidePlan(renderSlides().slides) };
};
