"""Synthetic passages in the style of the Russian Embassy in the UK's website (2011-2022).

Written by the nlptools team without reference to the rules or keyword lists.
"""
ME, AC, HR, EC = "middle_east", "arms_control", "human_rights", "eurasia_cis"
CV, ET, AP, UA = "covid_health", "economy_trade", "asia_pacific", "ukraine"
UK, US, EN, MO = "russia_uk", "russia_us", "europe_nato", "multilateral_order"
HM, MI = "history_memory", "media_information"
NONE: list = []

C, I, L, S, SP = "comment", "interview", "letter", "statement", "speech"
YAK, KEL = "Alexander Yakovenko", "Andrei Kelin"

ARTICLES = [
    # ------------------------------------------------------------------ Middle East
    {
        "title": "Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the final report of the [[OPCW Fact-Finding Mission|O]] on Douma",
        "headline": [ME, AC],
        "passages": [
            (C, [ME, AC], "We have carefully studied the document released in The Hague on 1 March. Its authors, who did not reach the site until two weeks after the events of 7 April 2018, chose to rely on samples and testimonies supplied by the so-called [[White Helmets|O]] and other structures that can hardly be called impartial, while the accounts of the Douma hospital staff, who appeared in person before the permanent representatives in The Hague, were simply set aside."),
            (C, [ME, AC], "One cannot escape the impression that the conclusions were adjusted after the fact to justify the missile strikes carried out against Syria by the United States, the United Kingdom and France on 14 April, before the inspectors had even entered the town. We call on the [[Technical Secretariat|O]] to make public the dissenting assessment of its own engineering experts instead of concealing it from the States Parties."),
        ],
    },
    {
        "title": "Letter by Ambassador [[Andrei Kelin|P]] to the editor of [[The Independent|O]] on the investigation in Douma",
        "headline": None,
        "passages": [
            (L, NONE, "Dear Sir,"),
            (L, [ME, AC], "Your correspondent's article of 18 December dismisses as a \"conspiracy theory\" the concerns voiced by two former inspectors of the [[Organisation for the Prohibition of Chemical Weapons|O]] ([[OPCW|O]]) about the way the Douma investigation was handled. Yet it was not Moscow but [[José Bustani|P]], the first Director-General of that very organisation, who said publicly that these specialists deserved to be heard."),
            (L, [ME, AC], "It is worth recalling that the engineering assessment signed by [[Ian Henderson|P]] found that the two cylinders were more likely placed by hand than dropped from the air. Rather than explain why this document was excluded from the final report, the leadership of the [[Technical Secretariat|O]] preferred to investigate the leak. This is hardly the transparency that the [[Chemical Weapons Convention|T]] requires of those entrusted with its implementation."),
            (L, NONE, "Yours faithfully, [[Andrei Kelin|P]], Ambassador of the Russian Federation"),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]] answers questions from [[Sky News|O]] on the US strike against the Shayrat airbase",
        "headline": [ME],
        "passages": [
            (I, [ME, AC], "Question: The Prime Minister says there is no doubt that the [[Assad|P]] regime used sarin in Khan Shaykhun. Why does Moscow keep shielding Damascus?"),
            (I, [ME, AC], "There is every doubt, I am afraid. Not one Western government has sent its experts to the site, and the [[OPCW|O]] turned down our proposal to dispatch a team both to Khan Shaykhun and to Shayrat, from which, we are told, the aircraft took off. Syria handed over its entire chemical arsenal in 2014, and this was verified by the organisation itself. Why would the Syrian government, which was winning on the ground, commit such a senseless act on the eve of the talks in Geneva?", YAK),
            (I, [ME, US], "Question: Was Russia warned in advance about the launch of the Tomahawks?"),
            (I, [ME, US], "[[Alexander Yakovenko|P]]: We were informed through the deconfliction channel shortly before the launch, and Moscow has now suspended that memorandum. An act of force against a sovereign state cannot be justified by a television picture. What worries us most is that the strike encouraged the fighters of [[Jabhat al-Nusra|O]] and [[Islamic State|O]], who went on the offensive near Palmyra the very next day.", YAK),
        ],
    },
    {
        "title": "Statement by the [[Russian Foreign Ministry|O]] on the withdrawal of the United States from the [[Joint Comprehensive Plan of Action|T]]",
        "headline": [ME, AC],
        "passages": [
            (S, [ME, AC], "Moscow is deeply disappointed by the decision announced by President [[Donald Trump|P]] on 8 May to abandon the [[JCPOA|T]] and to restore American sanctions against Iran. The deal, endorsed by [[UN Security Council|O]] Resolution 2231, is not a bilateral arrangement between Washington and Tehran that one party may discard at will; it is a collective achievement of the international community and an integral part of the non-proliferation architecture."),
            (S, [ME, AC, ET], "The [[International Atomic Energy Agency|O]] has confirmed in eleven consecutive reports that Iran is fulfilling its commitments in full. We now expect our European partners, France, Germany and the United Kingdom, to prove in practice and not merely in declarations that they can protect legitimate trade and investment with Iran, including through the special purpose vehicle for payments they have promised to create."),
        ],
    },
    {
        "title": "Comment by the [[Information and Press Department|O]] on the European countries' decision to trigger the dispute resolution mechanism of the Iranian nuclear deal",
        "headline": None,
        "passages": [
            (C, [ME, AC], "The decision of London, Paris and Berlin to launch the dispute resolution mechanism cannot but cause regret. We see no grounds for such a step: Tehran's reduction of some of its voluntary commitments was a response, announced in advance and fully reversible, to the failure of the other participants to deliver the economic dividends promised in 2015. Artificially whipping up tension may well bury the last chance to preserve the Plan."),
        ],
    },
    {
        "title": "Embassy answer to a media question on the detention of the tanker Grace 1 off Gibraltar",
        "headline": None,
        "passages": [
            (C, [ME, UK, EN], "Question: How does the Embassy assess the detention of the Iranian tanker Grace 1 by the [[Royal Marines|O]]? Answer: We regard the seizure as a violation of the freedom of navigation. The reference to [[EU|O]] sanctions against Syria as grounds for boarding a vessel looks far-fetched: the restrictive measures of the [[European Union|O]] are not binding on third countries, and the British side was evidently acting at the request of Washington, which has made no secret of its campaign of \"maximum pressure\" on Tehran."),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]]'s speech at [[Chatham House|O]] on Russia's approach to the conflicts in the Middle East",
        "headline": None,
        "passages": [
            (SP, [ME, EN], "Five years ago the [[Security Council|O]] authorised a no-fly zone over Libya to protect civilians. What followed was a bombing campaign by [[NATO|O]] aircraft on the side of one party to a civil war, the lynching of [[Muammar Gaddafi|P]] and the collapse of Libyan statehood. Today the country's arsenals feed terrorist groups from Mali to Sinai, and smuggling networks send thousands of migrants across the Mediterranean. These are the fruits of a \"humanitarian intervention\" about which nobody in the Western capitals likes to be reminded."),
            (SP, [ME], "Let me turn to Syria. When the legitimate government in Damascus requested our assistance in September 2015, terrorist formations controlled most of the country, and their black flags could be seen on the outskirts of the capital. Since then the [[Russian Aerospace Forces|O]] have helped the Syrian army to liberate Palmyra and hundreds of towns and villages, while more than a thousand local truces have been concluded through the [[Russian Centre for Reconciliation of Opposing Sides|O]] at Hmeimim."),
            (SP, [ME], "We are often told that the departure of [[Bashar al-Assad|P]] must be the precondition for any settlement. I would remind our British colleagues that the [[Geneva communiqué|T]] of 30 June 2012, which the United Kingdom endorsed together with us, says nothing of the kind. It leaves the future of Syria to be decided by the Syrians themselves, through a process that they lead and own."),
        ],
    },
    {
        "title": "Answer by the [[Foreign Ministry|O]] Spokeswoman to a media question on the results of the Berlin conference on Libya",
        "headline": None,
        "passages": [
            (C, [ME], "We view the outcome of the Berlin conference as a step in the right direction, although it would have been more useful had the Libyan parties been invited to the table itself rather than to the corridors. Moscow maintains contacts both with [[Fayez al-Sarraj|P]] in Tripoli and with [[Khalifa Haftar|P]] in Benghazi, and we insist that the arms embargo be respected by everyone, and not only by those whom it is convenient to name."),
        ],
    },
    {
        "title": "Comment by the Embassy on the humanitarian situation in Yemen",
        "headline": None,
        "passages": [
            (C, [ME], "The humanitarian catastrophe in Yemen, described by the [[United Nations|O]] as the worst in the world, continues to deepen. The blockade of Hodeidah and the air raids by the Saudi-led coalition on residential districts, markets and even a school bus in Dahyan claim hundreds of civilian lives, yet one hears remarkably little about this from the capitals that supply the coalition with aircraft and precision munitions. We support the efforts of the [[UN|O]] Special Envoy [[Martin Griffiths|P]] and call for full implementation of the [[Stockholm Agreement|T]]."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[The Sunday Telegraph|O]]",
        "headline": NONE,
        "passages": [
            (I, [ME, UK], "Question: Britain has resumed arms sales to Riyadh. Does Russia, itself a major arms exporter, have any moral standing to criticise this?"),
            (I, [ME, UK], "We do not supply weapons to the parties to the war in Yemen, and we would never license bombs knowing that they may fall on weddings and funerals. The [[Court of Appeal|O]] in London itself found in 2019 that your Government had failed to assess properly whether these sales were compatible with international humanitarian law. I leave it to your readers to judge where moral standing lies.", KEL),
            (I, [ME], "Question: Russia hosted Syrian, Turkish and Iranian officials in Sochi this autumn. Is the ceasefire in Idlib holding?"),
            (I, [ME], "[[Andrei Kelin|P]]: It is holding, but with great difficulty. Under the [[Memorandum on Stabilisation of the Situation in the Idlib De-escalation Area|T]] of 2018 our Turkish partners undertook to separate the moderate opposition from the terrorists of [[Hayat Tahrir al-Sham|O]], and this has not yet been done. The militants continue to shell Syrian army positions and our base at Hmeimim with drones. Patience is not unlimited.", KEL),
        ],
    },
    {
        "title": "Statement by Permanent Representative [[Vassily Nebenzia|P]] at the [[UN Security Council|O]] meeting on the situation in the Middle East, including the Palestinian question",
        "headline": [ME],
        "passages": [
            (SP, [ME], "The document presented in Washington in January as the \"deal of the century\" was drafted without the participation of one of the two parties it claims to reconcile. The Palestinian leadership, including President [[Mahmoud Abbas|P]], has rejected it, and both the [[League of Arab States|O]] and the [[Organisation of Islamic Cooperation|O]] have expressed their solidarity with Ramallah. We propose instead to convene a ministerial meeting of the [[Quartet|O]] with the participation of the states of the region, and we remain ready to host a direct meeting of the Palestinian and Israeli leaders in Moscow."),
        ],
    },
    {
        "title": "Comment by the [[Information and Press Department|O]] on the US decision to recognise Jerusalem as the capital of Israel",
        "headline": None,
        "passages": [
            (C, [ME], "Moscow is seriously concerned by Washington's decision to recognise Jerusalem as the capital of Israel and to move its embassy there. Such unilateral steps prejudge the outcome of the final status negotiations, which under the relevant resolutions of the [[Security Council|O]] are to be agreed between Palestinians and Israelis themselves. We reaffirm that a lasting settlement is possible only on the basis of two states, with East Jerusalem as the capital of a future Palestine and West Jerusalem as the capital of Israel."),
        ],
    },
    {
        "title": "Embassy comment on the humanitarian consequences of unilateral sanctions against Syria",
        "headline": [ME, EN],
        "passages": [
            (C, [ME, ET, EN], "The entry into force of the American \"Caesar Act\" and the parallel extension of the restrictive measures of the [[European Union|O]] hit not the Syrian leadership but ordinary Syrians, who are already short of fuel, medicines and spare parts for power plants and water pumping stations. Those who proclaim their concern for the Syrian people are in fact strangling the country's economy and obstructing the return of refugees. We urge our British partners to reconsider this approach and stop politicising humanitarian assistance."),
            (C, [ME], "On 11-12 November Damascus hosted an international conference on the return of refugees and internally displaced persons, prepared with the support of the [[Russian Interagency Coordination Headquarters|O]]. Representatives of 27 states and of the [[International Committee of the Red Cross|O]] took part. The United Kingdom, like the [[EU|O]] as a whole, chose to boycott it, apparently preferring to keep millions of Syrians in camps abroad as hostages to a political agenda."),
        ],
    },
    {
        "title": "Statement by the [[Foreign Ministry|O]] on the decision of the special session of the Conference of the States Parties to the [[Chemical Weapons Convention|T]]",
        "headline": None,
        "passages": [
            (S, [AC, ME], "Russia voted against the decision adopted on 27 June by the special session of the [[Conference of the States Parties|O]], which purports to grant the [[Technical Secretariat|O]] the power to identify those responsible for the use of chemical weapons. The Convention provides for no such function; attribution of guilt is the exclusive prerogative of the [[UN Security Council|O]]. Pushed through by a narrow majority under pressure from London and Washington, the decision turns a technical body into an instrument for settling political scores, first of all with Damascus."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with the [[Evening Standard|O]]",
        "headline": None,
        "passages": [
            (I, [ME, AC], "Question: The talks in Vienna on restoring the nuclear deal with Iran have stalled again. Who is to blame?"),
            (I, [ME, AC], "I would not speak of blame; I would speak of sequence. It was Washington that walked out of the agreement in 2018, and it is Washington that must return to compliance by lifting the sanctions that contradict Resolution 2231. Our representative in Vienna, [[Mikhail Ulyanov|P]], has been working with both delegations practically around the clock, and I can tell you that the text is almost ready. What is missing is a political decision, and it has to be taken in the American capital, not in Tehran.", KEL),
            (I, NONE, "Question: One final question, if I may."),
            (I, NONE, "Of course, please.", KEL),
        ],
    },
    {
        "title": "Press release on the completion of the removal of chemical weapons from Syria",
        "headline": None,
        "passages": [
            (S, [AC, ME], "On 23 June the last consignment of chemical substances left the Syrian port of Latakia. The task set out in the [[Framework for Elimination of Syrian Chemical Weapons|T]], agreed by [[Sergey Lavrov|P]] and [[John Kerry|P]] in Geneva in September 2013, and in [[UN Security Council|O]] resolution 2118 has thus been accomplished. Russian transport aircraft and armoured vehicles ensured the security of the convoys on Syrian soil, a contribution acknowledged by the [[OPCW-UN Joint Mission|O]]."),
        ],
    },
    {
        "title": "Comment on the agreement to cut oil production reached by producing countries",
        "headline": None,
        "passages": [
            (C, [ET, ME], "The arrangement reached on 12 April between the members of [[OPEC|O]] and ten other producers, Russia among them, to reduce output by almost ten million barrels a day has no precedent in the history of the oil market. It became possible thanks to the telephone conversations between President [[Vladimir Putin|P]], Crown Prince [[Mohammed bin Salman|P]] and the leadership of the United States. We hope that the stabilisation of prices will help producers and consumers alike to weather the shock of falling demand."),
        ],
    },
    # ------------------------------------------------------------------ Arms control
    {
        "title": "Comment by the Embassy on the termination of the [[Intermediate-Range Nuclear Forces Treaty|T]]",
        "headline": None,
        "passages": [
            (C, [AC, US], "On 2 August the [[INF Treaty|T]] ceased to exist at the initiative of the United States. For more than thirty years this instrument kept an entire class of ground-launched missiles with ranges between 500 and 5,500 kilometres out of the arsenals of the two countries and removed from Europe the spectre of a \"short warning\" nuclear strike. Washington preferred to destroy it rather than examine the 9M729 missile at the briefing we organised in January, to which American experts were invited and did not come."),
            (C, [AC, EN], "Russia has declared that it will not deploy intermediate-range and shorter-range systems in regions where similar American weapons are not deployed. President [[Putin|P]] has proposed to the [[NATO|O]] countries a reciprocal moratorium, with verification measures covering the Aegis Ashore launchers in Romania and Poland, which are capable of firing Tomahawk cruise missiles. So far the Alliance has preferred not to notice the proposal."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[Newsweek|O]]",
        "headline": None,
        "passages": [
            (I, [AC, US], "Question: The [[Biden|P]] administration agreed to extend [[New START|T]] by five years within days of taking office. Is this the beginning of a thaw?"),
            (I, [AC, US], "It is a welcome step and, frankly, the only reasonable one. The extension, formalised by an exchange of diplomatic notes on 3 February, keeps in place until 2026 the ceilings on deployed warheads and delivery vehicles and, no less importantly, the inspection regime. But I would not call it a thaw. One treaty saved does not amount to a strategic dialogue: we still have to agree how to take into account all the factors that affect stability, from missile defence to long-range conventional precision weapons and weapons in space.", KEL),
            (I, [AC], "Question: Western analysts say that Russian doctrine allows the use of nuclear weapons to \"escalate to de-escalate\" a conventional conflict. Is that so?"),
            (I, [AC], "[[Andrei Kelin|P]]: This is a myth, born in American think tanks and repeated so often that many have come to believe it. The Basic Principles of State Policy on Nuclear Deterrence, published in June 2020, list the conditions under which Russia may resort to nuclear weapons, and every one of them concerns either an attack with weapons of mass destruction or aggression with conventional arms that threatens the very existence of the state. I would recommend that those who write about \"escalate to de-escalate\" read the document first.", KEL),
        ],
    },
    {
        "title": "Deputy Foreign Minister [[Sergey Ryabkov|P]]'s interview with [[Kommersant|O]]",
        "headline": NONE,
        "passages": [
            (I, [AC, US], "Question: In November Washington and London accused Russia of a reckless anti-satellite test that created a cloud of debris. How do you respond?"),
            (I, [AC, US], "The test was carried out in strict conformity with international law, and the fragments did not and do not pose any threat to orbital stations or to space activities. What is hypocritical is that Washington, which has created a [[Space Force|O]] and proclaimed space a \"warfighting domain\", refuses even to discuss the Russian-Chinese draft [[Treaty on the Prevention of the Placement of Weapons in Outer Space, the Threat or Use of Force against Outer Space Objects|T]] ([[PPWT|T]]), tabled at the [[Conference on Disarmament|O]] back in 2008. If our American colleagues are genuinely worried about debris, let them join the negotiation of legally binding guarantees.", "Sergey Ryabkov"),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s letter to [[The Times|O]] on the British decision to raise the ceiling on nuclear warheads",
        "headline": [AC, UK],
        "passages": [
            (L, NONE, "Sir,"),
            (L, [AC, UK], "The Integrated Review published on 16 March raises the cap on the United Kingdom's stockpile of nuclear warheads from 180 to 260 and announces that figures for the operational arsenal will no longer be disclosed. Your editorial calls this \"prudent\". I would describe it differently: it is a direct departure from the obligations under Article VI of the [[Treaty on the Non-Proliferation of Nuclear Weapons|T]], which London has never tired of invoking when addressing others."),
            (L, [AC, UK], "All the more regrettable is the timing, a few months before the Review Conference of the [[NPT|T]], where the nuclear-weapon states are expected to demonstrate progress towards disarmament, not its reversal. Russia has cut its strategic arsenal several times over since the end of the Cold War and stays within the limits of [[New START|T]]. We would be glad to hear from Whitehall which threat, exactly, justifies an increase of forty per cent."),
            (L, NONE, "[[Andrei Kelin|P]]\nRussian Ambassador, London W8"),
        ],
    },
    {
        "title": "Comment by the [[Information and Press Department|O]] on the 25th anniversary of the opening for signature of the [[CTBT|T]]",
        "headline": [AC, HM],
        "passages": [
            (C, [AC, HM], "A quarter of a century ago, on 24 September 1996, the [[Comprehensive Nuclear-Test-Ban Treaty|T]] was opened for signature in New York. Russia ratified it in 2000 and has strictly observed its provisions ever since. Regrettably, the instrument has still not entered into force, above all because eight of the states listed in its Annex 2, the United States among them, have not ratified it. We call on Washington to end its two-decade pause and to abandon preparations at the Nevada site which can only be explained by a wish to keep open the option of resuming tests."),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]]'s address at the [[Royal United Services Institute|O]] on missile defence and European security",
        "headline": None,
        "passages": [
            (SP, [AC, EN], "The European segment of the American missile defence system is presented to us as a shield against Iran. But the fourth phase of the so-called \"phased adaptive approach\" envisages interceptors in Poland capable of reaching our strategic missiles, and the radar in Turkey looks deep into Russian territory. We have asked for only one thing: legally binding guarantees that the system will not be directed against the Russian deterrent. We were told that such guarantees are \"politically impossible\"."),
            (SP, [AC, EN], "It was in Lisbon in 2010 that the leaders in the [[Russia-NATO Council|O]] agreed to explore cooperation on missile defence, and we took that commitment seriously, proposing a sectoral approach under which each side would intercept missiles flying over its own territory. The idea was rejected. The [[Founding Act|T]] speaks of indivisible security. Let me ask this audience whether security can be indivisible if one party builds a system capable of devaluing the deterrent of the other."),
        ],
    },
    {
        "title": "Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on US military biological activity in Ukraine",
        "headline": None,
        "passages": [
            (C, [AC, UA], "Documents found by our military in Ukraine in March testify to military biological programmes financed by the [[US Department of Defense|O]] through its [[Defense Threat Reduction Agency|O]]. Russia has requested a formal consultative meeting under Article V of the [[Biological and Toxin Weapons Convention|T]] so that Washington and Kiev can answer the questions that have arisen. We expect our partners to engage with the substance of the matter instead of dismissing it as \"disinformation\"."),
        ],
    },
    {
        "title": "Press release on the formal consultative meeting of the States Parties to the [[BTWC|T]] in Geneva",
        "headline": [AC],
        "passages": [],
    },
    {
        "title": "Embassy comment on the British side's failure to use the mechanisms of the [[Chemical Weapons Convention|T]] in the Salisbury case",
        "headline": None,
        "passages": [
            (C, [AC, UK], "Four years after the events in Salisbury, London has still not used the procedure under paragraph 2 of Article IX of the [[Chemical Weapons Convention|T]], which allows one State Party to request clarification from another and obliges the latter to reply within ten days. Instead, it went straight to ultimatums, the expulsion of 23 of our diplomats and a campaign of accusations. Our more than eighty notes to the [[Foreign Office|O]] requesting consular access to the Russian nationals [[Sergei Skripal|P]] and [[Yulia Skripal|P]], as well as information on the investigation, remain unanswered."),
        ],
    },
    {
        "title": "Statement by the [[Russian Foreign Ministry|O]] on the launch of domestic procedures for withdrawal from the [[Treaty on Open Skies|T]]",
        "headline": None,
        "passages": [
            (S, [AC, EN, US], "The [[Open Skies Treaty|T]] was one of the few remaining confidence-building instruments in Europe, allowing 34 states to carry out observation flights over one another's territory. When the United States withdrew from it in November, despite the appeals of its own [[NATO|O]] allies, the balance of interests on which the document rested was destroyed. We asked the remaining parties for firm assurances that data obtained during flights over Russia would not be passed to Washington; no such assurances were given. Under these circumstances the Russian Federation is launching domestic procedures for its withdrawal."),
        ],
    },
    {
        "title": "Comment by the Embassy on the vote in the [[UN General Assembly|O]] on no first placement of weapons in outer space",
        "headline": None,
        "passages": [
            (C, [AC], "The [[General Assembly|O]] has once again adopted by a large majority the resolution on no first placement of weapons in outer space, co-sponsored by Russia and more than forty other states. Among those voting against were the United States, the United Kingdom and several other members of the [[North Atlantic Alliance|O]]. One can only wonder why the countries that speak so eloquently of \"responsible behaviour in space\" find it impossible to make a simple political commitment not to be the first to station weapons there."),
        ],
    },
    {
        "title": "Press release on the first round of the Russian-American strategic stability dialogue in Geneva",
        "headline": None,
        "passages": [
            (S, [AC, US], "The summit of Presidents [[Vladimir Putin|P]] and [[Joe Biden|P]] in Geneva on 16 June reaffirmed the principle that a nuclear war cannot be won and must never be fought. The first round of the strategic stability dialogue launched on that basis took place on 28 July, with the Russian interagency delegation headed by Deputy Foreign Minister [[Sergey Ryabkov|P]] and the American one by Deputy Secretary of State [[Wendy Sherman|P]]. The sides agreed to meet again at the end of September."),
        ],
    },
    {
        "title": "Embassy comment on the Western demands concerning the case of [[Alexei Navalny|P]]",
        "headline": None,
        "passages": [
            (C, [AC, HR], "The Western capitals demand that Moscow \"explain\" what happened to [[Alexei Navalny|P]], while the German authorities refuse to hand over to our [[Prosecutor General's Office|O]] the biomaterials, the test results or even the testimony of the people who accompanied him. Since September five requests for legal assistance have been sent to Berlin under the [[European Convention on Mutual Assistance in Criminal Matters|T]], and not one has received a substantive reply. References to the [[OPCW|O]] do not help either: the samples taken from Mr [[Navalny|P]] by the [[Technical Secretariat|O]] have likewise been classified."),
        ],
    },
    {
        "title": "Comment by the Embassy on the American-funded biological laboratory near Tbilisi",
        "headline": None,
        "passages": [
            (C, [AC, EC], "The [[Richard Lugar Center for Public Health Research|O]] near Tbilisi, built with American military funding, continues to raise legitimate questions in the region. The former Georgian Minister of State Security [[Igor Giorgadze|P]] has published documents pointing to deaths among volunteers during tests of medical products there. We call on Washington and Tbilisi to ensure full transparency of this facility in the spirit of the confidence-building measures agreed under the [[BWC|T]]."),
        ],
    },
    # ------------------------------------------------------------------ Human rights
    {
        "title": "Comment by the [[Information and Press Department|O]] on the reform of minority education in Latvia",
        "headline": [HR],
        "passages": [
            (C, [HR], "The amendments signed in Riga in April transfer secondary education in minority schools almost entirely to the state language by 2021. In a country where over a third of the population regard Russian as their mother tongue, this amounts to forced assimilation. The [[Council of Europe|O]] [[Framework Convention for the Protection of National Minorities|T]], to which Latvia is a party, guarantees the right of minorities to be taught in their own language; yet neither Brussels nor the [[OSCE|O]] has found the words to condemn this."),
        ],
    },
    {
        "title": "Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the Ukrainian law on the state language",
        "headline": None,
        "passages": [
            (C, [HR, UA], "The law on the functioning of the Ukrainian language as the state language, rushed through the [[Verkhovna Rada|O]] in the final days of [[Pyotr Poroshenko|P]]'s presidency, effectively drives the Russian language out of public life, education, the media and the service sector. Millions of Ukrainian citizens for whom Russian is native are now told they may use it at home and in church. This flagrantly violates the Constitution of Ukraine itself and the country's international obligations."),
        ],
    },
    {
        "title": "Embassy statement on the investigation of the events in Odessa on 2 May 2014",
        "headline": None,
        "passages": [
            (S, [HR, UA], "The investigation into the deaths of more than forty people who were burnt alive or killed in the House of Trade Unions in Odessa on 2 May 2014 remains at a standstill. Not one of the nationalist radicals responsible has been convicted. The [[UN Human Rights Monitoring Mission in Ukraine|O]] and the [[Council of Europe International Advisory Panel|O]] have both pointed to deliberate obstruction of the inquiry, while the Kiev authorities prefer to prosecute those who survived."),
        ],
    },
    {
        "title": "Embassy comment on the arrest of [[Julian Assange|P]]",
        "headline": [HR, MI, UK],
        "passages": [
            (C, [HR, MI, UK], "We have followed with great concern the arrest of [[Julian Assange|P]] in the Ecuadorian Embassy in London. A journalist who has spent almost seven years confined to a few rooms now faces extradition to the United States, where he could receive up to 175 years in prison for publishing documents on the conduct of the wars in Iraq and Afghanistan. The British authorities, who like to lecture others on press freedom, now have an opportunity to show that these words carry meaning."),
        ],
    },
    {
        "title": "Comment by the Embassy on the situation of Russian citizens imprisoned in the United States",
        "headline": None,
        "passages": [
            (C, [HR, US], "[[Konstantin Yaroshenko|P]], a Russian pilot abducted in Liberia in 2010 and sentenced in New York to twenty years on charges fabricated by agents of the [[Drug Enforcement Administration|O]], suffers from serious illnesses, yet the prison administration denies him adequate medical care. The same applies to [[Viktor Bout|P]]. We insist on their return home under the [[Convention on the Transfer of Sentenced Persons|T]], to which both Russia and the United States are party."),
        ],
    },
    {
        "title": "Embassy comment on the new UK sanctions regime",
        "headline": None,
        "passages": [
            (C, [HR, UK, EN], "The sanctions regime announced by Foreign Secretary [[Dominic Raab|P]] on 6 July opens with a list of 25 Russian citizens connected with the [[Magnitsky|P]] case. The death of [[Sergei Magnitsky|P]] in a Moscow pre-trial detention centre in 2009 was thoroughly investigated, and [[Bill Browder|P]], who turned this tragedy into a lobbying enterprise, was convicted in absentia of tax evasion. By basing its policy on the version of a fugitive financier, London shows once again that \"human rights\" serve merely as a pretext for pressure."),
        ],
    },
    {
        "title": "Comment by the Embassy on the persecution of the canonical Orthodox Church in Ukraine",
        "headline": None,
        "passages": [
            (C, [HR, UA], "Reports keep arriving from the Rovno, Volyn and Ternopol regions of churches of the canonical [[Ukrainian Orthodox Church|O]] being seized by force, often with the connivance of local police. Priests are threatened and parishioners beaten, while the Kiev authorities describe all this as a \"voluntary transfer\" of communities to the schismatic structure set up under the patronage of [[Poroshenko|P]] in December 2018. We call on the [[OSCE|O]] and the human rights bodies of the [[UN|O]] to give an honest assessment of this persecution of believers."),
        ],
    },
    {
        "title": "Statement by the Russian delegation at the 46th session of the [[UN Human Rights Council|O]]",
        "headline": None,
        "passages": [
            (SP, [HR], "Almost thirty years after independence, some 70,000 residents of Estonia and more than 200,000 in Latvia still bear the humiliating status of \"non-citizens\": they cannot vote in national elections, hold a number of public offices or own land in certain areas. The [[European Commission against Racism and Intolerance|O]] has repeatedly recommended that this anomaly be eliminated. We would urge the Council not to apply double standards when the rights of Russian speakers are at stake."),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]]'s interview with [[Channel 4 News|O]]",
        "headline": None,
        "passages": [
            (I, [HR, UK], "Question: Why has the Embassy still not been granted access to [[Yulia Skripal|P]]?"),
            (I, [HR, UK], "That is exactly the question we keep asking the [[Foreign Office|O]]. [[Yulia|P]] is a Russian citizen, and under the [[Vienna Convention on Consular Relations|T]] and our bilateral [[Consular Convention|T]] of 1965 we have every right to see her and to make sure that she is acting of her own free will. Her cousin [[Viktoria Skripal|P]] has been refused a British visa. All we have is a short statement read on camera in an unknown location. Is this how a democratic state treats a foreign national?", YAK),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with the [[Daily Express|O]]",
        "headline": None,
        "passages": [
            (I, [HR, UA], "Question: Human rights organisations report searches and arrests among Crimean Tatars. How do you answer them?"),
            (I, [HR, UA], "Those detained are suspected of membership in [[Hizb ut-Tahrir|O]], an organisation banned in Russia as terrorist and, by the way, prohibited in Germany as well. Ethnicity has nothing to do with it. Since 2014 Crimean Tatar has been one of the three state languages of the Republic, Crimean Tatar schools and a television channel operate freely, and the rehabilitation of the people deported in 1944 was finally completed by a decree of President [[Vladimir Putin|P]]. Under Kiev, nobody bothered to do that in twenty-three years.", KEL),
            (I, NONE, "[[Andrei Kelin|P]]: Thank you, it is a pleasure to be here.", KEL),
        ],
    },
    {
        "title": "Statement by the [[Foreign Ministry|O]] on Russia's withdrawal from the [[Council of Europe|O]]",
        "headline": None,
        "passages": [
            (S, [HR, EN], "The decision to leave the [[Council of Europe|O]], announced on 15 March, was not taken lightly. For twenty-six years Russia took part in good faith in its work, paid its contributions in full and executed the judgments of the [[European Court of Human Rights|O]] far more often than its critics care to admit. But the [[NATO|O]] and [[EU|O]] majority has turned the Organisation into an instrument of anti-Russian campaigns, and the rights of our citizens will henceforth be protected by the national legal system, which retains all the necessary guarantees."),
        ],
    },
    {
        "title": "Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the continued detention of [[Kirill Vyshinsky|P]]",
        "headline": None,
        "passages": [
            (C, [HR, MI, UA], "For more than a year [[Kirill Vyshinsky|P]], head of the [[RIA Novosti Ukraine|O]] portal, has been held in a Kherson detention centre on charges of \"high treason\" for articles published by his outlet. Yesterday a court in Kiev once again extended his detention without examining a single piece of evidence. We are grateful to [[Harlem Désir|P]] of the [[OSCE|O]] for his principled position and expect international organisations to insist on the journalist's release."),
        ],
    },
    {
        "title": "Statement by Permanent Representative [[Alexander Lukashevich|P]] at the meeting of the [[OSCE Permanent Council|O]]",
        "headline": None,
        "passages": [
            (SP, [HR, UA], "Since 2014 Kiev has refused to pay pensions and social benefits to the residents of Donbass unless they register as \"internally displaced persons\" on government-controlled territory and cross the line of contact every few months to confirm it. Elderly people die in queues at the checkpoints. The [[OSCE SMM|O]] has recorded these scenes many times. We ask our colleagues: how does this square with the commitments on the rights of the elderly and on non-discrimination that Ukraine has assumed?"),
        ],
    },
    {
        "title": "Comment by the Embassy on the annual human rights report of the [[State Department|O]]",
        "headline": None,
        "passages": [
            (C, [HR, US], "The [[State Department|O]] has once again presented the world with its assessment of human rights in other countries, with a long chapter on Russia compiled from the reports of NGOs financed from Washington. The authors might have devoted a few pages to their own country: the prison at Guantanamo, which still holds people without charge or trial, police violence against African Americans, and the persecution of journalists such as [[Julian Assange|P]]. Before teaching others, it is worth putting one's own house in order."),
        ],
    },
    # ------------------------------------------------------------------ Eurasia / CIS
    {
        "title": "Press release on the completion of the [[CSTO|O]] peacekeeping mission in Kazakhstan",
        "headline": [EC],
        "passages": [
            (S, [EC], "In response to a request from President [[Kassym-Jomart Tokayev|P]] and on the basis of Article 4 of the [[Collective Security Treaty|T]], the [[Collective Security Council|O]] of the [[CSTO|O]] decided on 6 January to send collective peacekeeping forces to Kazakhstan for a limited period. The contingent, with units from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan, guarded strategic facilities and took no part in any operations against the population. By 19 January it had completed its mission and left, exactly as promised, which our Western critics, who spoke of an \"occupation\", chose not to notice."),
        ],
    },
    {
        "title": "Embassy comment on Western sanctions against Belarus",
        "headline": None,
        "passages": [
            (C, [EC, EN], "The events in Belarus are an internal affair of the Belarusian people. We see attempts by certain Western capitals to interfere, to question the outcome of the vote and to impose on Minsk a \"mediation\" it never asked for. The sanctions adopted by the [[European Union|O]] and the United Kingdom against [[Alexander Lukashenko|P]] and dozens of officials only encourage radicals on the streets. Russia will fulfil its obligations towards its ally under the [[Treaty on the Establishment of the Union State|T]] and the [[Collective Security Treaty|T]]."),
            (C, [EC], "Question: How would you comment on the forced landing of a [[Ryanair|O]] aircraft in Minsk and the detention of [[Roman Protasevich|P]]? Answer: It is astonishing that the Western capitals speak of \"state piracy\", when in 2013 the plane of Bolivian President [[Evo Morales|P]] was forced to land in Vienna because Washington suspected that [[Edward Snowden|P]] was on board. Nobody then spoke of any punishment. The Belarusian side has explained its actions and provided the necessary information to the [[International Civil Aviation Organization|O]]."),
        ],
    },
    {
        "title": "Statement on the ceasefire in Nagorno-Karabakh",
        "headline": None,
        "passages": [
            (S, [EC], "On 9 November President [[Vladimir Putin|P]], President of Azerbaijan [[Ilham Aliyev|P]] and Prime Minister of Armenia [[Nikol Pashinyan|P]] signed a statement on a complete ceasefire in the zone of the Nagorno-Karabakh conflict. Russian peacekeepers, almost two thousand servicemen, are being deployed along the line of contact and the Lachin corridor. We hope that the co-chairs of the [[OSCE Minsk Group|O]] will now concentrate on humanitarian matters, the return of refugees and the protection of cultural and religious heritage."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[The Spectator|O]]",
        "headline": None,
        "passages": [
            (I, [EC], "Question: Is Moscow not worried that Turkey has gained a foothold in the South Caucasus?"),
            (I, [EC], "Turkey is our partner; we have differences on a number of issues and we discuss them frankly. The monitoring centre in Agdam is a joint Russian-Turkish facility, but the peacekeeping mission itself is exclusively Russian, as Baku and Yerevan agreed. What matters to us is that people have stopped dying. The alternative, which some in Europe seemed ready to tolerate for weeks, was a war on the doorstep of the [[Collective Security Treaty Organisation|O]].", KEL),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[The Economist|O]]",
        "headline": None,
        "passages": [
            (I, [EC, AP], "Question: After the [[Taliban|O]] took Kabul, how concerned are you about the security of Central Asia?"),
            (I, [EC, AP], "[[Andrei Kelin|P]]: Very concerned. Tajikistan shares more than a thousand kilometres of border with Afghanistan, and our military base in Dushanbe is the largest we have abroad. In October the [[CSTO|O]] held exercises in the Khatlon region precisely to test our readiness. We have heard the assurances of the new authorities in Kabul that no threats will come from their territory, but assurances must be checked against deeds, especially with the Khorasan branch of [[Islamic State|O]] active in the north.", KEL),
        ],
    },
    {
        "title": "Speech by Ambassador [[Alexander Yakovenko|P]] at a round table on Eurasian integration",
        "headline": None,
        "passages": [
            (SP, [EC, ET], "Since the [[Treaty on the Eurasian Economic Union|T]] entered into force in January 2015, mutual trade among our five member states has grown by almost half, and common markets for medicines, medical devices and electricity are being built. The [[Eurasian Economic Commission|O]] is negotiating free trade with Egypt, India and Israel, and the agreement with Vietnam is already in force. We are open to a dialogue between the Union and the [[European Union|O]] as a step towards a common economic space from Lisbon to Vladivostok."),
            (SP, NONE, "Ladies and gentlemen, dear friends, it is a great honour for me to address such a distinguished audience."),
        ],
    },
    {
        "title": "Comment by the [[Information and Press Department|O]] on the 30th anniversary of the Commonwealth of Independent States",
        "headline": [EC, HM],
        "passages": [
            (C, [EC, HM], "Thirty years ago, on 8 December 1991, the leaders of Russia, Ukraine and Belarus signed the [[Agreement on the Establishment of the Commonwealth of Independent States|T]] in Belovezhskaya Pushcha. Whatever one thinks of the circumstances of the time, the [[CIS|O]] made it possible to avoid a chaotic break-up of the common space, to preserve visa-free travel and hundreds of production chains, and to keep the Russian language as a means of communication for millions. Today it remains a valuable platform for dialogue among the capitals of the region."),
        ],
    },
    {
        "title": "Embassy comment on the statement by [[Maia Sandu|P]] concerning the Russian troops in Transnistria",
        "headline": None,
        "passages": [
            (C, [EC], "We have taken note of President-elect [[Maia Sandu|P]]'s remarks about the [[Operational Group of Russian Forces|O]] in Transnistria. Let me recall that our servicemen guard the ammunition depots at Kolbasna, among the largest in Europe, and that the peacekeeping operation established under the [[Agreement on the Principles of a Peaceful Settlement of the Armed Conflict in the Dniester Region|T]] has ensured peace on the Dniester for almost three decades. Any changes should be discussed in the \"5+2\" format rather than through interviews for Western media."),
        ],
    },
    {
        "title": "Comment on the statement of the [[NATO|O]] Secretary General in Tbilisi",
        "headline": None,
        "passages": [
            (C, [EC, EN], "The statement by the [[NATO|O]] Secretary General [[Jens Stoltenberg|P]] in Tbilisi that Georgia will \"one day\" join the Alliance cannot but cause concern. It was precisely the promise of membership made to Tbilisi at the Bucharest summit in 2008 that encouraged [[Mikheil Saakashvili|P]] to launch his reckless attack on South Ossetia in August of that year. Drawing Georgia into the bloc will not bring stability to the South Caucasus; it will only entrench the dividing lines."),
        ],
    },
    {
        "title": "Comment by the Embassy on the situation on the Belarusian-Polish border",
        "headline": None,
        "passages": [
            (C, [EC, EN, HR], "Thousands of people from Iraq, Syria and Afghanistan, including women and small children, are stranded in freezing weather on the Belarusian-Polish border, where Polish security forces use water cannon and tear gas against them. Instead of accusing Minsk of a \"hybrid attack\", the [[European Union|O]] might recall that the flows of refugees were created by the military adventures of [[NATO|O]] countries in the Middle East. We welcome the telephone contacts between [[Alexander Lukashenko|P]] and [[Angela Merkel|P]] and hope that humanitarian considerations will prevail."),
        ],
    },
    # ------------------------------------------------------------------ COVID / health
    {
        "title": "Embassy press release on the registration of the Sputnik V vaccine",
        "headline": [CV],
        "passages": [
            (S, [CV], "On 11 August Russia became the first country in the world to register a vaccine against the novel coronavirus. Developed by the [[Gamaleya National Research Centre for Epidemiology and Microbiology|O]] and supported by the [[Russian Direct Investment Fund|O]] ([[RDIF|O]]), Sputnik V is built on a well-studied platform of two human adenoviral vectors. Requests for more than a billion doses have already come from over twenty countries."),
        ],
    },
    {
        "title": "Embassy answer to a media question on British allegations of cyber attacks on vaccine research",
        "headline": None,
        "passages": [
            (C, [CV, MI, UK], "Question: The [[National Cyber Security Centre|O]] says Russian state hackers targeted British laboratories working on a coronavirus vaccine. Answer: We have no information about who may have attacked which laboratories, and neither, it seems, does London, since no evidence has been presented. The claims sound strange at a time when Russia has offered to share its experience in developing a vaccine with all interested partners, including the [[University of Oxford|O]] and [[AstraZeneca|O]], with whom the [[Gamaleya Centre|O]] has since agreed to test a combination of the two vaccines."),
        ],
    },
    {
        "title": "Comment on Russian assistance to Italy in combating the coronavirus",
        "headline": None,
        "passages": [
            (C, [CV, MI], "At the request of Prime Minister [[Giuseppe Conte|P]], fifteen aircraft of the [[Russian Aerospace Forces|O]] delivered to Italy mobile disinfection units, ventilators and protective equipment, and our military virologists worked for weeks in the hospitals of Bergamo. Some newspapers in London and Rome hastened to call this a \"propaganda operation\". We leave such judgements on the conscience of their authors; the Italian doctors who worked side by side with our specialists have said otherwise."),
        ],
    },
    {
        "title": "On the return of Russian citizens from the United Kingdom amid the coronavirus pandemic",
        "headline": None,
        "passages": [
            (S, [CV], "In view of the restrictions introduced because of the coronavirus, the Embassy informs Russian citizens temporarily in the United Kingdom that an [[Aeroflot|O]] flight to Moscow will depart from Heathrow on 18 April. On arrival passengers will undergo testing and must observe fourteen days of self-isolation. Applications should be submitted through the Public Services Portal no later than 48 hours before departure."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[Reuters|O]]",
        "headline": None,
        "passages": [
            (I, [CV, UK], "Question: Russian visitors vaccinated with Sputnik V are still treated as unvaccinated when they enter the United Kingdom. Is the Embassy raising this?"),
            (I, [CV, UK], "Constantly. Sputnik V is used in more than seventy countries, and [[The Lancet|O]] has published the results of its phase three trials, showing efficacy of 91.6 per cent. The refusal to recognise it is a political decision rather than a medical one, and it hurts students, business people and families divided between our two countries. We have proposed to the [[Department of Health and Social Care|O]] the mutual recognition of vaccination certificates, but so far without result.", KEL),
            (I, [ET, EN, UK], "Question: British sanctions have frozen the reserves of the [[Central Bank of Russia|O]], and Russian banks have been cut off from [[SWIFT|O]]. Is the Russian economy collapsing?"),
            (I, [ET, EN], "The rouble is stronger today than it was before February, inflation has begun to fall and our export revenues are at a record level. The freezing of some 300 billion dollars of our reserves is, let us call things by their names, theft, and it has shown the whole world that assets held in Western jurisdictions are not safe. The countries of the Global South have drawn their conclusions. The real pain is felt by British households paying the highest energy bills in decades.", KEL),
            (I, NONE, "Thank you for the question.", KEL),
        ],
    },
    {
        "title": "Speech by Ambassador [[Andrei Kelin|P]] at the online conference on international cooperation in the fight against the pandemic",
        "headline": None,
        "passages": [
            (SP, [CV, MO], "The pandemic has shown that no country, however wealthy, can protect itself alone. From the outset Russia has supported the coordinating role of the [[World Health Organization|O]], contributed to its budget and delivered test systems to more than thirty countries. We are convinced that vaccines must become a global public good rather than an instrument of competition, and we call for a moratorium on trade wars and unilateral sanctions for the duration of the health emergency, as President [[Putin|P]] proposed at the extraordinary [[G20|O]] summit in March 2020."),
            (SP, NONE, "Thank you for your attention. I am now ready to take your questions."),
        ],
    },
    {
        "title": "Comment by the Embassy on the [[EU|O]] reports on \"Russian disinformation\" about the coronavirus",
        "headline": None,
        "passages": [
            (C, [MI, CV], "The [[European External Action Service|O]] continues to publish so-called reports claiming that Russian media spread disinformation about the coronavirus in order to sow panic in Europe. Not a single concrete example is given that would withstand scrutiny. Meanwhile, it was Western tabloids that announced the imminent collapse of the Russian health system in April and ridiculed our vaccine in August, before the scientific data obliged them to change their tone."),
        ],
    },
    {
        "title": "Letter by Ambassador [[Andrei Kelin|P]] to the editor of [[The Guardian|O]] on the Russian vaccine",
        "headline": None,
        "passages": [
            (L, [CV], "Your article of 3 February suggests that the interim results of the phase three trials of Sputnik V published in [[The Lancet|O]] came \"as a surprise\" to the scientific community. They should not have. The adenoviral vector platform used by the [[Gamaleya Centre|O]] was tested on vaccines against Ebola and MERS long before the current pandemic, and the two-vector design was chosen precisely to avoid the weaker response to the second dose that other vaccines have shown."),
            (L, [CV, UK], "We would welcome cooperation between British and Russian regulators on this. The [[Medicines and Healthcare products Regulatory Agency|O]] ([[MHRA|O]]) has so far not responded to the proposals made last year. Viruses do not respect borders or political sympathies, and neither should vaccines."),
            (L, NONE, "Yours faithfully,\n[[Andrei Kelin|P]]"),
        ],
    },
    # ------------------------------------------------------------------ Economy / trade
    {
        "title": "Press release on the meeting of the [[UK-Russia Intergovernmental Steering Committee on Trade and Investment|O]]",
        "headline": None,
        "passages": [
            (S, [ET, UK], "The tenth meeting of the [[UK-Russia Intergovernmental Steering Committee on Trade and Investment|O]] took place in London, co-chaired by Business Secretary [[Vince Cable|P]] and Minister of Economic Development [[Alexey Ulyukayev|P]]. The sides noted that bilateral trade last year exceeded 20 billion dollars and agreed to focus on cooperation in energy efficiency, financial services, innovation and the preparations for the Sochi Olympics and the 2018 [[FIFA|O]] World Cup."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[LBC|O]] radio",
        "headline": None,
        "passages": [
            (I, [ET, UK], "Question: British ministers accuse Russia of using gas as a weapon, pointing to the record prices this autumn. What is your answer?"),
            (I, [ET, EN], "[[Gazprom|O]] fulfils its contractual obligations to European customers in full, and in some months of this year it supplied more than was required. The price spike is the result of the [[European Commission|O]]'s long campaign to move from long-term contracts to spot pricing, of a windless year in the North Sea and of the scramble for liquefied gas in Asia. Had the regulators in Germany certified the new Baltic pipeline instead of delaying it, the situation would have been much calmer.", KEL),
        ],
    },
    {
        "title": "Speech by Ambassador [[Alexander Yakovenko|P]] at the annual dinner of the [[Russo-British Chamber of Commerce|O]]",
        "headline": None,
        "passages": [
            (SP, [ET, EN], "The restrictive measures introduced last year by the [[European Union|O]] have cost European exporters, according to the [[Austrian Institute of Economic Research|O]], up to a hundred billion euros in lost trade and hundreds of thousands of jobs. Our response measures on food imports have given a strong impetus to Russian agriculture, which is now among the most dynamic sectors of the economy. Sanctions have never achieved their political aims; they have only rearranged markets, to the benefit of third countries."),
            (SP, [ET, UK], "I am glad to see in this room the representatives of companies such as [[BP|O]], [[Shell|O]], [[HSBC|O]] and [[JCB|O]], which have not abandoned the Russian market despite the pressure. More than six hundred British firms still work in Russia, and Russian investors remain among the most active in the City. Business, as always, is wiser than politics."),
        ],
    },
    {
        "title": "Statement on Russian-Chinese trade and economic cooperation in 2021",
        "headline": [ET, AP],
        "passages": [
            (S, [ET, AP], "Trade between Russia and China exceeded 140 billion dollars last year, and the share of national currencies in mutual settlements has passed forty per cent. Gas supplies through the Power of Siberia pipeline, built by [[Gazprom|O]] and [[CNPC|O]], are growing ahead of schedule, and agreement has been reached on a second route through Mongolia. Beijing and Moscow are steadily reducing their dependence on a currency that Washington increasingly uses as a political weapon."),
        ],
    },
    {
        "title": "Comment on the arrival of a Russian LNG cargo in the United Kingdom",
        "headline": None,
        "passages": [
            (C, [ET, UK], "At a time when some in Westminster call on Britain to stop buying Russian energy, a cargo from the Yamal LNG plant, operated by [[Novatek|O]] together with [[Total|O]] and [[CNPC|O]], has been unloaded at the Isle of Grain terminal in Kent to help meet winter demand. Market logic, it appears, is stronger than political rhetoric."),
        ],
    },
    {
        "title": "Statement on Russia's accession to the [[World Trade Organization|O]]",
        "headline": None,
        "passages": [
            (S, [ET], "On 22 August 2012 Russia became the 156th member of the [[WTO|O]] after eighteen years of negotiations. Accession opens new opportunities for Russian exporters of metals, chemicals and grain, who will now be protected by the organisation's dispute settlement mechanism, and for foreign investors, who receive a stable and predictable regime. We expect our partners to abide by the same rules and to repeal the Jackson-Vanik amendment, a relic of the Cold War which is incompatible with them."),
        ],
    },
    {
        "title": "Embassy comment on [[OneWeb|O]]'s decision to suspend launches from Baikonur",
        "headline": None,
        "passages": [
            (C, [ET, UK], "We regret that the cooperation between [[Roscosmos|O]] and [[OneWeb|O]], which only a year ago was cited as an example of successful Russian-British high-technology partnership, has fallen victim to politics. [[Roscosmos|O]] asked for guarantees that the satellites would not be used for military purposes, which was a legitimate request given that the British government is one of the company's shareholders. Instead of an answer, the company chose to cancel the launches."),
        ],
    },
    {
        "title": "Press release on the first freight train along the International North-South Transport Corridor",
        "headline": None,
        "passages": [
            (S, [ET, AP], "Russia, India and Iran continue to develop the International North-South Transport Corridor, which will cut the delivery time of goods from Mumbai to St Petersburg by almost half compared with the route through the Suez Canal. After talks between [[Narendra Modi|P]] and President [[Vladimir Putin|P]] in Vladivostok, the two sides agreed to raise bilateral trade to thirty billion dollars by 2025 and to expand settlements in roubles and rupees."),
        ],
    },
    # ------------------------------------------------------------------ Asia-Pacific
    {
        "title": "Comment by the Embassy on the creation of the [[AUKUS|O]] bloc",
        "headline": [AP],
        "passages": [
            (C, [AP, AC], "The [[AUKUS|O]] partnership announced by Canberra, London and Washington on 15 September raises serious questions. The transfer to a non-nuclear state of the technologies for nuclear-powered submarines, and of weapons-grade uranium for their reactors, sets a precedent under the [[NPT|T]] which the [[IAEA|O]] will find very difficult to verify. Together with the [[Quad|O]], the new bloc fits the familiar logic of the \"Indo-Pacific strategies\": to split the region into camps and contain China."),
        ],
    },
    {
        "title": "Comment by [[Foreign Ministry|O]] Spokeswoman [[Maria Zakharova|P]] on the visit of the Speaker of the [[US House of Representatives|O]] to Taiwan",
        "headline": None,
        "passages": [
            (C, [AP], "The trip of [[Nancy Pelosi|P]] to Taiwan was a deliberate provocation which the American administration did nothing to prevent. Russia reaffirms its commitment to the one-China principle and regards Taiwan as an inalienable part of the People's Republic of China. Beijing has every right to take measures to protect its sovereignty and territorial integrity."),
        ],
    },
    {
        "title": "Embassy comment on the situation on the Korean Peninsula",
        "headline": None,
        "passages": [
            (C, [AP, AC], "We are seriously concerned about the escalation on the Korean Peninsula following the latest missile launch by Pyongyang and the exchange of threats between Washington and Pyongyang. The Russian-Chinese \"double freeze\" initiative, under which the DPRK would suspend nuclear and missile tests while the United States and South Korea would suspend large-scale military exercises, remains on the table. There is no military solution to the nuclear problem of the peninsula."),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]]'s interview with [[BBC World Service|O]]",
        "headline": NONE,
        "passages": [
            (I, [AP, AC], "Question: President [[Trump|P]] and [[Kim Jong-un|P]] have just met in Singapore. Does Moscow believe the North will really give up its nuclear weapons?"),
            (I, [AP, AC], "[[Alexander Yakovenko|P]]: We welcome the meeting itself; a year ago the two leaders were exchanging threats, and now they are shaking hands. But denuclearisation cannot be a one-way street. Pyongyang will need security guarantees, and the lifting of at least part of the sanctions, to move forward. Russia and China proposed such a step-by-step approach long ago, and we are ready to contribute to it, including through trilateral projects with the two Koreas in energy and railways.", YAK),
            (I, [AP, HM], "Question: Prime Minister [[Abe|P]] says he wants to resolve the territorial issue and sign a peace treaty. Is Russia ready to hand over the islands?"),
            (I, [AP, HM], "We are ready to continue talks on the basis of the [[Soviet-Japanese Joint Declaration|T]] of 1956, as President [[Putin|P]] and Prime Minister [[Shinzo Abe|P]] have confirmed at each of their meetings. But the first step must be Japan's recognition of the results of the Second World War in their entirety, including Russia's sovereignty over the southern Kurils, as reflected in the [[UN Charter|T]]. We must also understand what the presence of American forces under the [[Japan-US Security Treaty|T]] would mean for any territory concerned.", YAK),
        ],
    },
    {
        "title": "Comment by the Embassy on the situation in Afghanistan",
        "headline": None,
        "passages": [
            (C, [AP], "The hasty withdrawal of American and British forces after twenty years in Afghanistan has left the country facing economic collapse and a humanitarian disaster. The West's mission ended exactly where it began, with the [[Taliban|O]] in Kabul. We call on the donors not to freeze Afghan assets, which belong to the Afghan people, and on the new authorities to form a genuinely inclusive government and to keep their promises on fighting terrorism and drug production."),
        ],
    },
    {
        "title": "Statement on the [[SCO|O]] summit in Samarkand",
        "headline": None,
        "passages": [
            (S, [AP, EC], "The meeting of the [[SCO Heads of State Council|O]] in Samarkand on 15-16 September confirmed the growing weight of the organisation, which now unites countries with almost half of the world's population. Iran signed a memorandum on its obligations for membership, and Egypt, Qatar and Saudi Arabia became dialogue partners. President [[Putin|P]] held talks on the sidelines with [[Xi Jinping|P]], [[Narendra Modi|P]] and the leaders of the Central Asian states, with whom the links of transport and energy were discussed in detail."),
        ],
    },
    {
        "title": "Foreign Minister [[Sergey Lavrov|P]]'s remarks at the East Asia Summit foreign ministers' meeting",
        "headline": None,
        "passages": [
            (SP, [AP], "We support the central role of [[ASEAN|O]] in the regional security architecture, which rests on the principles of openness, inclusiveness and equality. Attempts to replace it with narrow formats built on the concept of the \"Indo-Pacific\", in which the place of each country is determined in Washington, can only undermine the consensus that has been built up over decades. Russia proposes to work together on a framework of mutual confidence in the Asia-Pacific region, open to all."),
        ],
    },
    {
        "title": "Statement on the adoption of the Russian-Chinese joint statement on international relations entering a new era",
        "headline": None,
        "passages": [
            (S, [AP, MO], "The [[Joint Statement of the Russian Federation and the People's Republic of China on the International Relations Entering a New Era and the Global Sustainable Development|T]], signed in Beijing on 4 February, sets out a shared view of a polycentric world in which no state may ensure its own security at the expense of others. Moscow and Beijing oppose the expansion of [[NATO|O]] and the formation of closed blocs in the Asia-Pacific region, and they reaffirm the central coordinating role of the [[United Nations|O]]."),
        ],
    },
    {
        "title": "Embassy comment on the British statements on Hong Kong",
        "headline": None,
        "passages": [
            (C, [AP], "We consider the events in Hong Kong an internal affair of China. London's frequent references to the [[Sino-British Joint Declaration|T]] of 1984 cannot give it any right to interfere, the more so as the document transferred sovereignty over the territory to Beijing in full. One might recall that during a century and a half of British rule nobody asked the residents of Hong Kong about democracy."),
        ],
    },
    # ------------------------------------------------------------------ Ukraine
    {
        "title": "Comment by the Embassy on Kiev's approach to the Minsk process",
        "headline": None,
        "passages": [
            (C, [UA], "Seven years after the [[Package of Measures for the Implementation of the Minsk Agreements|T]] was signed, Kiev has not taken a single step towards the special status of Donbass, the amnesty or local elections. On the contrary, the Ukrainian representatives in the [[Trilateral Contact Group|O]] now openly call the document \"impossible to implement\", while President [[Vladimir Zelensky|P]] proposes to \"rethink\" it. We must ask our German and French partners in the Normandy format whether they still regard themselves as guarantors of what was agreed in February 2015."),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s interview with [[BBC Radio 4|O]] on the incident involving HMS Defender",
        "headline": None,
        "passages": [
            (I, [UA, UK], "Question: HMS Defender was sailing in what Britain regards as Ukrainian waters off Crimea. Why did Russian ships fire warning shots?"),
            (I, [UA, UK], "Because the destroyer entered our territorial waters near Cape Fiolent, three kilometres deep, despite repeated warnings from the [[Black Sea Fleet|O]] and the border guards of the [[FSB|O]]. This was not innocent passage but a deliberate provocation, prepared in advance, with journalists of the [[BBC|O]] on board to film it. Crimea is Russian territory; its people made their choice in 2014. I would ask my British colleagues to imagine how the [[Royal Navy|O]] would react to a Russian warship entering British waters off Portsmouth.", KEL),
            (I, [UK], "Question: Would Russia really have opened fire on a British warship?"),
            (I, [UK], "[[Andrei Kelin|P]]: I would rather not go into hypotheticals. Our military acted professionally and proportionately, and nobody was hurt. But if there is a next time, responsibility for the consequences will lie with those who ordered the provocation, not with those who defend their borders.", KEL),
        ],
    },
    {
        "title": "Ambassador [[Andrei Kelin|P]]'s letter to the [[Financial Times|O]] on British arms supplies to Ukraine",
        "headline": [UA, UK],
        "passages": [
            (L, NONE, "Dear Editor,"),
            (L, [UA, UK], "Your report of 19 January describes the delivery by [[Royal Air Force|O]] transport aircraft of some two thousand anti-tank missiles to Kiev as a \"defensive\" measure. Pumping weapons into a country whose government refuses to talk to the people of Donbass, and whose army has massed half its forces along the line of contact, does not deter war; it makes it more likely. It also gives the hotheads in Kiev the impression that they can attempt a military solution with impunity."),
            (L, [EN, US], "Russia has put forward draft agreements with the United States and [[NATO|O]] on security guarantees, including the non-enlargement of the Alliance eastwards and the non-deployment of strike weapons near our borders. These are not ultimatums but an invitation to a serious conversation on the principle of indivisible security, to which every [[OSCE|O]] state subscribed in the [[Charter for European Security|T]] in Istanbul and again in the [[Astana Commemorative Declaration|T]]. We are still waiting for an answer on substance."),
            (L, NONE, "[[Andrei Kelin|P]], Russian Ambassador"),
        ],
    },
    {
        "title": "Embassy comment on the provocation by Ukrainian naval vessels in the Kerch Strait",
        "headline": None,
        "passages": [
            (C, [UA], "On 25 November three Ukrainian naval vessels crossed the Russian state border and entered a temporarily closed area of territorial waters, ignoring the lawful demands of the [[FSB Border Service|O]] and manoeuvring dangerously. Passage through the Kerch Strait is governed by rules that Kiev itself observed until now under the [[Treaty between the Russian Federation and Ukraine on Cooperation in the Use of the Sea of Azov and the Kerch Strait|T]]. The provocation was clearly planned in advance, ahead of the elections, to give [[Poroshenko|P]] a pretext to impose martial law."),
        ],
    },
    {
        "title": "Embassy statement on the special military operation",
        "headline": None,
        "passages": [
            (S, [UA, EN], "The special military operation announced this morning by President [[Vladimir Putin|P]] aims to protect the people of Donbass who for eight years have suffered abuse at the hands of the Kiev regime. Its goals are the demilitarisation and denazification of Ukraine; the occupation of Ukrainian territory is not part of our plans. The decision was forced upon us by the refusal of the United States and [[NATO|O]] to consider our proposals on security guarantees and by the continued military development of Ukrainian territory by the Alliance."),
        ],
    },
    {
        "title": "Ambassador [[Alexander Yakovenko|P]]'s interview with [[ITV|O]]",
        "headline": None,
        "passages": [
            (I, [UA, UK], "Question: The British Government says the referendum in Crimea was illegal and held at gunpoint. Why should anyone recognise it?"),
            (I, [UA, MO], "Ninety-six per cent of those who voted, on a turnout of over eighty per cent, chose reunification with Russia. Observers from European countries, including members of the [[European Parliament|O]], saw nobody voting at gunpoint. The people of Crimea exercised the right to self-determination enshrined in the [[UN Charter|T]], a principle which the [[International Court of Justice|O]] confirmed in its advisory opinion on Kosovo in 2010. What was illegal was the armed coup in Kiev on 22 February, which left millions of Russian-speaking Crimeans facing the threat of nationalist violence.", YAK),
            (I, NONE, "I think I have already answered that.", YAK),
        ],
    },
    {
        "title": "Comment by the Embassy on the \"Crimea Platform\" summit in Kiev",
        "headline": None,
        "passages": [
            (C, [UA], "We regard the so-called \"Crimea Platform\" gathering in Kiev as an anti-Russian event designed to keep the subject alive in the Western media. The residents of the peninsula made their choice seven years ago, and since then the bridge across the Kerch Strait, new power plants and a new airport in Simferopol have changed their lives far more than any declarations adopted by the guests of [[Vladimir Zelensky|P]]."),
        ],
    },
    {
        "title": "Comment by the Embassy on the situation at the Zaporozhye nuclear power plant",
        "headline": None,
        "passages": [
            (C, [UA], "The shelling of the Zaporozhye nuclear power plant by the [[Armed Forces of Ukraine|O]] puts at risk not only the Ukrainian population but the whole of Europe. We welcome the mission of the [[IAEA|O]] headed by its Director General [[Rafael Grossi|P]], whose safe passage to Energodar was ensured by the Russian military. We expect its report to name plainly the side from which the shells are coming, and we call on London to use its influence on Kiev to stop these reckless attacks."),
        ],
    },
    # ------------------------------------------------------------------ Letters and procedural
    {
        "title": "Letter by Ambassador [[Alexander Yakovenko|P]] to the editor of the [[Daily Telegraph|O]]",
        "headline": NONE,
        "passages": [
            (L, NONE, "Dear Sir or Madam,"),
            (L, [ME, UK], "Your leader of 5 October describes the operations of the Syrian army and its allies in eastern Aleppo as \"barbarism\". Not a word is said about the fact that the militants of [[Jabhat al-Nusra|O]] in these districts use the civilian population as a human shield and fire on those who try to leave through the humanitarian corridors. Nor does your newspaper mention that the ceasefire agreed in Geneva on 9 September collapsed after the coalition aircraft struck Syrian troops near Deir ez-Zor."),
            (L, [ME], "Russia has proposed again and again that the moderate opposition separate itself from the terrorists, and that the [[UN|O]] Special Envoy [[Staffan de Mistura|P]] escort the [[Nusra|O]] fighters out of the city. It is those who refuse to make this distinction who bear responsibility for the suffering of Aleppo."),
            (L, NONE, "[[Alexander Yakovenko|P]], Ambassador of the Russian Federation"),
        ],
    },
    {
        "title": "Foreign Minister [[Sergey Lavrov|P]]'s remarks and answers to media questions at a joint news conference with Foreign Minister of Iran [[Mohammad Javad Zarif|P]], Moscow, 30 December 2019",
        "headline": NONE,
        "passages": [],
    },
    {
        "title": "Announcement of the press conference of Ambassador [[Andrei Kelin|P]]",
        "headline": None,
        "passages": [
            (S, NONE, "The press conference will be held in Russian with consecutive interpretation into English. Journalists wishing to attend are requested to send their accreditation details to the Embassy press office by 17:00 on Wednesday."),
        ],
    },
    {
        "title": "Reception at the Embassy on the occasion of Russia Day",
        "headline": None,
        "passages": [
            (S, NONE, "On 12 June the Embassy held a reception at 13 Kensington Palace Gardens on the occasion of Russia Day, attended by members of the diplomatic corps, parliamentarians, business people and representatives of the Russian community in the United Kingdom."),
        ],
    },
    {
        "title": "Consular section opening hours during the November holidays",
        "headline": None,
        "passages": [
            (C, NONE, "The consular section of the Embassy will be closed on 4 November, National Unity Day. Urgent enquiries may be addressed to the duty officer by telephone."),
            (C, NONE, "We have nothing to add to what has already been said by the [[Foreign Ministry|O]] in Moscow."),
        ],
    },
]
