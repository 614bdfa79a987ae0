import type { NoteSection } from '$lib/cite/line';
import { f } from './facts';

/**
 * Notes for teachers, per section of the story (`sections.ts`): points to make and questions
 * that send students to the charts and sources. Like the story's paragraphs, each line cites the
 * records it rests on (`cite`) or says it is ours; its quotations are checked against what it
 * cites when it is drawn (`Line`).
 */
export const classroom: { sections: NoteSection[] } = {
	sections: [
		{
			id: 'fall',
			talkingPoints: [
				{ text: `TRT World calls Moscow Assad’s “closest ally” for years. His government fell in ${f.fallMonth}, and he now lives in exile in Moscow.`, cite: 'fall-of-assad:trt bashar-al-assad:seed-000' },
				{ text: `The articles disagree on Russia’s role in the fall: TRT World says Assad fled “reportedly with the assistance of Russian forces”; “A pragmatic rapprochement” says “recent revelations” show secret talks with al-Sharaa’s group that kept Moscow “neutral”.`, cite: 'assad-escape' },
				{ text: `Damascus “did not demand the immediate withdrawal of Russian forces” (TRT World), and Asharq Al-Awsat reported al-Sharaa noting that the bases “might continue temporarily”. But “A pragmatic rapprochement” says losing them was “hinted at in a declaration from Damascus at the beginning of the year”.`, cite: 'tartus-base:trt tartus-base:syrian-observer tartus-base:seed-004' },
				{ text: `What TRT World calls “The first concrete example” of a reassessment was economic: Syria cancelled the ${f.portDealYear} agreement for a Russian company to manage the port of Tartus.`, cite: 'tartus-port-2019:trt' }
			],
			questions: [
				{ text: `Ahmed al-Sharaa led a group that fought forces Russia supported, yet he said “We do not want Russia to leave Syria the way some others do.” Using the article quotes, give two reasons he might say this.`, cite: 'al-arabiya-interview:trt ahmed-al-sharaa:seed-004~jihadi' },
				{ text: `Both accounts of Assad’s escape are hedged (“reportedly”, “recent revelations”). What evidence would you want before deciding what Russia did?`, cite: 'assad-escape' }
			]
		},
		{
			id: 'meetings',
			talkingPoints: [
				{ text: `The articles report ${f.contactCount} high-level contacts between ${f.januaryVisitDate} and ${f.summitDate}, or one more if the two July dates are two visits: a Russian visit, a phone call, one or two July visits by Syrian ministers (two articles give different days) and a summit.`, cite: 'january-visit february-call july-date october-summit' },
				{ text: `In the contacts the articles report, Russians first went to Damascus and then Syrians went to Moscow. At meetings in person, the most senior Russian rose from a deputy minister to the president.`, ours: true },
				{ text: `The longest gap, ${f.longestGapMonths} between ${f.longestGapFrom} and ${f.longestGapTo}, may be a gap in the reporting rather than in the talks.`, ours: true }
			],
			questions: [
				{ text: `TRT World dates the July visit “${f.julyWordingTrt}”; “A pragmatic rapprochement” says ${f.julyDateSeed004}. What would you need to decide which is right, or whether there were two visits?`, cite: 'july-date' },
				{ text: `Why does the chart give each gap as a range of days (for example ${f.gapToCall}) instead of a single number?`, ours: true }
			]
		},
		{
			id: 'delegations',
			talkingPoints: [
				{ text: `In January both accounts name Deputy Foreign Minister Bogdanov on the Russian side, and TRT World alone names a presidential envoy, Alexander Lavrentyev. “Russia-Syria 2025 Diplomatic, Trade, and Security Updates” adds unnamed “representatives from several Russian and Syrian government agencies”. Before the visit, Asharq Al-Awsat reported that the delegation “will include representatives from the foreign and defense ministries, economic officials”. None of them is named.`, cite: 'january-visit:trt january-visit:seed-000~agencies january-visit:syrian-observer~defense' },
				{ text: `For 3 July, “A pragmatic rapprochement” names Syria’s defence minister and intelligence chief in Moscow. For the visit at the end of July, TRT World mentions the defence minister without naming him, and on the Russian side names Foreign Minister Lavrov and a general, Aleksandr Zorin. The chart keeps the two lists apart.`, cite: 'july-ministers:seed-004 july-ministers:trt' },
				{ text: `Maher al-Sharaa appears in different jobs: health minister in January, secretary general of the presidential office by July (TRT World).`, cite: 'maher-al-sharaa' },
				{ text: `Some presences are reported by one article only (${f.oneSourceCount} in all): ${f.oneSourceNames}. One article reporting a presence and another staying silent is one source, not a dispute.`, ours: true }
			],
			questions: [
				{ text: `What might it mean that the articles name defence and intelligence officials in July but none in January? What else could explain it?`, ours: true },
				{ text: `One article names a person at a meeting and another does not. Does that prove the second article is wrong? How could you check?`, ours: true }
			]
		},
		{
			id: 'agreements',
			talkingPoints: [
				{ text: `We track ${f.agreementCount} items: contracts, ${f.basesCount} bases, a commission, a review, requests and offers.`, ours: true },
				{ text: `No article reports a signed deal on the bases. In January Bogdanov said “As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet”; by the summer TRT World wrote that Russia’s presence was “subject to negotiation rather than assumed consent”.`, cite: 'tartus-base:seed-000 hmeimim-base:trt' },
				{ text: `“A pragmatic rapprochement” reports that the president “promised to respect all the previous agreements between the two countries”, while his foreign minister called the accords concluded under the previous regime “suspended and unacceptable”.`, cite: 'assad-era-agreements:seed-004' }
			],
			questions: [
				{ text: `Al-Sharaa and al-Shaibani seem to say opposite things about the old agreements. Give two possible explanations, and name the source of each claim.`, ours: true },
				{ text: `Syria cancelled a port contract early in ${f.annulmentYear}; in January, Asharq Al-Awsat reported, no official request had been made to revise the agreements on the bases. Why might a new government start with a business contract?`, cite: 'tartus-port-annulled tartus-base:syrian-observer~official' }
			]
		},
		{
			id: 'trade',
			talkingPoints: [
				{ text: `Trade is given only as a range, ${f.tradeLow} to ${f.tradeHigh}, with no period, so we cannot tell whether it is growing or shrinking.`, cite: 'trade-range' },
				{ text: `The MENAFN article counts ${f.projects} ongoing investment projects, without saying how many involve Russian firms. TRT World says a reconstruction list that “has reportedly been compiled” includes not a single Russian company.`, cite: 'investment-projects reconstruction-list' },
				{ text: `Russian wheat shipments resumed in ${f.wheatMonth}, during what the MENAFN article calls Syria’s “worst drought in 36 years”.`, cite: 'wheat-shipments-resumed' }
			],
			questions: [
				{ text: `What extra information would turn the trade range into a trend? Where might you look for it?`, ours: true },
				{ text: `The MENAFN article and TRT World paint different pictures of Russia’s economic role. What does each emphasise, and what does the chart show?`, ours: true }
			]
		},
		{
			id: 'unresolved',
			talkingPoints: [
				{ text: `“For the moment, the two Russian bases remain operational”, Tartus and Hmeimim, “although they are less supplied in men and equipment than in recent years”, says “A pragmatic rapprochement”; a note it relays says the Russians reinforced a third site, Qamishli, “during the summer”. No article reports a signed deal on their future.`, cite: 'operational-bases qamishli-base insider-report' },
				{ text: `Syria wants Assad sent home for trial; the MENAFN article reports that Kremlin spokesperson Dmitry Peskov said Moscow “sees no basis for this”.`, cite: 'shaibani-after-summit assad-extradition-request:menafn' },
				{ text: `Syria’s foreign minister suggested Russia should pay reparations. No article reports a Russian answer.`, cite: 'reparations-demand:seed-004' }
			],
			questions: [
				{ text: `Vasily Kuznetsov says “Everyone knows that Moscow will not extradite him”, yet al-Sharaa “had to put that request and to make it known”. Why make a request you expect to be refused?`, cite: 'extradition-for-bases assad-extradition-request:seed-004' },
				{ text: `Which of the unresolved issues gives Syria the most leverage, and which gives Russia the most? Support your answer with the articles.`, ours: true }
			]
		},
		{
			id: 'disagreements',
			talkingPoints: [
				{ text: `The articles differ in ${f.disagreementCount} places; the story shows each side with its source instead of choosing.`, ours: true },
				{ text: `Some differences are about facts (a date, who was present), others about interpretation (has Russia lost influence?). Sometimes one article reports a thing and the others are silent: that is one source, not a dispute.`, ours: true },
				{ text: `Check who is speaking: the MENAFN article is the most favourable to Moscow and names no author; Asharq Al-Awsat relays an unnamed Russian source, in a translation whose publisher “has not verified the content of this story”; two articles name no outlet.`, cite: 'menafn syrian-observer' }
			],
			questions: [
				{ text: `Pick one disagreement. Is it about a fact or an interpretation? What evidence could settle it?`, ours: true },
				{ text: `The MENAFN article speaks of “a reinforced strategic partnership”; TRT World of a move “from patron to negotiated partner”. Which facts in the charts support each reading?`, cite: 'russia-standing' }
			]
		}
	]
};
