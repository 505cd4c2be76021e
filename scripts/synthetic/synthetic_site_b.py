"""Generator of annotations/synthetic_site_b.jsonl: team-written synthetic passages in the genres of the
Russian Embassy's website. Entities are marked inline as [[name|P]], [[name|O]], [[name|T]]
(PERSON, ORG, TREATY); offsets are computed here. Run from the repository root."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from markup import parse

TOPICS = {"AC": "arms_control", "UK": "russia_uk", "US": "russia_us", "EN": "europe_nato", "UA": "ukraine",
          "ME": "middle_east", "AP": "asia_pacific", "EC": "eurasia_cis", "MO": "multilateral_order",
          "ET": "economy_trade", "CH": "covid_health", "HM": "history_memory", "MI": "media_information",
          "HR": "human_rights"}
SOURCE = "synthetic/team-written-3b"


# Each article: (marked title, genre of the body, headline topics or None when the title is not a record,
# [(marked passage, topics, speaker or None), ...])
ARTICLES = [
    # ---------------------------------------------------------------- russia_uk: expulsions, Salisbury
    ("Comment by the Embassy press secretary on the expulsion of Russian diplomats from the United Kingdom",
     "comment", "UK", [
        ("On 14 March Prime Minister [[Theresa May|P]] announced that twenty-three members of the Embassy’s staff "
         "had been declared persona non grata and given one week to leave the country. We consider this step, "
         "taken without a shred of evidence and before any investigation has been completed, to be a crude and "
         "unjustified provocation, and our response will not be long in coming.", "UK", None),
        ("Question: How does the Embassy assess the suspension of high-level contacts announced by London? "
         "Answer: It was the British side that began dismantling the architecture of our dialogue back in 2014. "
         "To freeze contacts that had in practice been frozen already is more a gesture for the domestic audience "
         "than a policy.", "UK", None),
    ]),
    ("Embassy comment on the fourth anniversary of the Salisbury incident", "comment", None, [
        ("Four years have now passed since the poisoning of [[Sergei Skripal|P]] and his daughter [[Yulia|P]] in "
         "Salisbury, and the British authorities still refuse to give Russia any credible account of what happened. "
         "More than eighty notes verbales requesting consular access to two Russian citizens, information on their "
         "health and cooperation in the investigation, as envisaged by the [[Vienna Convention on Consular "
         "Relations|T]] and the bilateral [[Consular Convention|T]] of 1965, have gone unanswered.", "UK", None),
        ("We do not know where [[Yulia Skripal|P]] is living today or whether she is free to speak for herself. "
         "If London has nothing to hide, why has a single meeting with a consul been too much to ask for four "
         "years?", "UK HR", None),
    ]),
    ("Comment by the Embassy on the publication of the report of the public inquiry into the death of [[Alexander "
     "Litvinenko|P]]", "comment", None, [
        ("The inquiry chaired by Sir [[Robert Owen|P]], which held most of its hearings behind closed doors and "
         "relied on material the public will never see, can be called neither public nor independent. Its "
         "conclusions, resting on the words “probably” and “possibly”, were obviously written to order.", "UK", None),
        ("Russia was invited to take part only on condition that it accepted in advance the findings of a process "
         "it had no opportunity to verify. Our proposals for joint work under the 1959 [[European Convention on "
         "Mutual Assistance in Criminal Matters|T]] were simply ignored by the Home Secretary.", "UK", None),
    ]),
    ("Embassy comment on the third anniversary of the death of [[Nikolay Glushkov|P]]", "comment", None, [
        ("Three years after [[Nikolay Glushkov|P]] was found dead in his home in New Malden, the "
         "[[Metropolitan Police|O]] has nothing to report on the progress of the investigation, and our requests "
         "for information meet with silence. The Embassy will keep insisting on a transparent inquiry into the "
         "death of a Russian citizen on British soil.", "UK", None),
    ]),
    ("Letter by Ambassador [[Alexander Yakovenko|P]] to the editor of [[The Daily Telegraph|O]]", "letter", "", [
        ("Sir, [[Con Coughlin|P]] writes (March 20) that Russia’s guilt in the Salisbury attack is “beyond "
         "reasonable doubt”. It is curious that a newspaper should feel able to pass such a verdict while the "
         "British Government has yet to present any evidence, whether to the public or to the [[Organisation for "
         "the Prohibition of Chemical Weapons|O]].", "UK MI", None),
        ("The [[Chemical Weapons Convention|T]] provides clear procedures for resolving such concerns through "
         "consultations between the states concerned. Russia has invoked them; Britain has declined. Your readers "
         "are entitled to ask why.", "UK AC", None),
    ]),
    # ---------------------------------------------------------------- russia_uk: visas, trade, sanctions
    ("Embassy press secretary’s answers to media questions on visa issues", "comment", None, [
        ("Question: Is the visa problem between Russia and Britain any closer to a solution? Answer: Unfortunately "
         "not. Since 2018 the [[Home Office|O]] has refused or delayed visas for dozens of our diplomats, including "
         "those sent to replace colleagues whose postings had ended, and several sections of the Embassy are now "
         "seriously understaffed. We proposed to London a mutual “zero option” on visa issues, but there has been "
         "no reply.", "UK", None),
        ("The situation with Russian journalists is no better: for two years correspondents of [[Channel One|O]] "
         "and [[VGTRK|O]] have been unable to obtain British visas, while the [[BBC|O]] bureau in Moscow continues "
         "to work unimpeded.", "UK MI", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s speech at the Russian-British Business Forum, London", "speech", None, [
        ("Last year trade between our two countries reached a record of almost 19 billion dollars, and the UK "
         "remains one of the largest investors in the Russian economy. [[BP|O]], [[Shell|O]], [[AstraZeneca|O]] and "
         "hundreds of smaller companies are working successfully in Russia, while the City has become a natural "
         "home for Russian issuers.", "UK ET", None),
        ("Good business needs a good political climate. The session of the [[Intergovernmental Steering Committee "
         "on Trade and Investment|O]] held this spring under the co-chairmanship of [[Igor Shuvalov|P]] and "
         "[[Vince Cable|P]] showed that both governments are prepared to clear the obstacles, from visa procedures "
         "for businessmen to the mutual recognition of standards.", "UK ET", None),
        ("I wish the forum fruitful work and thank [[UK Trade and Investment|O]] and the [[Russo-British Chamber of "
         "Commerce|O]] for organising it.", "", None),
    ]),
    ("Embassy comment on the new UK sanctions against Russian businesses and individuals", "comment", None, [
        ("The new package of restrictions announced by Foreign Secretary [[Liz Truss|P]], which she herself "
         "describes as the toughest in British history, will hurt British companies and consumers at least as much "
         "as it hurts Russia. It is one more confirmation that London gave up on diplomacy long ago in favour of "
         "a policy of punishment.", "UK EN", None),
        ("We note that the list once again includes people whose only “fault” is a Russian surname and whose "
         "assets in this country were acquired entirely lawfully. So much for the rule of law that the British "
         "authorities are so fond of preaching to others.", "UK EN", None),
    ]),
    ("Embassy comment on the Integrated Review of Security, Defence, Development and Foreign Policy", "comment",
     None, [
        ("The Integrated Review published by the British Government calls Russia “the most acute direct threat” "
         "to the United Kingdom. We regret that London keeps building its foreign and defence policy around an "
         "imaginary enemy, and that the increase in the ceiling on its nuclear warheads, announced in the same "
         "document, runs directly counter to its obligations under the [[NPT|T]].", "UK AC", None),
    ]),
    ("Embassy comment on British media reports about the Sputnik V vaccine", "comment", None, [
        ("The claims in several British newspapers that Russian intelligence “stole” the blueprint of the "
         "[[AstraZeneca|O]] vaccine to develop Sputnik V are an insult to the scientists of the [[Gamaleya "
         "Centre|O]]. Anonymous “security sources” have once again been allowed to replace facts at a time when "
         "the whole world needs cooperation on vaccines, not a new round of spy stories.", "UK CH MI", None),
    ]),
    ("Embassy comment on the provocative actions of the British destroyer HMS Defender off the coast of Crimea",
     "comment", "UK UA", [
        ("On 23 June the [[Royal Navy|O]] destroyer HMS Defender deliberately entered Russian territorial waters "
         "off Cape Fiolent and ignored repeated warnings from the [[Black Sea Fleet|O]]. This was a premeditated "
         "provocation, and the presence on board of a [[BBC|O]] correspondent, invited in advance to film the "
         "“freedom of navigation” exercise, leaves no doubt about its purpose.", "UK UA", None),
        ("The Defence Attaché of the British Embassy in Moscow has been summoned to the [[Ministry of Defence of "
         "Russia|O]]. London should be aware that next time the response may not be limited to warning shots.",
         "UK", None),
    ]),
    # ---------------------------------------------------------------- interviews, russia_uk
    ("Ambassador [[Alexander Yakovenko|P]]’s interview with the [[Mail on Sunday|O]]", "interview", "", [
        ("Question: British ministers say that relations are at their lowest point since the Cold War. Would you "
         "agree?", "UK", None),
        ("[[Alexander Yakovenko|P]]: I would not rush to draw historical parallels. Even in the 1980s we had a "
         "working agenda with London — trade, culture, a regular political dialogue. Today the British Government "
         "has chosen to cut almost every channel, with the result that questions which could be settled over the "
         "telephone turn into public scandals.", "UK", "Alexander Yakovenko"),
        ("Question: Do you expect Brussels to roll back the sectoral restrictions any time soon?", "EN", None),
        ("[[Alexander Yakovenko|P]]: Sanctions were never a policy; they are a substitute for one. European "
         "companies have lost tens of billions of euros in contracts, and we have simply learned to produce at home "
         "what we used to buy from the [[European Union|O]]. If our partners in the [[EU|O]] want to continue this "
         "experiment on their own farmers, it is their choice.", "EN ET", "Alexander Yakovenko"),
        ("Question: Many of our readers are going to Russia for the World Cup this summer. What would you advise "
         "them?", "", None),
        ("[[Alexander Yakovenko|P]]: To come with an open mind. Some of your colleagues in the British press have "
         "spent months telling fans that they will be beaten up in every Russian city. I am sure those who travel "
         "will discover that these stories have as much to do with reality as the rest of what is written about "
         "Russia in this country.", "UK MI", "Alexander Yakovenko"),
    ]),
    ("Ambassador [[Andrei Kelin|P]]’s interview with [[RIA Novosti|O]]", "interview", None, [
        ("Question: How would you describe the state of Russian-British relations at the end of the year?", "UK",
         None),
        ("[[Andrei Kelin|P]]: They remain at a very low level, I would say close to freezing point. Political "
         "contacts are practically non-existent, apart from one telephone conversation between the ministers in "
         "the spring. On the positive side, British companies are staying in Russia despite all the pressure, and "
         "our scientists continue to work together on the pandemic.", "UK", "Andrei Kelin"),
        ("Question: The British side keeps accusing Russia of meddling in its democracy. How do you respond?",
         "UK MI", None),
        ("[[Andrei Kelin|P]]: We have asked for facts many times. What we get instead are reports in which the "
         "phrases “probably” and “we cannot rule out” occur more often than the names of any real people. Russia "
         "has never interfered and has no intention of interfering in British elections; frankly speaking, we see "
         "no need for it.", "UK MI", "Andrei Kelin"),
        ("Question: Britain says it is defending a rules-based international system. Why does Moscow object to "
         "this formula?", "MO UK", None),
        ("[[Andrei Kelin|P]]: Because nobody can tell us where these rules are written down. We have the [[UN "
         "Charter|T]], we have the decisions of the [[Security Council|O]], we have conventions ratified by "
         "parliaments. When our British colleagues speak of “rules”, they mean something agreed among themselves "
         "in the [[G7|O]] and then presented to everyone else as a universal norm.", "MO UK", "Andrei Kelin"),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s interview with [[Sputnik|O]]", "interview", None, [
        ("Question: How does Moscow view the outcome of the referendum on [[EU|O]] membership?", "UK EN", None),
        ("[[Alexander Yakovenko|P]]: It is a sovereign decision of the British people, and we respect it. Russia "
         "had no stake in whether the UK stayed in the [[European Union|O]] or not, whatever some politicians here "
         "claim. What we do hope is that, freed from the obligation to follow the common line of Brussels, London "
         "will be able to take a more pragmatic approach to relations with Moscow.", "UK EN", "Alexander Yakovenko"),
        ("Question: Does that include sanctions?", "UK EN", None),
        ("[[Alexander Yakovenko|P]]: That is for the British Government to decide. I can only say that the "
         "sanctions have achieved none of their declared goals, and that British exporters of machinery and "
         "agricultural products have been losing their share of the Russian market to competitors from countries "
         "outside the sanctions regime.", "UK EN ET", "Alexander Yakovenko"),
    ]),
    ("Ambassador [[Andrei Kelin|P]]’s interview with [[Izvestia|O]]", "interview", None, [
        ("Question: London has become one of the most active supporters of Kiev. Why do you think that is?",
         "UK UA", None),
        ("[[Andrei Kelin|P]]: Britain has always liked to present itself as Washington’s most loyal ally, and after "
         "leaving the [[European Union|O]] it needs to prove that it still matters. [[Boris Johnson|P]] has made "
         "Ukraine his personal project: instructors, weapons, intelligence, and now a campaign to persuade the rest "
         "of Europe that any negotiation would be a betrayal.", "UK UA", "Andrei Kelin"),
        ("Question: Have you noticed any change in the attitude of ordinary British people?", "UK", None),
        ("[[Andrei Kelin|P]]: The atmosphere has become very difficult. Russian children are being bullied at "
         "school, Russian shops have had their windows broken, and the Embassy receives threatening letters every "
         "day. At the same time many people come up to us quietly to say that they do not share the hysteria they "
         "see on television.", "UK HR", "Andrei Kelin"),
    ]),
    ("Ambassador [[Andrei Kelin|P]]’s interview with [[BBC Radio 4|O]]", "interview", None, [
        ("Question: British troops and weapons are being sent to Ukraine and to the Baltic states. Does Moscow see "
         "this as a threat?", "UK EN UA", None),
        ("[[Andrei Kelin|P]]: We see it as one more step in a policy pursued since 2014: bringing the military "
         "infrastructure of the Alliance ever closer to our borders while assuring us that it is purely defensive. "
         "Imagine the reaction here if Russian battalions were rotating through Ireland. The anti-tank weapons your "
         "Government is delivering to Kiev do not bring a settlement closer; they encourage those who would rather "
         "abandon the [[Minsk agreements|T]] altogether.", "UK EN UA", "Andrei Kelin"),
        ("Question: What exactly does Russia want from [[NATO|O]]?", "EN", None),
        ("[[Andrei Kelin|P]]: Everything is on paper. In December we handed Washington and [[NATO|O]] two draft "
         "documents on legally binding security guarantees: no further eastward expansion, no strike weapons "
         "deployed near our borders, a return to the configuration of 1997. These are not ultimatums but the "
         "principle of indivisible security, to which every [[OSCE|O]] state subscribed in Istanbul and Astana.",
         "EN US", "Andrei Kelin"),
        ("Question: Ambassador, thank you for joining us this morning.", "", None),
    ]),
    # ---------------------------------------------------------------- media_information
    ("Letter by Ambassador [[Alexander Yakovenko|P]] to the editor of [[The Times|O]]", "letter", None, [
        ("Sir,", "", None),
        ("Your leading article of 2 April calls on [[Ofcom|O]] to take [[RT|O]] off the air because its reporting "
         "departs from the official British line on Syria. One would have thought that a newspaper proud of two "
         "centuries of independence would be the last to ask a regulator to decide which opinions the British "
         "public may hear.", "UK MI", None),
        ("Pluralism is not tested by how one treats those who agree with you. If the channel breaches the "
         "broadcasting code, there are procedures for that; if it merely irritates the [[Foreign Office|O]], that "
         "is what a free press is for.", "UK MI", None),
        ("Yours faithfully, [[Alexander Yakovenko|P]], Ambassador of the Russian Federation to the United Kingdom",
         "", None),
    ]),
    ("Embassy statement on the decision of the British regulator to revoke the licence of [[RT|O]]", "statement",
     "MI UK", [
        ("The decision by [[Ofcom|O]] of 18 March to withdraw the broadcasting licence of [[RT|O]], taken only "
         "days after the channel was forced off air by the sanctions against its owners, puts an end to any "
         "pretence that freedom of speech is a non-negotiable value in this country.", "MI UK", None),
        ("It will not go unanswered. The Russian side reserves the right to take reciprocal measures against "
         "British media working in Russia, first and foremost the [[BBC|O]], whose correspondents have for years "
         "enjoyed a degree of access in Moscow that our journalists in London can only dream of.", "MI UK", None),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the refusal to accredit [[RT|O]] and "
     "[[Sputnik|O]] at the media freedom conference in London", "comment", "MI UK", [
        ("The organisers of the so-called Global Conference for Media Freedom, hosted by the [[Foreign and "
         "Commonwealth Office|O]], saw fit to deny accreditation to [[RT|O]] and [[Sputnik|O]] on the grounds of "
         "their “active role in spreading disinformation”. A forum on press freedom that begins by choosing which "
         "press may attend speaks for itself.", "MI UK", None),
        ("We have sent the relevant materials to the [[OSCE|O]] media freedom representative, [[Harlem Désir|P]], "
         "and we expect a principled assessment rather than a shrug of the shoulders.", "MI", None),
    ]),
    ("Embassy press secretary’s answer to a media question concerning the Russia report of the Intelligence and "
     "Security Committee of Parliament", "comment", None, [
        ("Question: What is your reaction to the report published yesterday by the parliamentary [[Intelligence "
         "and Security Committee|O]]?", "UK MI", None),
        ("Answer: We have studied it and found nothing new: the same set of allegations of “interference” in the "
         "Scottish referendum of 2014 and the Brexit vote, unsupported by a single fact. The authors themselves "
         "admit that they never asked [[MI5|O]] and the other agencies to look for evidence. “Russophobia for "
         "domestic consumption” would be a more accurate title.", "UK MI", None),
    ]),
    ("Comment by the Embassy spokesperson on the allegations made by the [[National Cyber Security Centre|O]]",
     "comment", None, [
        ("The “attribution” published today by the [[National Cyber Security Centre|O]], which lays a whole list "
         "of cyberattacks from Ukraine to the United States at the door of Russian military intelligence, is "
         "another example of London’s megaphone diplomacy. No technical data have been handed over to us, and the "
         "bilateral consultations on information security that we proposed in 2017 remain unused by the British "
         "side.", "MI UK", None),
        ("Question: The Foreign Secretary has said that the [[GRU|O]] behaves like “a pariah”. What is your "
         "reaction?", "MI UK", None),
        ("Answer: Name-calling has unfortunately become the main instrument of British diplomacy. Mr [[Jeremy "
         "Hunt|P]] would do better to explain why a country that lectures the world on responsible behaviour in "
         "cyberspace has itself been building up offensive cyber capabilities and boasting about them in public.",
         "MI UK", None),
    ]),
    ("Embassy comment on [[Dominic Raab|P]]’s statement about alleged Russian interference in the 2019 general "
     "election", "comment", "UK MI", [
        ("Once again we hear the familiar formula “almost certain”, a close relative of “highly likely”. The "
         "Foreign Secretary has not explained which “Russian actors” he has in mind, or how the appearance on "
         "[[Reddit|O]] of genuine documents on trade talks with Washington could be an act of interference rather "
         "than a leak from within the British system itself.", "UK MI", None),
    ]),
    ("Comment by the Embassy on the British bank’s decision to close the accounts of [[RT|O]]", "comment", None, [
        ("Question: Is it true that a British bank has decided to close the accounts of [[RT|O]] in the UK? Answer: "
         "Yes. [[NatWest|O]] has informed the channel’s London office that it will no longer serve it, without any "
         "explanation and with the remark that the decision is final. After the recent statements of British "
         "officials about the need to “counter Russian propaganda”, it is difficult to see this as a purely "
         "commercial matter.", "MI UK", None),
    ]),
    ("Embassy comment on the documents of the Integrity Initiative", "comment", None, [
        ("The leaked papers of the so-called Integrity Initiative, run by the [[Institute for Statecraft|O]] with "
         "money from the [[Foreign Office|O]], reveal a network of journalists, academics and officials in a "
         "number of European countries recruited to spread anti-Russian narratives. Our question to the British "
         "side is a simple one: how does a state-funded campaign to shape foreign media differ from what London "
         "itself calls disinformation?", "MI UK", None),
    ]),
    ("Embassy comment on the labelling of its [[Twitter|O]] account", "comment", None, [
        ("[[Twitter|O]] has now marked the Embassy’s account as a “Russia government organisation” and limited its "
         "visibility in searches, while the accounts of the [[Foreign Office|O]] and of British diplomats in Moscow "
         "carry no such warnings. We are not aware of any “community guidelines” that would explain this double "
         "standard.", "MI UK", None),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the blocking of [[RT|O]]’s German-language "
     "channels on [[YouTube|O]]", "comment", "MI", [
        ("The removal by [[YouTube|O]] of the German-language channels of [[RT|O]], on the pretext that they broke "
         "the platform’s rules on coronavirus misinformation, is an act of unprecedented information aggression, "
         "carried out with the obvious connivance, if not at the direct request, of the German authorities.",
         "MI", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] on the demand that [[RT America|O]] register as a foreign agent", "comment", None, [
        ("The demand of the [[US Department of Justice|O]] that [[RT America|O]] register under the Foreign Agents "
         "Registration Act is a direct blow to freedom of the press. Our response will be a mirror one: American "
         "media working in Russia will be given the same status under our own legislation.", "MI US", None),
    ]),
    ("Letter by Ambassador [[Alexander Yakovenko|P]] to the editor of the [[Evening Standard|O]]", "letter", None, [
        ("Sir, The television series McMafia, much praised in your pages, seems to have persuaded some MPs that "
         "every Russian in London is a gangster and every Russian investment a laundering scheme. The thousands "
         "of Russian families who live, work and pay their taxes in this city deserve better than to be judged by "
         "a [[BBC|O]] thriller.", "UK MI", None),
        ("The Embassy is always ready to assist the British law-enforcement agencies when they have concrete "
         "information. What we cannot accept is a climate in which Russian nationality in itself becomes grounds "
         "for suspicion, something this country has thankfully not seen since the days when [[McCarthy|P]] was "
         "hunting for communists across the Atlantic.", "UK HR", None),
        ("[[Alexander Yakovenko|P]], Ambassador of the Russian Federation, 6/7 Kensington Palace Gardens, London W8",
         "", None),
    ]),
    # ---------------------------------------------------------------- russia_us
    ("Statement by the [[Russian Foreign Ministry|O]] on the new anti-Russian measures of the outgoing US "
     "administration", "statement", "US", [
        ("The decision of the [[Obama|P]] administration to declare thirty-five Russian diplomats persona non grata "
         "and to close two of our country retreats in Maryland and New York, announced on 29 December, is yet "
         "another manifestation of the unpredictable and, frankly, aggressive foreign policy of a team that has "
         "three weeks left in office.", "US", None),
        ("President [[Putin|P]] has decided not to respond in kind for the time being and not to stoop to the level "
         "of “kitchen diplomacy”. Our further steps will depend on the policy pursued by the administration of "
         "President-elect [[Donald Trump|P]].", "US", None),
    ]),
    ("Deputy Foreign Minister [[Sergey Ryabkov|P]]’s interview with the newspaper [[Kommersant|O]]", "interview",
     "", [
        ("Question: After the summit in Geneva there was a sense of cautious optimism. Has anything changed in "
         "practice?", "US", None),
        ("[[Sergey Ryabkov|P]]: Something has. We have resumed a structured dialogue on strategic stability with "
         "Washington, the delegations met in July and again in September, and two working groups have been set up "
         "to deal with the principles of future arms control and with capabilities having a strategic effect. But "
         "on the sanctions track the Americans continue to act as if Geneva never happened.", "US AC",
         "Sergey Ryabkov"),
        ("Question: The US Embassy in Moscow says it has had to cut its consular services because of Russian "
         "restrictions. Is that so?", "US", None),
        ("[[Sergey Ryabkov|P]]: That is a distortion of the sequence of events. It was the [[State Department|O]] "
         "that, starting in 2016, seized six of our diplomatic properties, closed our Consulate General in San "
         "Francisco and our trade mission in Washington, and then began refusing visas to our diplomats wholesale. "
         "We have proposed a “zero option” to lift all these restrictions at once, and the ball is in their "
         "court.", "US", "Sergey Ryabkov"),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the publication of the "
     "[[Mueller|P]] report", "comment", "US MI", [
        ("Two years of investigation, dozens of lawyers, millions of dollars — and Special Counsel [[Robert "
         "Mueller|P]] found no evidence of the notorious “collusion” between the [[Trump|P]] campaign and Moscow. "
         "Yet those who built careers on this conspiracy theory now tell us that Russia “interfered” anyway, "
         "without producing a single piece of evidence that would stand up in court.", "US MI", None),
        ("We have repeatedly offered Washington to resume the dialogue on international information security "
         "that it froze unilaterally, including a mutual pledge of non-interference in each other’s electoral "
         "processes. That offer still stands.", "US MI", None),
    ]),
    ("Press release on the results of the Russia-US summit in Helsinki", "statement", None, [
        ("The talks between [[Vladimir Putin|P]] and [[Donald Trump|P]] in Helsinki on 16 July lasted more than "
         "four hours, including a one-on-one conversation in the presence of interpreters only. The two presidents "
         "agreed that the present state of relations meets the interests neither of the two peoples nor of the "
         "world, and instructed their teams to restore a working dialogue, starting with business councils and "
         "expert groups.", "US", None),
        ("Regrettably, even before the presidential plane had landed in Washington, a campaign was under way in "
         "the [[US Congress|O]] to disavow the results of the meeting. It is hard to think of a clearer "
         "illustration of how deeply anti-Russian hysteria has penetrated American domestic politics.", "US", None),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the recall of Ambassador [[Anatoly Antonov|P]] for "
     "consultations", "comment", None, [
        ("Ambassador [[Anatoly Antonov|P]] has been invited to Moscow for consultations so that we can analyse "
         "what needs to be done in relations with the United States. The new administration took office two months "
         "ago, and its first steps, including the President’s remarks in an interview with [[ABC News|O]], leave "
         "us little room for optimism.", "US", None),
    ]),
    ("Statement by the [[Foreign Ministry|O]] on the extension of [[New START|T]]", "statement", None, [
        ("On 3 February the exchange of diplomatic notes completed the procedures required for the extension of "
         "the [[Treaty between the Russian Federation and the United States of America on Measures for the Further "
         "Reduction and Limitation of Strategic Offensive Arms|T]] for five years, until 5 February 2026, without "
         "any preconditions or amendments.", "AC US", None),
        ("Moscow has always insisted that a clean extension was the only responsible option. Now that Washington "
         "has accepted this, the two sides have time to work out together what should come next, taking into "
         "account all the factors that affect strategic stability, including missile defence and non-nuclear "
         "strategic weapons.", "AC US", None),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokesman [[Alexander Lukashevich|P]] on the signing of the Magnitsky Act "
     "by President [[Obama|P]]", "comment", "US EN", [
        ("The signing of this act, which ties the whole agenda of Russian-American relations to the tragic death "
         "of one person in a Moscow pre-trial detention centre, is a blow to everything the two countries have "
         "built over the past four years. Washington has chosen to use the [[Magnitsky|P]] case as a pretext for "
         "interfering in our internal affairs and for compiling blacklists of Russian officials without any "
         "judicial procedure.", "US EN HR", None),
        ("We will respond. The [[State Duma|O]] is already considering a bill that would impose mirror "
         "restrictions on Americans involved in violations of the rights of Russian citizens, including in the "
         "notorious cases of [[Viktor Bout|P]] and [[Konstantin Yaroshenko|P]].", "US HR", None),
    ]),
    ("Comment by the Embassy on the new US sanctions law", "comment", None, [
        ("The sanctions law which [[Congress|O]] has passed and the President has had to sign goes well beyond "
         "Russia: it openly targets European energy companies involved in Nord Stream 2 and in other projects that "
         "Washington would like to replace with supplies of its own, more expensive liquefied gas.",
         "US EN ET", None),
    ]),
    ("Embassy statement on the 75th anniversary of the meeting on the Elbe", "statement", "HM US", [
        ("On 25 April 1945 Soviet and American soldiers met on the Elbe near Torgau, cutting the [[Wehrmacht|O]]’s "
         "forces in two. Seventy-five years later the Presidents of Russia and the United States issued a joint "
         "statement recalling the “spirit of the Elbe” as proof that our countries can put aside their differences "
         "for the sake of a greater cause.", "HM US", None),
    ]),
    # ---------------------------------------------------------------- europe_nato
    ("Comment by Russia’s Permanent Representative to [[NATO|O]] [[Alexander Grushko|P]] on the results of the "
     "Warsaw summit", "comment", "EN", [
        ("The decisions taken in Warsaw to deploy four multinational battalions on a rotational basis in Poland, "
         "Lithuania, Latvia and Estonia create a new military reality on the Alliance’s eastern flank. We are told "
         "that rotation makes them non-permanent; for us the only thing that matters is that foreign combat forces "
         "will be present there day and night, contrary to the spirit of the [[Founding Act|T]].", "EN", None),
        ("A British-led battlegroup in Estonia, within a stone’s throw of Pskov, is no contribution to European "
         "security but a source of risk for everyone, the United Kingdom included.", "EN UK", None),
    ]),
    ("Statement by the [[Foreign Ministry|O]] on the measures taken in response to [[NATO|O]]’s decision of 6 October 2021",
     "statement", None, [
        ("In response to the expulsion of eight members of our Permanent Mission to [[NATO|O]], the Russian side "
         "has suspended the work of the mission in Brussels, as well as the activities of the [[NATO Military "
         "Liaison Mission|O]] and the [[NATO Information Office|O]] in Moscow. Should the Alliance have urgent "
         "questions, it may address them to our Ambassador in Belgium.", "EN", None),
    ]),
    ("Interview of the Permanent Representative of Russia to the [[European Union|O]] [[Vladimir Chizhov|P]] to "
     "[[Euronews|O]]", "interview", "", [
        ("Question: The [[EU|O]] leaders have just prolonged the economic sanctions for another six months. How will "
         "Moscow react?", "EN", None),
        ("[[Vladimir Chizhov|P]]: We did not ask for the sanctions to be lifted and we are not going to beg. The "
         "[[European Union|O]] itself linked the economic measures to the full implementation of the [[Minsk "
         "agreements|T]], most provisions of which depend on Kiev rather than on Moscow, so the logic of the "
         "prolongation is flawed from the outset.", "EN UA", "Vladimir Chizhov"),
        ("Question: Is there any part of the relationship with Brussels that still works?", "EN", None),
        ("[[Vladimir Chizhov|P]]: More than one might think from the headlines. Cross-border cooperation "
         "programmes in the North-West, student exchanges, research — these continue. What has stopped is the "
         "strategic part: the summits, the [[Permanent Partnership Council|O]], the talks on a new basic "
         "agreement. That is a pity, because the [[Partnership and Cooperation Agreement|T]] of 1994 was designed "
         "precisely for difficult times.", "EN", "Vladimir Chizhov"),
    ]),
    ("Comment by the [[Information and Press Department|O]] on Russia’s withdrawal from the [[Council of "
     "Europe|O]]", "comment", None, [
        ("By suspending Russia’s rights of representation on 10 March, in breach of the [[Statute of the Council "
         "of Europe|T]], the [[Committee of Ministers|O]] has left us no choice. "
         "Russia will not take part in turning the [[Council of Europe|O]] into yet another platform from which "
         "[[NATO|O]] and [[EU|O]]-obedient majorities lecture everybody else.", "EN", None),
        ("For a quarter of a century Russian citizens were able to apply to the [[European Court of Human "
         "Rights|O]], and Russia paid the compensation it awarded, even where the judgments were openly "
         "political. Those who chose to push us out will bear responsibility for depriving 140 million Europeans "
         "of that mechanism.", "EN HR", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] on the vote in the [[Parliamentary Assembly of the Council of Europe|O]]",
     "comment", None, [
        ("The vote in the [[Parliamentary Assembly of the Council of Europe|O]] confirming the credentials of the "
         "Russian delegation in full is a victory for common sense. It shows that a majority in Strasbourg "
         "understands that a pan-European organisation without Russia is a contradiction in terms.", "EN", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] on the results of the [[OSCE Ministerial Council|O]] meeting in Hamburg",
     "comment", None, [
        ("We regret that, for the second year running, the [[OSCE Ministerial Council|O]] was unable to adopt a "
         "political declaration. The reason is well known: a group of delegations keeps blocking any language on "
         "the indivisibility of security, which the heads of state of all participating countries solemnly "
         "endorsed in Astana in 2010.", "EN", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] Spokesperson on the launch of the US missile defence site in Romania",
     "comment", None, [
        ("The activation of the missile defence site at Deveselu shows what the promises made by Washington in "
         "2009 were worth. The Iranian “threat” was removed by the [[JCPOA|T]] a year ago, yet the construction of "
         "American missile defence facilities in Europe goes on at full speed, and the Mk 41 launchers installed "
         "there can take Tomahawk cruise missiles as easily as interceptors, which is a direct breach of the [[INF "
         "Treaty|T]].", "AC EN US", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] on Montenegro’s accession to [[NATO|O]]", "comment", None, [
        ("Montenegro’s accession to the North Atlantic bloc, pushed through without a referendum although almost "
         "half of the population is opposed to it, will not add an ounce to the Alliance’s security. It will, "
         "however, draw new dividing lines in the Balkans, and Russia will have to take it into account in its "
         "military planning.", "EN", None),
    ]),
    ("Foreign Minister [[Sergey Lavrov|P]]’s remarks at a joint news conference with High Representative of the "
     "[[EU|O]] for Foreign Affairs and Security Policy [[Josep Borrell|P]], Moscow, 5 February 2021", "interview",
     None, [
        ("[[Sergey Lavrov|P]]: We agreed that relations between Russia and the [[European Union|O]] are in a bad "
         "state, and the main reason is that since 2014 the [[EU|O]] has tied everything to the so-called “five "
         "principles”, which nobody ever discussed with us. I told Mr [[Borrell|P]] frankly that we consider the "
         "[[EU|O]] an unreliable partner, at least at this stage.", "EN", "Sergey Lavrov"),
        ("Question: Did you discuss the case of [[Alexey Navalny|P]]?", "HR", None),
        ("[[Sergey Lavrov|P]]: The High Representative raised it, and I reminded him that Berlin has still not "
         "answered our requests for legal assistance, including the samples and the testimony of the patient "
         "himself. If Brussels introduces new sanctions over this case, we will respond, as we always have.",
         "HR EN", "Sergey Lavrov"),
    ]),
    ("Press release on the extension of Russia’s retaliatory measures", "statement", None, [
        ("The ban on imports of agricultural products, raw materials and food from the countries that imposed "
         "sanctions on Russia has been extended until the end of next year. Russian producers of cheese, pork "
         "and fruit have used these years well, while farmers in Poland, Finland and the Baltic states have lost "
         "their nearest and largest market.", "EN ET", None),
    ]),
    # ---------------------------------------------------------------- multilateral_order
    ("Foreign Minister [[Sergey Lavrov|P]]’s address at the 73rd session of the [[UN General Assembly|O]], New "
     "York, 28 September 2018", "speech", "", [
        ("Mr President, ladies and gentlemen,", "", None),
        ("The founders of the [[United Nations|O]] showed wisdom when they placed the sovereign equality of states "
         "and non-interference in internal affairs at the heart of the Charter. Today these principles are being "
         "challenged by those who would replace international law with a “rules-based order”, rules that are "
         "written in narrow circles, applied selectively and changed whenever they become inconvenient.", "MO",
         None),
        ("We are witnessing attempts to privatise the secretariats of international organisations and to push "
         "through decisions that belong to the [[Security Council|O]] by voting in bodies that have no such "
         "mandate. The creation of an “attribution” mechanism in the [[OPCW|O]], in circumvention of the "
         "[[Chemical Weapons Convention|T]], is a case in point.", "MO AC", None),
        ("The world is becoming polycentric, whether some like it or not. New centres of economic growth and "
         "political influence, including our partners in [[BRICS|O]] and the [[SCO|O]], are legitimately asking "
         "for a greater say, and the [[G20|O]] has shown that a collective approach can deliver where the old "
         "clubs cannot.", "MO", None),
    ]),
    ("Comment by the Permanent Mission of Russia to the [[UN|O]] on the vote in the [[Security Council|O]]",
     "comment", None, [
        ("Russia was compelled to vote against the draft, which the United Kingdom, the United States and France "
         "put forward knowing full well that it could not pass. Its true purpose was not to help the Syrians but to "
         "produce one more “veto” for the headlines and to prepare public opinion for unilateral action outside "
         "the [[UN Security Council|O]].", "MO ME", None),
    ]),
    ("Statement by the Embassy on the 75th anniversary of the [[United Nations|O]]", "statement", "MO HM", [
        ("On 24 October 1945 the [[UN Charter|T]] entered into force, having been ratified by the Soviet Union, "
         "the United Kingdom, the United States, France, China and a majority of the other signatories. The "
         "Organisation born of the Victory over Nazism remains, for all its imperfections, the only universal forum "
         "where the interests of all states can be brought into balance.", "MO HM", None),
        ("Russia firmly opposes any attempt to restrict the prerogatives of the permanent members of the "
         "[[Security Council|O]]. The veto is not a privilege but a guarantee that the Organisation will not be "
         "turned into an instrument of one group of countries against another, as happened to the [[League of "
         "Nations|O]].", "MO", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s interview with [[Diplomat|O]] magazine", "interview", None, [
        ("Question: Russia holds the [[G20|O]] presidency this year. What are its priorities?", "MO", None),
        ("[[Alexander Yakovenko|P]]: Our main priority is growth through quality jobs and investment. The summit in "
         "St Petersburg in September will also look at the reform of quotas in the [[IMF|O]], which has been "
         "stalled for three years because the [[US Congress|O]] has not ratified it. It is a simple question of "
         "fairness: the emerging economies now produce half of world output and must have a voice to match.",
         "MO ET", "Alexander Yakovenko"),
        ("Question: Some in the West see [[BRICS|O]] as an anti-Western bloc. Is it?", "MO", None),
        ("[[Alexander Yakovenko|P]]: Not at all. [[BRICS|O]] is not directed against anyone; it is a club of "
         "countries that want the international financial architecture to reflect the realities of the "
         "twenty-first century rather than those of 1944. The joint development bank which the leaders agreed to "
         "set up in Durban is meant to complement the existing institutions, not to replace them.",
         "MO ET", "Alexander Yakovenko"),
    ]),
    ("Ambassador [[Andrei Kelin|P]]’s letter to the [[Financial Times|O]]", "letter", "", [
        ("Sir, [[Gideon Rachman|P]] (“The West must defend the rules-based order”, 12 July) argues that Russia is a "
         "revisionist power. I would invite him to look at the record. Who bombed Yugoslavia without a mandate "
         "from the [[Security Council|O]] in 1999, invaded Iraq in 2003 and turned a resolution on a no-fly zone "
         "over Libya into a licence for regime change?", "MO", None),
        ("International law already exists; it is written down in the [[UN Charter|T]] and in thousands of treaties "
         "ratified by parliaments. The “rules-based order” your columnist defends is something else: a set of norms "
         "to which nobody has agreed, invented in a few Western capitals and applied to others but never to "
         "themselves.", "MO", None),
        ("Russia stands for a multipolar world, not because it wants to carve it up into spheres of influence, but "
         "because no single power, however strong, can manage global problems on its own. Yours faithfully, "
         "[[Andrei Kelin|P]], Ambassador of the Russian Federation to the UK", "MO", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] Spokesperson on the intergovernmental negotiations on [[Security Council|O]] "
     "reform", "comment", None, [
        ("Russia supports a reform of the [[Security Council|O]] that would make it more representative, first of "
         "all through the wider participation of the countries of Africa, Asia and Latin America, but only on the "
         "basis of the broadest possible agreement among member states, not through artificial deadlines or votes "
         "that would split the Organisation.", "MO", None),
    ]),
    ("Statement by the [[Foreign Ministry|O]] on the [[Rome Statute|T]]", "statement", None, [
        ("Russia has notified the [[UN|O]] Secretary-General of its intention not to become a party to the [[Rome "
         "Statute of the International Criminal Court|T]]. The Court has not justified the hopes placed in it and "
         "has not become a truly independent and authoritative body of international justice: in fourteen years "
         "of work it has handed down four verdicts while spending more than a billion dollars.", "MO", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s lecture at the [[London School of Economics|O]]", "speech", None, [
        ("The unipolar moment proclaimed in the 1990s has proved short-lived. The centre of gravity of the global "
         "economy is moving to Asia, and countries like China, India and Brazil will not accept an order in which "
         "their role is confined to following decisions taken in Washington and Brussels. The question is no longer "
         "whether the world will be multipolar, but whether the transition will be peaceful.", "MO", None),
        ("For Russia the answer lies in the collective leadership of the major powers, relying on the central "
         "coordinating role of the [[United Nations|O]] and on new formats such as [[BRICS|O]], the [[SCO|O]] and "
         "the [[G20|O]]. None of them is a military alliance, and none is directed against third countries.",
         "MO", None),
        ("I am grateful to the [[LSE|O]] for the opportunity to speak to such a large audience, and I will be "
         "happy to take your questions afterwards.", "", None),
    ]),
    # ---------------------------------------------------------------- history_memory
    ("Ambassador [[Andrei Kelin|P]]’s letter to the [[Guardian|O]] on the 80th anniversary of the first Arctic "
     "convoy", "letter", "HM UK", [
        ("Dear Editor,", "", None),
        ("Eighty years ago this month the first Allied convoy, codenamed Dervish, left Hvalfjord in Iceland and "
         "reached Arkhangelsk without loss, carrying wool, rubber and a consignment of Hurricane fighters. It was "
         "the beginning of a lifeline which, over the next four years, would cost the lives of more than three "
         "thousand British seamen.", "HM UK", None),
        ("Russia has not forgotten them. Since 2013 more than three thousand veterans of the convoys have received "
         "the Ushakov Medal, and every August we lay wreaths with the surviving veterans and their families on "
         "board HMS Belfast. I am certain that the memory of that shared struggle can help our two nations find "
         "their way back to a more respectful dialogue.", "HM UK", None),
        ("[[Andrei Kelin|P]], Ambassador of the Russian Federation, London", "", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s speech at the reception on the occasion of the 70th anniversary of Victory",
     "speech", "HM", [
        ("Ladies and gentlemen, dear veterans, dear friends,", "", None),
        ("Seventy years ago the guns fell silent in Europe. The Soviet Union paid for that Victory with "
         "twenty-seven million lives, and there is hardly a family in Russia today that does not keep a photograph "
         "of a grandfather who went to the front and never returned.", "HM", None),
        ("We remember that in the darkest months of 1941 Britain and the Soviet Union became allies, and that "
         "[[Churchill|P]], for all his well-known views on Bolshevism, was among the first to say that Russia’s "
         "danger was Britain’s danger. The [[Anglo-Soviet Treaty|T]] of 1942 sealed that alliance for twenty "
         "years.", "HM UK", None),
        ("All the more regrettable are the attempts, now fashionable in some European capitals, to place the "
         "liberators and the Nazis on one moral plane and to tear down monuments to the soldiers who freed "
         "Auschwitz and Vienna. We will never accept such revisionism.", "HM", None),
        ("I now invite you to join me in a toast and to enjoy the concert prepared by young musicians of the "
         "[[Moscow Conservatory|O]].", "", None),
    ]),
    ("Comment by the [[Information and Press Department|O]] on the [[European Parliament|O]] resolution on the "
     "importance of European remembrance for the future of Europe", "comment", "HM EN", [
        ("The resolution adopted by the [[European Parliament|O]] on 19 September, which places the Soviet Union on "
         "a par with Nazi Germany as responsible for unleashing the Second World War, is a crude attempt to "
         "rewrite history to suit the current political agenda. Its authors conveniently forget the [[Munich "
         "Agreement|T]] of 1938, without which neither the [[Molotov-Ribbentrop pact|T]] nor the tragedy that "
         "followed would have been possible.", "HM EN", None),
        ("It is telling that this text came from a parliament that has repeatedly declined to condemn the "
         "torchlight marches of [[Waffen-SS|O]] veterans in the capitals of two [[EU|O]] member states.",
         "HM EN", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s speech at the opening of the exhibition marking the 460th anniversary of "
     "Russian-British relations", "speech", None, [
        ("In 1553 [[Richard Chancellor|P]], searching for a northern passage to China, landed instead at the mouth "
         "of the Northern Dvina and made his way to Moscow, where he was received by [[Ivan the Terrible|P]]. Two "
         "years later the [[Muscovy Company|O]] was founded in London, and our countries have been trading, "
         "arguing and learning from one another ever since.", "HM UK", None),
        ("Anniversaries like this one remind us that four and a half centuries of relations cannot be reduced to "
         "the disagreements of the day. The UK-Russia Year of Culture, which we are preparing together with the "
         "[[British Council|O]] for next year, should become a worthy continuation of this long story.",
         "UK HM", None),
    ]),
    ("Embassy statement on the 75th anniversary of the victory in the Battle of Stalingrad", "statement", None, [
        ("On 2 February 1943 the remnants of the [[6th Army|O]] under Field Marshal [[Friedrich Paulus|P]] laid "
         "down their arms in Stalingrad. The news was greeted across Britain as the turning point of the war, and "
         "King [[George VI|P]] ordered a sword to be forged in honour of the “steel-hearted citizens of "
         "Stalingrad”, which [[Churchill|P]] handed to [[Stalin|P]] in Tehran.", "HM UK", None),
        ("Today the Stalingrad Sword is kept in the museum of the battle in Volgograd, and Coventry, itself reduced "
         "to ruins by the [[Luftwaffe|O]], remains the city’s oldest twin. Such ties between people outlast any "
         "cooling between governments.", "HM UK", None),
    ]),
    ("Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the demolition of the monument to General "
     "[[Ivan Chernyakhovsky|P]] in Poland", "comment", "HM", [
        ("Warsaw’s campaign against memorials to the Soviet soldiers who fell liberating Poland — more than six "
         "hundred thousand of them — has now reached small provincial towns. We regard the dismantling of the "
         "monument to General [[Ivan Chernyakhovsky|P]] in Pieniężno as an act of desecration and a violation of "
         "the Russian-Polish [[Agreement on Graves and Places of Remembrance of Victims of War and "
         "Repressions|T]] of 1994.", "HM", None),
    ]),
    ("Embassy announcement on Victory Day events", "statement", None, [
        ("Because of the pandemic, this year the Embassy will not be able to hold the traditional wreath-laying at "
         "the Soviet War Memorial together with veterans and the public. We invite our compatriots and British "
         "friends to light a candle in their windows at 10 pm on 9 May and to share the stories of relatives who "
         "fought against Nazism.", "HM", None),
    ]),
    ("Ambassador [[Alexander Yakovenko|P]]’s speech at the reception marking the 70th anniversary of the [[Anglo-Soviet "
     "Treaty|T]]", "speech", None, [
        ("In May 1942 [[Vyacheslav Molotov|P]] flew to Britain in a bomber across occupied Europe to sign with "
         "[[Anthony Eden|P]] the [[Treaty of Alliance in the War against Hitlerite Germany and her Associates in "
         "Europe and of Collaboration and Mutual Assistance Thereafter|T]]. Seventy years on, it is worth "
         "recalling that it was meant to last twenty years and to lay the foundations of the post-war peace.",
         "HM UK", None),
    ]),
    ("Letter by Ambassador [[Andrei Kelin|P]] to the editor of the [[Independent|O]]", "letter", None, [
        ("Dear Editor, Your article on the 75th anniversary of the end of the war in Europe (8 May) devotes three "
         "paragraphs to the Normandy landings and one sentence to the Eastern Front, where four out of five German "
         "soldiers killed in the war met their end. I do not ask your readers to belittle the sacrifice of British "
         "and American servicemen, only to keep the proportions of history.", "HM", None),
        ("Those who now equate the [[Red Army|O]] with the regime it defeated should go to the Soviet War Memorial "
         "in Southwark, unveiled in 1999 with the support of both our governments, and think about what the "
         "inscription there means.", "HM", None),
    ]),
    ("Comment by the [[Foreign Ministry|O]] on the results of the special session of the [[Conference of the "
     "States Parties|O]] to the [[Chemical Weapons Convention|T]]", "comment", None, [
        ("The decision pushed through on 27 June by a minority of the States Parties, on a British initiative, to "
         "give the [[Technical Secretariat|O]] the power to name those responsible for the use of chemical weapons "
         "is a blow to the [[OPCW|O]] as a technical body and an encroachment on the exclusive prerogatives of the "
         "[[UN Security Council|O]]. Barely half of the members voted in favour; this is what the “rules-based "
         "order” looks like in practice.", "MO AC UK", None),
    ]),
    ("Statement by the Embassy on Russia’s presidency of the [[UN Security Council|O]] in October", "statement",
     None, [
        ("This month Russia presides over the [[UN Security Council|O]]. Our programme includes an open debate "
         "on the twentieth anniversary of resolution 1325 on women, peace and security, and we continue to "
         "promote the idea, put forward by President [[Vladimir Putin|P]] in January, of a summit of the five "
         "permanent members to discuss the fundamental problems of the world order in the spirit of the [[UN "
         "Charter|T]].", "MO", None),
    ]),
    ("Press release on the [[BRICS|O]] summit in Johannesburg", "statement", "MO", [
        ("The leaders of [[BRICS|O]] reaffirmed in Johannesburg their commitment to multilateralism and to the "
         "central role of the [[United Nations|O]], and firmly rejected unilateral protectionist measures that run "
         "counter to the spirit and the rules of the [[WTO|O]]. The five countries, home to more than forty per "
         "cent of the world’s population, agreed to deepen cooperation in trade, finance and the new industrial "
         "revolution.", "MO ET", None),
    ]),
    ("Comment by the [[Information and Press Department|O]] on the vote in the [[UN General Assembly|O]] on "
     "combating the glorification of Nazism", "comment", None, [
        ("For the seventeenth year running the [[UN General Assembly|O]] has adopted the Russian-sponsored "
         "resolution on combating the glorification of Nazism, neo-Nazism and other practices that fuel racism. We "
         "regret that the United Kingdom, together with its partners in the [[EU|O]], once again chose to "
         "abstain, while the United States and Ukraine voted against a text that simply honours the memory of the "
         "victims of the Second World War.", "MO HM", None),
    ]),
    ("Comment by the Embassy on the communiqué of the [[G7|O]] foreign ministers", "comment", None, [
        ("Once again the [[G7|O]] ministers presume to speak on behalf of the “international community”. Seven "
         "countries with barely a tenth of the world’s population cannot claim that role; the real discussion of "
         "the global economy now takes place in the [[G20|O]], where the voices of China, India, Brazil, Indonesia "
         "and South Africa carry as much weight as those of the old industrial powers.", "MO", None),
    ]),
    # ---------------------------------------------------------------- procedural, no topic
    ("Notice on the working hours of the Embassy during the holidays", "statement", None, [
        ("The Embassy will be closed to visitors on 4 November, National Unity Day. Appointments booked for that "
         "day will be rescheduled, and applicants will be notified by email.", "", None),
        ("Please note that the Consular Section receives applicants by appointment only, Monday to Friday, from "
         "9.30 to 12.30.", "", None),
    ]),
    ("Media advisory: press conference at the Embassy", "statement", None, [
        ("Journalists wishing to attend the press conference are requested to apply for accreditation by email no "
         "later than 17:00 on Thursday, indicating the name of their media outlet and their passport details.",
         "", None),
        ("The ceremony will begin at 11 am. Those wishing to lay flowers are kindly asked to arrive fifteen minutes "
         "in advance and to bring photo identification.", "", None),
    ]),
]


def main(out: str = "annotations/synthetic_site_b.jsonl") -> None:
    lines = []
    for title_marked, genre, title_topics, passages in ARTICLES:
        title, title_spans = parse(title_marked)
        base = {"synthetic": True, "source": SOURCE, "article_title": title}
        if title_topics is not None:
            meta = dict(base, part="title", genre="headline", author="nlptools team")
            lines.append({"text": title, "spans": title_spans,
                          "topics": [TOPICS[t] for t in title_topics.split()], "meta": meta})
        for marked, topics, speaker in passages:
            text, spans = parse(marked)
            meta = dict(base, part="body", genre=genre, author="nlptools team")
            if speaker:
                meta["speaker"] = speaker
            lines.append({"text": text, "spans": spans, "topics": [TOPICS[t] for t in topics.split()],
                          "meta": meta})
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    print(f"{len(lines)} records -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
