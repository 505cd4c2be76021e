"""Generator of annotations/synthetic_site_c.jsonl: team-written synthetic passages for topic training
(issue #14), in the genres of the Russian Embassy's website: comments, letters to editors, interviews,
briefings, speeches, press releases and "latest news" listings. Weighted to the relational labels
(russia_uk, russia_us, europe_nato, multilateral_order) and to media_information, history_memory and
human_rights. Topics only: the records carry no "spans" (the guide allows a record that annotates one
task). Each page is one document (``meta.source``) for the cross-validation. Run from the repository root."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from synthetic_site_b import TOPICS  # the same two-letter topic codes

SOURCE = "synthetic/site_c/"
SPEAKER = re.compile(r"^(Question|Answer|[A-Z][a-z]+ [A-Z][a-z]+): ")

# Each page: (page id, title, genre of the body, title topics or None when the title is not a record,
# [(passage, topics) or (passage, topics, genre of this passage), ...]). Topics are codes of TOPICS,
# space-separated; "" is a passage with no topic. Interview turns that open with "Name:" or "Question:"
# get that speaker in meta.
PAGES = [
    ("p01-kelin-sky", "Interview of Ambassador Andrei Kelin to Sky News’ Sunday programme", "interview", "", [
        ("Question: Ambassador, many thanks for coming into the studio today.", ""),
        ("Andrei Kelin: Good morning. Glad to be here.", ""),
        ("Question: The Foreign Secretary said yesterday that Russia is the most acute threat to British "
         "security. Do you accept that?", "UK"),
        ("Andrei Kelin: I do not. We have never threatened the United Kingdom, not once. It is London that sends "
         "tanks, long-range missiles and instructors, and then complains that relations are at their lowest point "
         "since the Cold War. Our dialogue has been reduced to an exchange of notes, and that was not our "
         "choice.", "UK"),
        ("Question: Your critics say the Embassy spreads disinformation through its social media accounts. Will "
         "you stop?", "MI UK"),
        ("Andrei Kelin: What you call disinformation is simply a point of view your audience is not supposed to "
         "hear. RT has been switched off in Britain, Sputnik blocked, our journalists refused visas. We publish "
         "facts and official documents, and people can judge for themselves.", "MI UK"),
        ("Question: Is there any channel still open between Moscow and Washington on nuclear weapons?", "US AC"),
        ("Andrei Kelin: Very few. The Americans froze the strategic stability dialogue, New START is suspended, "
         "and no inspections take place. As long as Washington speaks of inflicting a strategic defeat on Russia, "
         "there is nothing to build a conversation on.", "US AC"),
    ]),
    ("p02-bbc-community", "Embassy comment on the BBC documentary about Russians living in London", "comment",
     "MI UK", [
        ("The BBC programme aired on Sunday evening portrays Russians in Britain as a suspect community, to be "
         "watched and reported on. Several of those interviewed have told us that their words were cut and "
         "placed in a context they did not recognise.", "MI UK"),
        ("We have written to the Corporation’s management asking it to publish the full recordings. A "
         "broadcaster funded by the licence fee ought to be held to its own editorial rules on impartiality.",
         "MI UK"),
        ("Compatriots tell us of bank accounts closed without explanation, of children bullied at school, of "
         "landlords who turn tenants away because of a Russian passport. Discrimination on grounds of "
         "nationality is incompatible with the obligations the UK has assumed under the European Convention on "
         "Human Rights.", "HR UK"),
        ("The Embassy’s consular section remains at the disposal of every compatriot who needs help.", ""),
    ]),
    ("p03-zakharova-briefing", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow", "briefing",
     "", [
        ("Question: The Council of Europe has opened a procedure on Russia’s membership. What is Moscow’s "
         "position?", "EN"),
        ("Maria Zakharova: The Council of Europe was once a platform for pan-European dialogue on human rights "
         "and the rule of law. Today it has become an instrument of a group of NATO and EU states that use it to "
         "punish the disobedient. We will not take part in this humiliation, and we have launched the procedure "
         "of withdrawal ourselves.", "EN"),
        ("Question: Could you comment on the arrest of the Wall Street Journal correspondent Evan Gershkovich?",
         "MI HR"),
        ("Maria Zakharova: He was caught red-handed collecting classified information under journalistic cover. "
         "This has nothing to do with journalism. The investigation will run its course and the court will "
         "decide.", "MI HR"),
        ("Next question, please.", ""),
        ("Question: The Baltic states are tearing down Soviet war memorials. Will Russia respond?", "HM"),
        ("Maria Zakharova: Demolishing monuments to those who liberated Europe from Nazism shames the "
         "governments that order it. These are memorials and graves of soldiers who died freeing Riga and "
         "Tallinn. We have raised the matter at the OSCE and at UNESCO and we will keep raising it.", "HM"),
        ("Question: Russian-speaking residents of Latvia are being told to pass a language test or leave. Your "
         "comment?", "HR"),
        ("Maria Zakharova: It is textbook discrimination against a national minority. Pensioners who have lived "
         "in Latvia all their lives are threatened with deportation for failing an exam, and Brussels, which "
         "lectures the whole world about human rights, looks away.", "HR"),
    ]),
    ("p04-guardian-letter", "Ambassador Andrei Kelin’s letter to the editor of The Guardian", "letter", "", [
        ("Sir,", ""),
        ("Your editorial of 12 March argues that the Kremlin has turned history into a weapon. It is an odd "
         "charge from a country whose school textbooks say so little about the 27 million Soviet citizens who "
         "died to defeat Hitler, or about the Arctic convoys which British sailors remember better than British "
         "politicians do.", "HM UK"),
        ("For us, memory of the war is not an instrument of policy. It is a family matter: there is hardly a "
         "family in Russia that did not lose someone between 1941 and 1945.", "HM"),
        ("Every May, veterans’ organisations, British descendants of convoy sailors and ordinary Londoners "
         "come to the Soviet War Memorial beside the Imperial War Museum. They do not come because the Kremlin"
         " sends them. They come because they know that the war in Europe was decided at Moscow, Stalingrad "
         "and Kursk, and that the alliance between our countries, for all its difficulties, made Victory "
         "possible. Those who try to rewrite that story in the name of today’s quarrels do a disservice to "
         "both our nations.", "HM UK"),
        ("To put the Soviet Union on a par with Nazi Germany, as some European parliaments now do, is to insult "
         "the soldiers who opened the gates of Auschwitz.", "HM"),
        ("Yours faithfully, Andrei Kelin, Ambassador of the Russian Federation to the United Kingdom", ""),
    ]),
    ("p05-news-listing", "Latest news", "listing", None, [
        ("Embassy comment on the latest round of British sanctions", "UK EN", "headline"),
        ("Ambassador meets members of the Russian-British Chamber of Commerce\nParticipants discussed how "
         "companies can keep trading despite the restrictions and the collapse of direct flights.", "ET UK"),
        ("Sergey Lavrov: the era of a unipolar world is over", "MO", "headline"),
        ("Wreaths laid at the Soviet War Memorial in Southwark\nOn 9 May the Ambassador, veterans and members of "
         "the Russian community honoured those who fell in the Great Patriotic War.", "HM"),
        ("Embassy comment on the BBC report about “Kremlin trolls”", "MI UK", "headline"),
        ("Statement at the UN Human Rights Council on the persecution of journalists in Ukraine", "MI HR UA",
         "headline"),
        ("Press release on the 80th anniversary of the Tehran Conference", "HM", "headline"),
        ("Russia and China sign a joint statement on a multipolar world", "MO AP", "headline"),
        ("Embassy answers a media question on US plans to deploy long-range missiles in Germany", "AC US EN",
         "headline"),
        ("Ambassador Andrei Kelin visits Edinburgh", "", "headline"),
    ]),
    ("p06-lavrov-aif", "Foreign Minister Sergey Lavrov’s interview with the newspaper Argumenty i Fakty",
     "interview", "", [
        ("Question: Mr Lavrov, Western politicians keep speaking of a “rules-based order”. What do they mean by "
         "it?", "MO"),
        ("Sergey Lavrov: Nobody has ever seen these rules. They are invented case by case and are meant to "
         "replace international law and the UN Charter, which the West finds inconvenient because the Charter "
         "enshrines the sovereign equality of states.", "MO"),
        ("Question: Do you see BRICS as an alternative?", "MO"),
        ("Sergey Lavrov: BRICS is not directed against anyone. It brings together countries that want to develop "
         "without being told how. Dozens of states have applied to join or to become partners, and the Kazan "
         "summit will decide how to take them in.", "MO"),
        ("Question: Some say a multipolar world is just a slogan.", "MO"),
        ("Sergey Lavrov: Look at the world economy. The share of the G7 in global GDP at purchasing power "
         "parity has already fallen below that of BRICS. Countries of the Global South are building their own "
         "payment systems, insurance and logistics, because they have seen how easily the dollar and Western "
         "institutions can be turned into weapons against anyone who displeases Washington. This is not our "
         "invention but an objective process. A multipolar world is not coming; it is here, and the sooner our"
         " Western colleagues accept it, the fewer mistakes they will make.", "MO ET"),
        ("Question: How would you describe relations with Washington today?", "US"),
        ("Sergey Lavrov: They barely exist. Our embassies work as if under siege, diplomatic property has been "
         "seized, visas are issued in single figures. The Americans say they want to talk, while declaring that "
         "Russia must be strategically defeated. That is not a serious offer.", "US"),
        ("Question: And with Europe?", "EN"),
        ("Sergey Lavrov: The European Union has lost its independence. It has sacrificed its economic interests "
         "to Washington’s line, paid for it with expensive energy and the flight of industry, and now talks of "
         "militarisation. We are not going to knock on closed doors.", "EN ET"),
    ]),
    ("p07-depleted-uranium", "Embassy comment on the British decision to supply depleted uranium shells to Kiev",
     "comment", "UK UA", [
        ("The announcement that the Challenger tanks sent to Ukraine will come with depleted uranium ammunition "
         "shows that London has stopped counting the consequences of what it does.", "UK UA"),
        ("The soil of Donbass will carry this poison for decades, as the soil of Serbia and Iraq still does, "
         "where doctors recorded surges in cancers and birth defects after such munitions were used.", "UA"),
        ("We warn that any such shells, like the tanks that fire them, will be legitimate targets.", "UA UK"),
    ]),
    ("p08-470-years", "Embassy marks 470 years of Russian-British diplomatic relations", "press_release",
     "HM UK", [
        ("In August 1553 Richard Chancellor’s ship reached the mouth of the Northern Dvina, and some months later "
         "Ivan the Terrible received the English navigator in Moscow. So began relations that have outlived wars, "
         "revolutions and long periods of estrangement.", "HM UK"),
        ("The Muscovy Company, chartered in 1555, was England’s first joint-stock trading company; for decades "
         "its ships carried hemp, furs and wax to London and cloth back to Archangel.", "HM UK"),
        ("It is sad that this anniversary falls at a time when our contacts have reached their lowest ebb. But "
         "history teaches that such periods pass.", "HM UK"),
        ("We thank the British historians and archivists who helped us prepare the exhibition.", ""),
    ]),
    ("p09-open-skies", "Foreign Ministry statement on the US withdrawal from the Treaty on Open Skies",
     "statement", "AC US", [
        ("On 22 November 2020 the United States completed its withdrawal from the Treaty on Open Skies, citing "
         "far-fetched claims that Russia was in breach of it.", "AC US"),
        ("This is one more link in a long chain: the ABM Treaty, the INF Treaty, now Open Skies. Washington "
         "dismantles the arms control architecture piece by piece and then blames others for its "
         "collapse.", "AC US"),
        ("We asked the remaining European states parties for firm guarantees that the data from their "
         "observation flights would not be passed to the United States. No such guarantees were given.",
         "AC EN US"),
        ("In these circumstances Russia has begun the domestic procedures for leaving the Treaty.", "AC"),
    ]),
    ("p10-news-2021", "News digest, spring 2021", "listing", None, [
        ("Foreign Ministry: new US sanctions over the Navalny case are interference in our internal affairs",
         "US EN HR", "headline"),
        ("Ryabkov: Moscow is open to talks with Washington on what comes after New START", "AC US", "headline"),
        ("Ambassador Anatoly Antonov recalled from Washington for consultations", "US", "headline"),
        ("Lavrov and Blinken meet in Reykjavik on the sidelines of the Arctic Council\nThe two ministers agreed "
         "that the state of relations between Moscow and Washington is unsatisfactory and discussed how to "
         "stabilise it.", "US"),
        ("Statement on the outcome of the Putin–Biden summit in Geneva\nThe Presidents agreed to return "
         "ambassadors to their posts and to launch a dialogue on strategic stability.", "US AC"),
        ("Moscow calls US claims of election interference groundless", "US MI", "headline"),
        ("Embassy comment: talk of “Russian hackers” is a smokescreen", "MI", "headline"),
        ("Russia calls for a fairer share of votes for developing countries at the IMF and the World Bank",
         "MO ET", "headline"),
    ]),
    ("p11-schedule-7", "Embassy comment on the detention of Russian citizens at British airports under Schedule 7",
     "comment", "UK HR", [
        ("Over the past year more than a dozen Russian nationals have been stopped at Heathrow and Gatwick under "
         "Schedule 7 of the Terrorism Act, questioned for hours without a lawyer and had the contents of their "
         "phones copied.", "UK HR"),
        ("The law permits all this without any suspicion of wrongdoing. It is hard to reconcile with the right to "
         "privacy and the freedom of movement that British officials so often invoke when they speak about "
         "Russia.", "HR UK"),
        ("Take one case we know well. A Russian student returning to her university in Manchester after the "
         "holidays was held at passport control for almost six hours. She was asked about her parents’ views "
         "on the war, which Russian media she reads, whether she had ever visited the Embassy. Her laptop was "
         "taken away and returned three weeks later. No charges were brought, no apology offered. She now "
         "tells us she is afraid to travel home to see her family. This is what “protecting national security”"
         " looks like in practice for ordinary people.", "HR UK"),
        ("We call on the Home Office to explain the grounds for these stops.", "UK HR"),
        ("Question: Has the Embassy raised the issue formally? Answer: Yes, twice, by note verbale. We are still "
         "waiting for a reply.", "UK", "qa"),
    ]),
    ("p12-nebenzia-unsc", "Remarks by Permanent Representative Vassily Nebenzia at the UN Security Council open "
     "debate on multilateralism", "speech", "MO", [
        ("Mr President, I thank the Chinese presidency for convening today’s debate.", ""),
        ("The United Nations was founded on the idea that no single state or group of states could dictate to "
         "the rest. Seventy-eight years on, that idea is under attack from those who divide the world into "
         "“democracies” and “autocracies” and assemble coalitions of the willing outside this Council.", "MO"),
        ("Unilateral coercive measures imposed bypassing the Security Council are illegitimate under "
         "international law. Western sanctions strike ordinary people first: patients who cannot get medicines, "
         "farmers who cannot buy fertiliser.", "MO EN"),
        ("Reform of the Council must make it more representative, above all of Asia, Africa and Latin America, "
         "not add seats for countries of the West that are already over-represented.", "MO"),
    ]),
    ("p13-ofcom-rt", "Embassy comment on the withdrawal of RT’s UK broadcasting licence by Ofcom", "comment",
     "MI UK", [
        ("Ofcom’s decision of 18 March 2022 ended the broadcasting of a channel that for years gave British "
         "viewers an alternative to the uniform coverage of the mainstream.", "MI UK"),
        ("The regulator did not find a single false fact in RT’s reporting. The channel was closed not for what "
         "it said but for what it might say.", "MI"),
        ("It is worth recalling that for years British officials described RT as a fringe channel with a "
         "negligible audience. If that was true, why was it necessary to ban it? The answer is simple. RT gave"
         " airtime to people who questioned the official line on Iraq, Libya, Syria and Ukraine, to trade "
         "unionists, anti-war activists and independent journalists who were not welcome elsewhere. The "
         "decision was not about protecting viewers from falsehood. It was about silencing an uncomfortable "
         "voice at the very moment when the government wanted the public to hear only one.", "MI UK"),
        ("So much for freedom of expression, which London champions at every international forum.", "MI HR"),
        ("We will draw our conclusions regarding the work of British media in Russia.", "MI UK"),
    ]),
    ("p14-arctic-convoys", "Ambassador’s speech at the commemoration of the Arctic convoys on board HMS Belfast",
     "speech", "HM UK", [
        ("Dear veterans, dear friends,", ""),
        ("Eighty years ago the first of the Arctic convoys set out from Iceland for Archangel. Over four years, "
         "some 1,400 merchant ships brought tanks, aircraft, food and medicines to the Soviet Union through "
         "waters patrolled by U-boats and the Luftwaffe.", "HM"),
        ("More than three thousand British seamen lost their lives on this route. Russia remembers them. The "
         "surviving veterans have received the Ushakov Medal, and every year we come here, on board HMS Belfast, "
         "to honour them.", "HM UK"),
        ("Whatever happens in politics, this memory belongs to both our peoples.", "HM UK"),
        ("Thank you.", ""),
    ]),
    ("p15-vilnius-summit", "Embassy comment on the NATO summit in Vilnius", "comment", "EN", [
        ("The communiqué adopted in Vilnius confirms what we have been saying for years: NATO is not a defensive "
         "alliance but an instrument of confrontation, built to contain Russia.", "EN"),
        ("Allies have pledged to spend at least two per cent of GDP on defence as a floor, not a ceiling, and the "
         "new regional plans foresee more than 300,000 troops at high readiness near our borders.", "EN"),
        ("For thirty years we were told that NATO enlargement threatened nobody and that Russia had no say in "
         "the choices of sovereign states. Yet when we proposed in 2021 to put mutual security guarantees on "
         "paper, the Alliance refused even to discuss the non-deployment of strike weapons near our borders. "
         "Since then it has moved battlegroups to Slovakia, Hungary, Romania and Bulgaria, taken in Finland "
         "and Sweden, and turned the Baltic into what its own officials call a “NATO lake”. One does not need "
         "to be a military expert to see where this leads.", "EN"),
        ("Kiev has once again been promised membership “when conditions are met”. In plain language, the war "
         "must go on.", "UA EN"),
        ("Finland’s accession has doubled the length of the land border between Russia and the Alliance. We will "
         "take the necessary military-technical measures.", "EN"),
        ("Question: Is dialogue with NATO still possible? Answer: Not with this Alliance, not in its present "
         "shape.", "EN", "qa"),
    ]),
    ("p16-csto-minsk", "Press release on the CSTO summit in Minsk", "press_release", "EC", [
        ("The heads of state of the Collective Security Treaty Organisation met in Minsk on 23 November. Armenia "
         "chose not to attend; the door remains open to our Armenian partners.", "EC"),
        ("Leaders approved a programme of joint exercises for next year and measures to reinforce the Tajik-"
         "Afghan border.", "EC"),
        ("Integration within the Union State of Russia and Belarus is moving forward: gas tariffs are being "
         "harmonised and customs controls between our countries have long been lifted.", "EC ET"),
    ]),
    ("p17-sanctions-business", "Embassy comment on the cost of sanctions for British business", "comment",
     "ET UK EN", [
        ("BP alone wrote off around 25 billion dollars when it walked away from its stake in Rosneft. Dozens of "
         "other British firms sold their Russian businesses for a symbolic pound.", "ET UK"),
        ("Household energy bills in Britain hit a record in the winter of 2022–2023, as families paid for "
         "decisions taken in Westminster.", "ET UK"),
        ("Trade between our two countries has fallen by more than three quarters in two years.", "ET UK"),
        ("The sanctions were supposed to wreck the Russian economy. Instead it grew by 3.6 per cent last year, "
         "while the largest economy of the European Union shrank.", "ET EN"),
    ]),
    ("p18-sputnik-v", "Embassy comment on British media reports about the Sputnik V vaccine", "comment",
     "CH MI UK", [
        ("Several British newspapers, citing unnamed security officials, claim that Russian intelligence stole "
         "the design of the Oxford-AstraZeneca vaccine. These allegations are absurd.", "CH MI UK"),
        ("Sputnik V is built on a human adenovirus platform that the Gamaleya Centre developed long before the "
         "pandemic; its efficacy of 91.6 per cent was confirmed in The Lancet.", "CH"),
        ("Instead of waging information wars, our countries should work together against a common threat. "
         "Russia offered to register Sputnik V in the UK and to run combined trials with AstraZeneca.",
         "CH UK MI"),
    ]),
    ("p19-lavrov-wang-yi", "Sergey Lavrov’s remarks at a news conference following talks with Wang Yi, Beijing",
     "remarks", "", [
        ("We discussed in detail the situation in the Asia-Pacific region, where the United States and its allies "
         "are building closed blocs such as AUKUS and pulling NATO into the region.", "AP"),
        ("Russia and China are united in rejecting unilateral sanctions and interference in the internal affairs "
         "of sovereign states, and in upholding the central role of the UN.", "MO AP"),
        ("Trade between our countries exceeded 240 billion dollars last year, and almost all payments are now "
         "made in roubles and yuan.", "ET AP"),
        ("On the Korean Peninsula we stand for dialogue without pressure or threats.", "AP"),
        ("Question: And Afghanistan? Sergey Lavrov: We work with the authorities in Kabul in the Moscow format and "
         "call on the West to unfreeze Afghan assets.", "AP", "qa"),
    ]),
    ("p20-yemen-strikes", "Embassy comment on British and American strikes on Yemen", "comment", "ME UK", [
        ("Strikes by American and British aircraft on Yemen, carried out without any mandate from the Security "
         "Council, violate the UN Charter and risk setting the whole region on fire.", "ME UK"),
        ("Navigation in the Red Sea cannot be separated from the catastrophe in Gaza. A ceasefire there is the key "
         "to calm at sea.", "ME"),
        ("On Iran’s nuclear programme, Russia continues to believe that a return to the JCPOA in its original "
         "form is the only workable option.", "ME AC"),
    ]),
    ("p21-kelin-ria", "Ambassador Andrei Kelin’s interview with RIA Novosti", "interview", "", [
        ("Question: How many Russian diplomats are left in London?", "UK"),
        ("Andrei Kelin: Far fewer than we need. After the expulsions of 2018 and the visa restrictions that "
         "followed, we cannot fill vacancies, because the British side simply does not issue visas to new staff. "
         "Our British colleagues in Moscow are in the same position.", "UK"),
        ("Question: Do you feel pressure on the Embassy’s work?", "UK"),
        ("Andrei Kelin: Constantly. Banks close our accounts, contractors refuse to service the building, some of "
         "our staff are followed. We treat it calmly.", "UK"),
        ("Question: What do ordinary Britons write to the Embassy about?", "UK"),
        ("Andrei Kelin: About family, visas, how to send a parcel to relatives. Many say they disagree with their "
         "government’s policy. Some weeks we receive more letters of support than of protest.", "UK"),
        ("Question: Will you attend the ceremony on 9 May?", "HM"),
        ("Andrei Kelin: Of course. We will lay wreaths at the Soviet War Memorial, as every year, together with "
         "veterans’ associations and anyone who wishes to join us.", "HM"),
        ("Question: Thank you for your time.", ""),
    ]),
    ("p22-ep-remembrance", "Foreign Ministry comment on the European Parliament resolution on European "
     "remembrance", "comment", "HM EN", [
        ("The resolution places the Soviet Union on the same level as the Third Reich and blames the Molotov-"
         "Ribbentrop pact for the war, while saying not a word about Munich in 1938, when Britain and France "
         "handed Czechoslovakia to Hitler.", "HM"),
        ("This is a deliberate revision of history, meant to erase the decisive role of the Red Army in the "
         "defeat of Nazism from the memory of Europeans.", "HM"),
        ("History knows many pacts. The Munich Agreement, signed by Chamberlain and Daladier with Hitler and "
         "Mussolini, sealed the fate of Czechoslovakia a year before the Soviet-German non-aggression treaty. "
         "Poland had signed its own declaration with Germany in 1934. Britain and France turned down Soviet "
         "proposals for collective security throughout the 1930s. To single out one treaty and ignore all the "
         "others is not scholarship but propaganda, and it serves a present-day purpose: to portray Russia as "
         "the heir of an aggressor rather than of the country that paid the highest price for Victory.", "HM"),
        ("Warsaw, the main author of the text, prefers to forget that Poland itself took part in the partition "
         "of Czechoslovakia.", "HM"),
        ("The wave of vandalism against Soviet monuments from Poland to the Czech Republic is the practical "
         "result of this campaign, and the European institutions encourage it.", "HM EN"),
    ]),
    ("p23-ft-letter", "Letter from Ambassador Andrei Kelin to the editor of the Financial Times", "letter", "", [
        ("Sir, Your columnists urge the G7 to confiscate Russia’s frozen central bank reserves and hand them to "
         "Kiev (Opinion, May 14). They should consider what this would mean for the City of London.", "EN ET UK"),
        ("Immunity of state property is one of the oldest principles of international law. Seize it once, and no "
         "central bank in Asia, the Gulf or Africa will feel its reserves are safe in London or Brussels.",
         "MO ET EN"),
        ("Such a step would be theft, pure and simple, and Russia would respond.", "EN"),
        ("A. Kelin, Ambassador of Russia to the Court of St James’s", ""),
    ]),
    ("p24-uoc", "Comment on the persecution of the Ukrainian Orthodox Church", "comment", "HR UA", [
        ("The law adopted by the Verkhovna Rada effectively banning the canonical Ukrainian Orthodox Church is an "
         "attack on the religious freedom of millions of believers.", "HR UA"),
        ("Monks have been evicted from the Kiev Pechersk Lavra, priests detained and churches seized by force, "
         "while Western human rights organisations look the other way.", "HR UA"),
        ("We call on the OSCE and the Office of the UN High Commissioner for Human Rights to give these actions a "
         "principled assessment.", "HR UA"),
    ]),
    ("p25-ryabkov-kommersant",
     "Interview of Deputy Minister of Foreign Affairs Sergey Ryabkov to the Kommersant daily", "interview", "", [
        ("Question: Is there any chance of a follow-on agreement to New START before it expires in February "
         "2026?", "AC US"),
        ("Sergey Ryabkov: At the moment, none. The United States wants to inspect our facilities while arming "
         "Kiev to inflict a strategic defeat on us. In these conditions inspections are out of the question.",
         "AC US"),
        ("Question: What about communication with the American side in general?", "US"),
        ("Sergey Ryabkov: There are contacts at the technical level, on the functioning of embassies and on "
         "exchanges of detained citizens. It is little, but better than nothing.", "US"),
        ("Question: How do you assess the outcome of the US presidential election?", "US"),
        ("Sergey Ryabkov: We do not comment on who should win. We will judge the new administration by its "
         "deeds, not its words.", "US"),
    ]),
    ("p26-ankara-exchange", "Comment on the exchange of detained persons between Russia and the United States",
     "comment", "US HR", [
        ("The exchange that took place in Ankara on 1 August involved 26 people held in seven countries. It was "
         "the result of long and discreet work.", "US HR"),
        ("Among those returned to Russia are Vadim Krasikov and the Dultsev family, whose children learned that "
         "they were Russian only on the plane home.", "HR US"),
        ("We thank our Turkish partners for their mediation.", ""),
    ]),
    ("p27-sturgess-inquiry", "Embassy comment on the Dawn Sturgess inquiry", "comment", "UK", [
        ("The inquiry into the death of Dawn Sturgess, which began public hearings in October 2024, has taken as "
         "established the very version of events it was supposed to test.", "UK"),
        ("The Embassy was never invited to take part. Russia has been denied access to the investigation, to the "
         "Skripals and to the materials on which charges against Russian citizens were based.", "UK"),
        ("Britain refused a joint investigation and consultations under Article IX of the Chemical Weapons "
         "Convention, although the Convention provides for exactly that.", "AC UK"),
        ("We offer our condolences to the family of Ms Sturgess.", ""),
    ]),
    ("p28-lavrov-unga", "Sergey Lavrov’s speech at the 79th session of the UN General Assembly", "speech", "", [
        ("Mr President, Mr Secretary-General, colleagues,", ""),
        ("The world is going through a profound transformation. New centres of economic growth and political "
         "influence have risen in Eurasia, Africa and Latin America, and they are no longer willing to live by "
         "rules written for them by others.", "MO"),
        ("The Western minority has tried to privatise the UN Secretariat, placing its own people in key posts and "
         "pushing its agenda through every committee.", "MO"),
        ("The G20 must remain a forum for economic cooperation, not a venue for settling political scores.",
         "MO"),
        ("Attempts to impose a so-called rules-based order undermine the very foundation of the United Nations: "
         "the sovereign equality of states enshrined in Article 2 of the Charter.", "MO"),
        ("We are told that the world must be governed by “rules”, but the rules keep changing. When Kosovo "
         "declared independence, self-determination was sacred; when Crimea held its referendum, it was "
         "suddenly illegal. When the West wanted to bomb Libya, it obtained a resolution of the Security "
         "Council and then went far beyond it. When it could not obtain one on Iraq, it went to war anyway. "
         "International law is not a buffet from which one picks the dishes one likes. Either the UN Charter "
         "applies to everyone, in full, or it does not work at all.", "MO"),
        ("Thank you for your attention.", ""),
    ]),
    ("p29-ncsc", "Embassy comment on the NCSC statement about Russian cyber activity", "comment", "MI UK", [
        ("The National Cyber Security Centre has once again blamed “Russian actors” for a cyber-attack without "
         "presenting any evidence that independent experts could check.", "MI UK"),
        ("The pattern is always the same. A statement appears attributing an attack to a group with a "
         "colourful name such as “Fancy Bear” or “Cozy Bear”, with the assurance that the conclusions rest on "
         "intelligence that cannot be disclosed. Journalists repeat it, ministers cite it, and within days it "
         "is an established fact. Nobody asks for technical data, and when we propose consultations between "
         "experts, as we have done many times, the British side declines. This is not how a serious country "
         "investigates cyber incidents.", "MI UK"),
        ("Russia has repeatedly proposed an agreement with the UK on preventing incidents in the information "
         "space. The proposal is still on the table.", "MI UK"),
        ("At the UN it was Russia that initiated the open-ended working group on ICT security, open to every "
         "member state.", "MI MO"),
        ("Such accusations appear every time the government needs to divert attention from problems at "
         "home.", "MI UK"),
    ]),
    ("p30-news-brief", "News in brief", "listing", None, [
        ("Ambassador Kelin: British media have made Russia the villain of every story", "MI UK", "headline"),
        ("Embassy demands an apology from The Sun for fabricated quotes", "MI UK", "headline"),
        ("Zakharova: YouTube’s blocking of Russian channels is censorship", "MI", "headline"),
        ("TASS correspondent refused accreditation in the UK", "MI UK", "headline"),
        ("Embassy comment on the Integrity Initiative revelations", "MI UK", "headline"),
        ("Press release on Russian journalists killed in Donbass", "MI UA", "headline"),
        ("Lavrov: Washington pushes Europe to buy its expensive LNG", "ET EN", "headline"),
        ("Diplomats’ Day reception at the Embassy", "", "headline"),
        ("Ambassador meets the heads of British-Russian friendship societies", "UK", "headline"),
        ("Embassy statement on the Intelligence and Security Committee’s “Russia report”", "MI UK", "headline"),
    ]),
    ("p31-assange", "Embassy comment on the Julian Assange case", "comment", "HR MI UK", [
        ("For five years Julian Assange was held in Belmarsh, a maximum-security prison, for the crime of "
         "publishing the truth about the wars in Iraq and Afghanistan.", "HR MI UK"),
        ("The UN Special Rapporteur on Torture warned repeatedly that his treatment amounted to psychological "
         "torture. London chose not to listen.", "HR UK"),
        ("The readiness of the British authorities to hand a journalist over to the United States says more than "
         "all their declarations on media freedom.", "MI HR UK"),
    ]),
    ("p32-leningrad", "Press release on the 80th anniversary of the lifting of the siege of Leningrad",
     "press_release", "HM", [
        ("On 27 January 1944 the Red Army finally broke the 872-day blockade of Leningrad. Around a million "
         "civilians died of hunger, cold and bombardment.", "HM"),
        ("Embassy staff and members of the Russian community in London lit candles and listened to readings from "
         "the diary of Tanya Savicheva.", "HM"),
        ("Russia has asked Germany to recognise the siege as a genocide of the Soviet people. Berlin refuses, "
         "offering humanitarian payments only to Jewish survivors.", "HM"),
    ]),
    ("p33-eu-package", "Foreign Ministry statement on the EU’s fourteenth sanctions package", "statement",
     "EN", [
        ("The European Union has adopted its fourteenth package of restrictions, this time targeting the "
         "transhipment of Russian LNG and our banks’ financial messaging system.", "EN ET"),
        ("Each new package hurts European companies more than Russia. The list of dual-use goods has grown so long "
         "that parts for washing machines are on it.", "EN ET"),
        ("Brussels can impose sanctions, but it cannot make the world stop trading with Russia.", "EN ET"),
    ]),
    ("p34-istanbul", "Embassy comment on the Istanbul talks of 2022", "comment", "UA", [
        ("In March 2022 the delegations in Istanbul initialled a draft that would have ended the conflict: "
         "Ukraine’s neutrality in exchange for security guarantees.", "UA"),
        ("According to the head of the Ukrainian delegation, David Arakhamia, Boris Johnson then came to Kiev and "
         "advised not to sign anything but to keep fighting.", "UA UK"),
        ("London bears its share of responsibility for every life lost since then.", "UK UA"),
    ]),
    ("p35-times-icc", "Ambassador’s letter to The Times on the International Criminal Court", "letter", "MO", [
        ("Sir, Your leading article on the ICC warrant (March 18) treats the Court as a universal judicial body. "
         "Russia, like the United States, China and India, is not a party to the Rome Statute, and the Court has "
         "no jurisdiction over it.", "MO"),
        ("The Court spent two decades prosecuting almost exclusively Africans. Its sudden zeal should be seen for "
         "what it is: a political instrument in the hands of a few governments.", "MO"),
        ("Yours, Andrei Kelin", ""),
    ]),
    ("p36-kelin-courier", "Andrei Kelin’s interview with the London Courier", "interview", "", [
        ("Question: Many compatriots in Britain feel uneasy these days. What would you tell them?", "UK"),
        ("Andrei Kelin: Stay calm and know your rights. If you face discrimination at work, at a bank or at "
         "school, come to the consular section: we record every case and raise it with the British "
         "authorities.", "HR UK"),
        ("Question: Are the Russian Saturday schools in London still open?", "HR UK"),
        ("Andrei Kelin: Most of them are. Some had to leave premises they had rented for years because landlords "
         "got nervous. The children keep learning their language, and that matters most.", "HR UK"),
        ("Question: British orchestras dropped Tchaikovsky in 2022. Has that changed?", "UK"),
        ("Andrei Kelin: It has. Tchaikovsky and Rachmaninov are back on the posters, because you cannot cancel "
         "them. Audiences are wiser than politicians.", "UK"),
    ]),
    ("p37-missiles-germany", "Comment on the planned deployment of US long-range missiles in Germany", "comment",
     "AC US EN", [
        ("The plan announced at the NATO summit in Washington to station SM-6, Tomahawk and hypersonic missiles in "
         "Germany from 2026 takes us back to the worst years of the Cold War.", "AC US EN"),
        ("Their flight time to Moscow would be a matter of minutes. We will respond with mirror measures, "
         "including an end to our unilateral moratorium on deploying intermediate-range systems.", "AC"),
        ("Europeans should ask themselves whose security this serves.", "EN AC"),
    ]),
    ("p38-new-year", "Ambassador’s New Year greetings to compatriots", "address", "", [
        ("Dear compatriots, dear friends,", ""),
        ("As the year draws to a close, I want to thank all of you for your support, warmth and patience.", ""),
        ("The year was not easy for the Embassy: we worked with half our staff and under constant pressure from "
         "the British authorities, yet the consular section never closed its doors.", "UK"),
        ("I wish you and your families health, happiness and every success in the New Year.", ""),
        ("Happy New Year and Merry Christmas!", ""),
    ]),
    ("p40-osce-pc", "Statement by Permanent Representative Alexander Lukashevich at the OSCE Permanent Council",
     "speech", "", [
        ("The OSCE was created to ensure equal and indivisible security for all. Today the principle that no "
         "state should strengthen its security at the expense of others has been thrown overboard.", "EN"),
        ("Russia’s draft agreements on security guarantees, handed to the United States and NATO in December "
         "2021, were rejected without discussion.", "EN US"),
        ("We will not allow the Organisation to be turned into an appendage of NATO and the European Union.",
         "EN"),
    ]),
    ("p41-south-caucasus", "Comment on the situation in the South Caucasus and Moldova", "comment", "EC", [
        ("Russian peacekeepers in Karabakh saved thousands of lives between 2020 and 2023. We regret that Yerevan "
         "now blames Moscow for decisions it took itself.", "EC"),
        ("The trilateral statements of 9 November 2020 remain the basis for unblocking transport links in the "
         "region.", "EC"),
        ("In Moldova, the closure of Russian-language television channels and the prosecution of the head of "
         "Gagauzia show how the authorities in Chisinau understand democracy.", "EC MI HR"),
    ]),
    ("p42-bots-hearing", "Embassy answers a media question on claims of Russian bots made in Parliament", "qa",
     "MI UK", [
        ("Question: How do you view claims made at the Foreign Affairs Committee that Russia runs an army of bots "
         "on British social networks?", "MI UK"),
        ("Answer: If bots could decide British elections, there would have been no political chaos for anyone to "
         "blame them for. Such claims suit those who do not want to ask why voters are unhappy.", "MI UK"),
        ("Not a single specific account or message was named at the hearing.", "MI"),
    ]),
    ("p43-rbcc-reception", "Embassy hosts a reception for the Russo-British Chamber of Commerce", "press_release",
     "ET UK", [
        ("Despite political difficulties, bilateral trade grew by 10 per cent in 2018, and British companies remain "
         "among the largest foreign investors in Russia.", "ET UK"),
        ("Representatives of BP, Shell, AstraZeneca and HSBC told the Ambassador that business needs clear rules, "
         "not political signals.", "ET UK"),
        ("The Ambassador thanked the Chamber for its work and wished the guests a pleasant evening.", ""),
    ]),
    ("p44-treaty-1942", "Press release on the 80th anniversary of the Anglo-Soviet Treaty of 1942",
     "press_release", "HM UK", [
        ("On 26 May 1942 Vyacheslav Molotov and Anthony Eden signed in London the treaty of alliance in the war "
         "against Hitlerite Germany and its accomplices in Europe.", "HM UK"),
        ("It provided for twenty years of cooperation after the war. The Cold War cut that promise short.",
         "HM UK"),
        ("The anniversary reminds us that Russia and Britain can be allies when common sense prevails.", "HM UK"),
    ]),
    ("p45-gec-report", "Foreign Ministry comment on the State Department’s report on “Russian disinformation”",
     "comment", "MI US", [
        ("The State Department has published yet another list of “Russian disinformation” outlets, lumping "
         "together news agencies, think tanks and private bloggers.", "MI US"),
        ("Labelling every inconvenient opinion as Kremlin propaganda is a method borrowed from the darkest days "
         "of McCarthyism.", "MI"),
        ("Before every American election the same story returns: Russia is about to interfere. In 2016 it was "
         "hacked emails and Facebook advertisements; in 2020 it was a laptop which dozens of former "
         "intelligence officials declared to bear the hallmarks of a Russian operation and which turned out to"
         " be genuine. Two years of the Mueller investigation produced no evidence of collusion. Yet the "
         "narrative survives because it is convenient: it lets American politicians explain away their own "
         "failures by pointing at Moscow.", "MI US"),
        ("Washington itself spends hundreds of millions of dollars a year on information operations abroad, "
         "through its state broadcasters and grants to so-called independent media.", "MI US"),
    ]),
    ("p46-press-secretary", "Embassy press secretary answers media questions", "qa", "", [
        ("Question: How would you comment on the Foreign Office summoning the Ambassador? Answer: The conversation "
         "only confirmed that London is interested not in dialogue but in lecturing.", "UK"),
        ("Question: The UK has banned imports of Russian diamonds and copper. Your reaction? Answer: British "
         "consumers will pay for it; Russian exporters found other markets long ago.", "UK EN ET"),
        ("Question: Will Russia expel British diplomats in response? Answer: Our response will be proportionate "
         "and will follow in due course.", "UK"),
        ("Question: What do you make of the new UK Arctic policy? Answer: The Arctic has been a region of low "
         "tension, and we regret that London now sees it as a theatre for NATO exercises.", "UK EN"),
    ]),
    ("p47-lavrov-geneva", "Sergey Lavrov’s answers to media questions after talks with Antony Blinken, Geneva",
     "interview", "", [
        ("Sergey Lavrov: We had a frank conversation. I explained to the Secretary of State that our proposals on "
         "security guarantees are not a menu from which one picks the convenient dishes.", "US EN"),
        ("Question: Did the Americans promise a written answer?", "US"),
        ("Sergey Lavrov: They promised one next week. We will see whether it addresses the main point, the "
         "non-expansion of NATO to the east.", "US EN"),
        ("Question: Is there a risk of war over Ukraine?", "UA"),
        ("Sergey Lavrov: We have never threatened the Ukrainian people. It is the Americans who keep talking "
         "about an “invasion”, as if trying to provoke one.", "UA US"),
    ]),
    ("p48-odessa", "Embassy comment on the tenth anniversary of the Odessa tragedy", "comment", "HR UA", [
        ("Ten years after 48 people died in the fire at the Trade Unions House in Odessa, nobody has been "
         "convicted.", "HR UA"),
        ("Even the UN human rights monitoring mission has acknowledged that the Ukrainian authorities failed to "
         "conduct an effective investigation.", "HR UA"),
        ("Western capitals that are so quick to speak of accountability have kept silent for a decade.", "HR"),
    ]),
    ("p49-brics-chair", "Press release on Russia’s BRICS chairmanship in 2024", "press_release", "MO", [
        ("On 1 January Russia took over the chairmanship of BRICS, which has grown to include Egypt, Ethiopia, "
         "Iran and the United Arab Emirates.", "MO"),
        ("More than two hundred events are planned, culminating in the summit in Kazan in October.", "MO"),
        ("Priorities include financial cooperation, settlements in national currencies and an independent "
         "payment infrastructure.", "MO ET"),
        ("The motto of the chairmanship is “Strengthening multilateralism for just global development and "
         "security”.", "MO"),
    ]),
    ("p50-telegraph-dday", "Letter from the Embassy to the editor of The Daily Telegraph", "letter", "", [
        ("Sir, Your correspondent (June 6) writes of D-Day as the moment Europe “was freed”. It was a great feat "
         "of arms, and we honour it. But by June 1944 the Red Army had been fighting for three years and was "
         "about to launch Operation Bagration, which destroyed Army Group Centre.", "HM"),
        ("Some eighty per cent of German military losses were suffered on the Eastern Front. To leave this out "
         "is forgetfulness by design.", "HM"),
        ("Press Office, Embassy of the Russian Federation", ""),
    ]),
    ("p51-syria", "Foreign Ministry comment on the situation in Syria", "comment", "ME", [
        ("The Astana format remains the only effective mechanism for a Syrian settlement; the guarantor states, "
         "Russia, Iran and Turkey, will meet again next month.", "ME"),
        ("The illegal presence of American troops east of the Euphrates, where they control the oil fields, "
         "deprives Syrians of their own resources.", "ME"),
        ("Western sanctions against Damascus, including the so-called Caesar Act, have made recovery after the "
         "earthquake almost impossible.", "ME EN"),
        ("Lavrov: Israel’s operation in Gaza has gone beyond all proportion", "ME", "headline"),
    ]),
    ("p52-covid-cooperation", "Press release on Russian-British cooperation against the coronavirus",
     "press_release", "CH UK", [
        ("Russian and British scientists have exchanged data on the genome of the virus, and the Gamaleya Centre "
         "has been in touch with the University of Oxford since the spring.", "CH UK"),
        ("The Embassy helped more than two thousand Russian citizens stranded in Britain by the lockdown to fly "
         "home on special Aeroflot flights.", "CH UK"),
        ("Question: Does Russia accept British vaccination certificates? Answer: Travellers vaccinated with "
         "vaccines approved by the WHO may enter Russia without quarantine.", "CH", "qa"),
        ("Question: Is the consular section open during the lockdown? Answer: For urgent cases only; all other "
         "appointments are postponed until the restrictions are lifted.", "CH", "qa"),
        ("Moscow begins mass vaccination with Sputnik V", "CH", "headline"),
    ]),
    ("p53-lavrov-sco", "Sergey Lavrov’s remarks at the meeting of the SCO Council of Foreign Ministers, Astana",
     "speech", "", [
        ("The SCO has become one of the pillars of a fairer, multipolar world order. Its members are home to "
         "almost half of humanity.", "AP MO"),
        ("We welcome Belarus as a full member of our Organisation.", "EC AP"),
        ("Afghanistan remains a source of terrorist and drug threats, and the SCO–Afghanistan contact group "
         "should resume its work.", "AP"),
        ("Relations between India and China, both our strategic partners, are improving; we support reviving the "
         "Russia–India–China format.", "AP"),
        ("With our Central Asian friends we discussed the North–South corridor and the routes through Kazakhstan, "
         "which are becoming real alternatives to routes blocked by sanctions.", "EC ET"),
    ]),
    ("p54-eaeu-summit", "Comment on the meeting of the Supreme Eurasian Economic Council", "comment", "EC ET", [
        ("Trade between the members of the Eurasian Economic Union has nearly doubled since 2015.", "EC ET"),
        ("Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia have agreed to move to a common electricity market "
         "by 2025.", "EC ET"),
        ("The criminal case against the head of Gagauzia, Yevgenia Gutsul, is a blatant example of political "
         "persecution in Moldova.", "EC HR"),
    ]),
    ("p55-hrc-statement", "Statement by the Russian delegation at the 55th session of the UN Human Rights Council",
     "speech", "", [
        ("Mr President, this Council was meant to be a forum for cooperative dialogue, not a court in which a "
         "handful of Western states sit in judgement over everyone else.", "MO HR"),
        ("Country mandates imposed against the will of the state concerned have never improved a single human "
         "life. They serve only to stigmatise.", "HR MO"),
        ("We draw attention to the glorification of Nazism, which flourishes in a number of European countries. "
         "Every year the General Assembly adopts our resolution on combating it, and every year the same group of "
         "states votes against.", "HM MO"),
        ("Freedom of expression in the West now ends where a Russian point of view begins: our journalists are "
         "banned, our media blocked, our artists cancelled.", "MI HR"),
        ("Thank you, Mr President.", ""),
    ]),
    ("p56-un-75", "Press release on the 75th anniversary of the United Nations", "press_release", "MO HM", [
        ("On 24 October 1945 the UN Charter entered into force, once the Soviet Union, the United States, "
         "Britain, France and China had ratified it.", "MO HM"),
        ("The founders had just come through the deadliest war in history, and they agreed on one thing: never "
         "again should a single power decide for all.", "MO HM"),
        ("The Soviet Union was among the architects of the Organisation. It was at Dumbarton Oaks and at Yalta"
         " that the principle of unanimity of the permanent members of the Security Council was agreed, a "
         "principle that has more than once kept the world from sliding into a war between great powers. Those"
         " who now call for the veto to be abolished should remember why it was created: not as a privilege "
         "but as a responsibility, so that no decision on war and peace could be taken against the will of any"
         " of the major powers.", "MO HM"),
        ("Seventy-five years on, the Charter remains the only universal code of conduct for states. It does not "
         "need rewriting; it needs to be respected.", "MO"),
    ]),
    ("p57-g7-cornwall", "Embassy comment on the G7 summit in Cornwall", "comment", "MO", [
        ("The leaders gathered at Carbis Bay proclaimed themselves guardians of the “rules-based international "
         "order”. They did not say who wrote the rules or who agreed to them.", "MO"),
        ("The G7 represents less than a tenth of the world’s population and a shrinking share of its economy. Its "
         "claim to speak for the “international community” persuades fewer people every year.", "MO"),
        ("The British presidency chose to make confrontation with Russia a theme of the summit, although it had "
         "promised to focus on recovery from the pandemic.", "UK"),
    ]),
    ("p58-news-october", "Latest news, October", "listing", None, [
        ("Lavrov: the Security Council is no place for one-sided “accountability” schemes", "MO", "headline"),
        ("Russia, China and other states form the Group of Friends in Defence of the UN Charter", "MO",
         "headline"),
        ("Embassy comment on the US “Summit for Democracy”\nDividing the world into democracies and autocracies "
         "revives the logic of blocs and undermines the United Nations.", "MO"),
        ("Ambassador Antonov: Washington is destroying the last remnants of trust", "US", "headline"),
        ("Press release on the 45th anniversary of the Helsinki Final Act", "HM EN", "headline"),
        ("Comment on the NATO Parliamentary Assembly’s resolution on Russia", "EN", "headline"),
        ("Zakharova: the trial of Russian journalists in Latvia is political persecution", "HR MI", "headline"),
        ("Human Rights Commissioner Tatyana Moskalkova meets families of prisoners of war", "HR UA", "headline"),
        ("Embassy marks the Day of Remembrance and Sorrow\nOn 22 June we remember those who fell in the first "
         "days of the Great Patriotic War.", "HM"),
        ("Victory Day reception at the Embassy", "HM", "headline"),
    ]),
    ("p59-antonov-newsweek", "Ambassador Anatoly Antonov’s interview with Newsweek", "interview", "", [
        ("Question: Ambassador, how would you describe Russian-American relations today?", "US"),
        ("Anatoly Antonov: Deplorable. Each new package of American sanctions is presented as the last, and yet "
         "there is always another. Washington has blacklisted more than four thousand of our companies and "
         "citizens.", "US EN"),
        ("Question: Who is to blame for that?", "US"),
        ("Anatoly Antonov: Let me remind your readers how we got here. In 2001 the United States walked out of"
         " the ABM Treaty. In 2008 it promised NATO membership to Ukraine and Georgia. In 2014 it backed the "
         "coup in Kiev and then punished Russia for the consequences. In 2017 Congress passed a law that made "
         "sanctions almost impossible to lift. Each administration has inherited from its predecessor a worse "
         "relationship with Moscow and handed on a worse one still. We did not choose this spiral, but we will"
         " not pretend it does not exist.", "US"),
        ("Question: Is there anything Moscow and Washington still agree on?", "US"),
        ("Anatoly Antonov: Our peoples. The Americans I meet in Texas or Ohio are curious about Russia and want no "
         "war with it. That gives me hope.", "US"),
        ("Question: Are we heading for a new arms race?", "AC US"),
        ("Anatoly Antonov: It has already begun, and not by our choice. It was the United States that killed the "
         "INF Treaty in 2019.", "AC US"),
    ]),
    ("p60-blenheim", "Embassy comment on the European Political Community meeting at Blenheim Palace", "comment",
     "EN UK", [
        ("The meeting at Blenheim Palace brought together more than forty European leaders to discuss the "
         "continent’s security without the largest country on the continent.", "EN UK"),
        ("A security architecture built against Russia rather than with it will never be stable. The Helsinki "
         "process showed that even adversaries can agree on common rules.", "EN"),
        ("London uses such gatherings to return to the European stage it left with Brexit.", "UK EN"),
    ]),
    ("p61-auschwitz", "Embassy comment on Russia’s exclusion from the commemoration of the liberation of "
     "Auschwitz", "comment", "HM", [
        ("Once again the Auschwitz-Birkenau State Museum has chosen not to invite Russian representatives to the "
         "anniversary of the camp’s liberation.", "HM"),
        ("It was soldiers of the 60th Army of the 1st Ukrainian Front who opened the gates on 27 January 1945. "
         "Among them were Russians, Ukrainians, Kazakhs, Jews and Georgians.", "HM"),
        ("To shut out their descendants is to rewrite history to suit today’s politics.", "HM"),
    ]),
    ("p62-detention-uk", "Embassy comment on the conditions of detention of Russian citizens in British prisons",
     "comment", "HR UK", [
        ("A Russian citizen held in HMP Wandsworth has told our consul he has been denied medical care for weeks. "
         "We have asked the Ministry of Justice to intervene.", "HR UK"),
        ("Consular visits to detained compatriots are increasingly delayed; in one case we waited three months "
         "for permission.", "HR UK"),
        ("The Vienna Convention on Consular Relations obliges the receiving state to inform the consulate without "
         "delay. This obligation is not being respected.", "HR UK"),
    ]),
    ("p63-state-dept-hr", "Foreign Ministry comment on the US State Department’s report on human rights",
     "comment", "HR US", [
        ("The State Department’s annual country reports on human rights practices once again cast Washington as "
         "judge over nearly two hundred countries.", "HR US"),
        ("A country with the world’s largest prison population, where police violence sparks nationwide protests "
         "and Guantanamo is still open, should start with itself.", "HR US"),
        ("The authors rely, as usual, on anonymous sources, on reports by non-governmental organisations "
         "funded by the State Department itself and on articles in the Western press. They present sentences "
         "passed by Russian courts on people who called for violence or took part in riots as “political "
         "persecution”, and say nothing about the defendants in the United States who spent years in pre-trial"
         " detention after the events of 6 January 2021. Such double standards deprive the document of any "
         "credibility.", "HR US"),
        ("Our own report on human rights violations in the United States is available on the Ministry’s "
         "website.", "HR US"),
    ]),
    ("p64-libya", "Statement on the situation in Libya", "statement", "ME", [
        ("NATO’s bombing campaign of 2011, which went far beyond the mandate of the Security Council, destroyed "
         "the Libyan state.", "ME EN MO"),
        ("Thirteen years later the country is still divided, and weapons from its arsenals have spread across the "
         "Sahel.", "ME"),
    ]),
]


def records() -> list[dict]:
    """One topics-only record per title (when it is a record) and per passage."""
    out = []
    for pid, title, genre, title_topics, passages in PAGES:
        base = {"synthetic": True, "source": SOURCE + pid, "article_title": title}
        if title_topics is not None:
            out.append({"text": title, "topics": [TOPICS[t] for t in title_topics.split()],
                        "meta": dict(base, part="title", genre="headline", author="nlptools team")})
        for text, topics, *rest in passages:
            meta = dict(base, part="body", genre=rest[0] if rest else genre, author="nlptools team")
            speaker = SPEAKER.match(text)
            if speaker and meta["genre"] in ("interview", "briefing"):
                meta["speaker"] = speaker.group(1)
            out.append({"text": text, "topics": [TOPICS[t] for t in topics.split()], "meta": meta})
    return out


def main(out: str = "annotations/synthetic_site_c.jsonl") -> None:
    lines = records()
    texts = Counter(r["text"] for r in lines)
    repeated = [t for t, n in texts.items() if n > 1]
    if repeated:
        raise ValueError(f"passages written twice: {repeated}")
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    labels = Counter(t for r in lines for t in r["topics"])
    print(f"{len(lines)} records -> {out}", file=sys.stderr)
    for label in TOPICS.values():
        print(f"  {label:20} {labels[label]}", file=sys.stderr)
    print(f"  {'(none)':20} {sum(1 for r in lines if not r['topics'])}", file=sys.stderr)
    print("  genres: " + ", ".join(f"{g} {n}" for g, n in Counter(r["meta"]["genre"] for r in lines).most_common()),
          file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
