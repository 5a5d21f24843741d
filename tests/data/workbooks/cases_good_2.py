"""Good workbooks: everything the lessons and assignments ask for, done well, in ordinary
learner phrasing. No deliberate defects. Evidence follows the log: validated only when two or
more interviews confirmed an item and more confirmed than contradicted it. (Part 2 of 2.)"""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Business, accounting: small practices chasing clients' records before the tax deadline.
CASES.append(case(
    "tax-records-chasing", quality="good", kind="business",
    notes="payer (partner) and user (tax staff) named; two new items heard twice",
    learner="Grace Whitfield",
    offering="A shared checklist for each personal-tax client that shows which documents the "
             "accountant still needs and reminds the client until they arrive.",
    pattern="niche",
    segments=[
        seg("t", "Accounting practices with 2-10 staff doing self-assessment returns",
            "business", True,
            reason="A third of their clients send records in the last weeks before 31 January, "
                   "so the whole team works weekends. They already spend hours a week "
                   "chasing, and the partner decides alone on tools.",
            size=5200,
            context="October to January, the self-assessment season, when records are "
                    "chased and returns prepared.",
            payer="the partner or owner of the practice",
            user="the tax staff and practice manager who chase and prepare returns",
            notes="Size: about 13,000 small practices (ICAEW and ACCA directories, rough); "
                  "about 40% with a large self-assessment book, my guess from the forum.",
            firmo=["accounting practice with 2-10 staff",
                   "150-600 personal tax clients, many self-employed",
                   "a partner chooses the tools"],
            geo=["England, outside London"],
            beh=["collects records by email, post and messaging apps",
                 "tracks missing records in a spreadsheet"],
            jobs=[
                J("j1", "File every client's return before 31 January without penalties",
                  "functional", "very important", ev="v"),
                J("j2", "Get complete records from clients early enough to spread the work",
                  "functional", "very important", ev="v"),
                J("j3", "Keep the team's hours sane in January", "emotional", "important"),
                J("j4", "Keep clients feeling looked after while chasing them", "social",
                  "important"),
            ],
            pains=[
                P("p1", "A third of clients send their papers in the last two weeks of "
                        "January", "extreme", ev="v", addr=True),
                P("p2", "Documents arrive piecemeal by email, messaging apps and post, and get "
                        "lost", "severe", ev="v", addr=True),
                P("p3", "Staff spend hours chasing the same clients again and again", "severe",
                  ev="v", addr=True),
                P("p4", "Clients blame the practice when a late-filing penalty arrives",
                  "moderate", addr=False, notes="Contradicted once; nobody confirmed it."),
            ],
            gains=[
                G("g1", "Most clients' records in by mid-December", "desired", "essential",
                  ev="v", addr=True),
                G("g2", "One place to see what each client still owes", "expected",
                  "important", ev="v", addr=True),
                G("g3", "Fewer weekend shifts in January", "desired", "important", addr=False),
                G("g4", "Clients thank the practice instead of apologising", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n", "Sole bookkeepers with under 50 clients", "business", False,
            reason="They phone their few clients personally and know each one; chasing takes "
                   "an hour a week, not a team's weekends.",
            firmo=["one person, no staff", "under 50 clients"], geo=["England"],
            beh=["keeps records on paper files"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small practices collect clients' records for self-assessment today, "
             "when they arrive, and what the chasing costs the team.",
        focus="The self-assessment season in a small practice. Listen for whatever makes it "
              "hard, which may not be late clients: software, staff, fees, quality of records.",
        contacts=[
            contact("c1", "Fiona", "Partner at a 6-person practice in Bristol, about 400 "
                    "self-assessment clients.", "My former manager's sister; email intro.",
                    "done"),
            contact("c2", "Tom", "Tax senior at a 9-person practice in Bath: a user who does "
                    "the chasing.", "ICAEW local branch evening.", "done"),
            contact("c3", "Aisha", "Practice manager at a 4-person firm in Swindon.",
                    "LinkedIn search for practice managers; short honest note.", "done"),
            contact("c4", "Colin", "Sole partner with 2 staff in Gloucester; posted about "
                    "January on AccountingWEB.", "Reply to his forum thread.", "done"),
        ],
        questions=[
            "May I take notes while we talk? I won't name you or the practice.",
            "Tell me about last January. When did the last client's records arrive?",
            "How do clients send you their papers today?",
            "What happens when a client goes quiet in December?",
            "How many hours did the team work over the last two weekends of January?",
            "What have you tried to get records earlier, like letters, portals such as TaxCalc "
            "or Karbon, or fees?",
            "What did the last complaint from a client look like?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-12", conf="j1 j2 p1 p3 g1",
           new=[new("n1", "pain", "Bank statements arrive as photos of a phone screen and have "
                    "to be typed in again")],
           quotes=[("p1", "Last year 140 of our 400 came in after the fifteenth of January."),
                   ("p3", "Lucy rang one client eleven times. Eleven."),
                   ("n1", "People send a photo of the banking app, at an angle, half of it cut "
                          "off.")]),
        iv("c2", "2026-10-19", conf="j3 p1 p2 g2 g3",
           new=[new("n2", "gain", "A fair way to charge clients who send records late")],
           quotes=[("p2", "Receipts come on WhatsApp, P60s by post and the rest by email. I "
                          "keep a folder per client and it's still a mess."),
                   ("g3", "I worked nine weekends in a row last winter."),
                   ("n2", "We talked about a late fee. The partners are scared clients will "
                          "walk.")]),
        iv("c3", "2026-10-28", conf="j2 p2 p3 g2 n1", contra="p4",
           quotes=[("g2", "I want one screen that says who still owes me what."),
                   ("p4", "They know it's their fault. Nobody has ever blamed us for a "
                          "penalty."),
                   ("n1", "Half the statements are screenshots. We re-key them by hand.")]),
        iv("c4", "2026-11-06", conf="j1 j4 p1 g1 n2",
           quotes=[("j4", "You can't nag a client who's been with you twenty years. You ask "
                          "nicely, again."),
                   ("g1", "If I had most of them by Christmas, January would be a normal "
                          "month."),
                   ("n2", "I'd charge for late records if I knew how to say it.")]),
    ],
    persona=persona(
        "t", "Helen Price", "51", "Cheltenham",
        "partner in a five-person accountancy practice, 350 self-assessment clients",
        "If I had most of them by Christmas, January would be a normal month.",
        "Knows most clients by name. Every January the team works weekends because a third of "
        "the records arrive late, in pieces, through four different channels."),
    answers={
        "02-why-this-segment":
            "Practices with 2-10 staff and a big self-assessment book: a third of clients send "
            "records in the last fortnight, so the whole team loses its weekends, and they "
            "already spend hours a week chasing. The partner decides alone. Sole bookkeepers "
            "with under 50 clients are left aside: they phone their clients and the chasing is "
            "an hour a week, not a crisis.",
        "03-compare-segments":
            "Both want records early. Small practices suffer from volume: hundreds of clients, "
            "several people chasing, records in four channels. Sole bookkeepers know every "
            "client and have little volume, so their pain is mild and they would not pay for "
            "a tool. Different strength of the same pain: separate segments.",
        "05-what-next":
            "Carry on for one more round, then stop. New items per interview were 1, 1, 0 and 0. "
            "Late records (p1) came up in 3 of 4 interviews, records in many channels and "
            "repeated chasing in 2 each. Two new items were heard twice: screenshots of bank "
            "statements and how to charge a late fee. Next round: four more practices, with "
            "questions on both new items.",
        "06-review-plan":
            "We will review the canvas in early February, right after the deadline, and after "
            "each round of interviews. We will look at the evidence, the ranking of the pains, "
            "and whether the late-fee gain belongs in the profile. If bigger practices (10+) "
            "turn out to have the same pains, we widen the segment and update the persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, municipal services, non-native English (Polish learner): residents' repair reports.
CASES.append(case(
    "gmina-repair-reports", quality="good", kind="business",
    notes="non-native English (Polish learner); public-sector buyer; payer and users named",
    learner="Jan Kowalczyk",
    offering="A simple reporting service for small municipalities: residents report a broken "
             "street lamp or a pothole with a photo, the report goes to the right person, and "
             "the resident is told when it is repaired.",
    pattern="niche",
    segments=[
        seg("t", "Public works departments of municipalities with 5,000-30,000 inhabitants",
            "business", True,
            reason="They get reports by phone, email and Facebook, keep them in a notebook or "
                   "Excel, and lose them when one person is on holiday. Big cities already "
                   "have a system; these gminas have nothing and the head of department can "
                   "decide small purchases.",
            size=1400,
            context="The normal working day in the municipal office, and the council sessions "
                    "where the department must report what was repaired.",
            payer="the municipality, from the budget approved by the council",
            user="the clerk who takes the reports and the head of public works",
            notes="Size: in Poland about 2,100 gminas have 5,000-30,000 inhabitants (GUS); I "
                  "take two thirds, the ones without any system. Rough.",
            firmo=["municipality (gmina) of 5,000-30,000 inhabitants",
                   "public works team of 3-15 people",
                   "head of public works proposes purchases, mayor signs"],
            geo=["Poland, first the Masovian region"],
            beh=["receives reports by phone, email and Facebook",
                 "keeps open repairs in a notebook or Excel"],
            jobs=[
                J("j1", "Fix reported problems before they become a danger or a complaint to "
                        "the mayor", "functional", "very important", ev="v"),
                J("j2", "Know where all open repairs are, in one list", "functional",
                  "important", ev="v"),
                J("j3", "Show the council and the residents that the department works",
                  "social", "important", ev="v"),
                J("j4", "Not be the person everybody shouts at on the municipality's Facebook "
                        "page", "emotional", "less important", notes="Contradicted once."),
            ],
            pains=[
                P("p2", "Reports are lost when the clerk who took the call is on holiday",
                  "extreme", ev="v", addr=True),
                P("p1", "The same pothole is reported five times by different channels and "
                        "nobody knows it is the same", "severe", ev="v", addr=True),
                P("p3", "Residents complain on Facebook that nothing happens, also when the "
                        "repair is already planned", "severe", ev="v", addr=True),
                P("p4", "The contractor for street lamps does not say when the lamp is fixed",
                  "moderate", addr=False, notes="Contradicted by Agnieszka: the energy company "
                  "sends a message."),
            ],
            gains=[
                G("g1", "Every report has a person responsible and a date", "required",
                  "essential", ev="v", addr=True),
                G("g2", "Residents hear back when the repair is done, without extra calls",
                  "desired", "important", ev="v", addr=True),
                G("g5", "See on a map which streets get most reports, to plan next year's "
                        "budget", "desired", "important", ev="v", addr=False, origin="n1"),
                G("g3", "One yearly number of repairs for the council report", "desired",
                  "important", addr=True),
                G("g4", "Fewer angry posts on Facebook", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("n", "Cities with more than 300,000 inhabitants", "business", False,
            reason="They have their own call centre and reporting system (like 19115 in "
                   "Warsaw), and every purchase is a public tender of one year.",
            firmo=["city with 300,000+ inhabitants", "own IT department",
                   "buys through public tenders"],
            geo=["big cities in Poland"]),
    ],
    plan=plan(
        "t",
        goal="Understand how small municipalities receive and follow reports about broken "
             "street infrastructure, and what goes wrong on the way.",
        focus="The way of one report, from the resident's call to the repair. Listen also for "
              "problems I do not expect: budget, contractors, politics, staff.",
        contacts=[
            contact("c1", "Marek", "Head of public works in a gmina of 12,000 near Radom.",
                    "Friend of my father, he introduces me by phone.", "done"),
            contact("c2", "Agnieszka", "Clerk in the secretariat of a gmina of 8,000; she takes "
                    "the phone reports.", "I call the office and ask for 20 minutes.", "done"),
            contact("c3", "Tomasz", "Deputy mayor of a gmina of 25,000, responsible for roads.",
                    "Regional conference of municipalities in October.", "done"),
            contact("c4", "Ewa", "Head of infrastructure department in a town of 18,000.",
                    "LinkedIn message.", "done"),
        ],
        questions=[
            "Can I write notes during our conversation? I will not use your name.",
            "Please tell me about the last report of a pothole or broken lamp. How it came to "
            "you, and what happened after?",
            "How do you keep the list of open repairs today?",
            "What happened the last time a report was lost or forgotten?",
            "How many reports did you receive last month, more or less, and from which "
            "channels?",
            "What did you try before to organise this, for example Excel or a form on the "
            "website?",
            "How do residents know that the repair is done?",
            "Who else should I talk with?",
            "Is there something I should ask and I did not ask?",
        ]),
    interviews=[
        iv("c1", "2026-10-05", conf="j1 j2 p1 p2 g1",
           new=[new("n1", "gain", "See on a map which streets get most reports, to plan the "
                    "budget")],
           quotes=[("p1", "This hole on Kościelna street, I got it by phone, by email and from "
                          "the priest. Same hole."),
                   ("p2", "When Basia was on holiday two weeks, nobody knew what people called "
                          "about."),
                   ("n1", "I would like to see where are the most complaints, for the budget "
                          "in autumn.")]),
        iv("c2", "2026-10-12", conf="j2 p2 p3 g2", contra="p4",
           quotes=[("p2", "I write it in a notebook. If I am sick, the notebook is sick too."),
                   ("p3", "People write on Facebook 'nobody cares' and the crew is already "
                          "there fixing it."),
                   ("p4", "For the lamps, the energy company sends us a message when it is "
                          "repaired. That works.")]),
        iv("c3", "2026-10-26", conf="j1 j3 p1 p3 g1 g3 n1",
           quotes=[("j3", "Every session the councillors ask me how many repairs. I count from "
                          "the papers."),
                   ("g3", "One number for the year report, that would already help."),
                   ("n1", "A map of complaints, yes, for the budget this is gold.")]),
        iv("c4", "2026-11-16", conf="j1 j3 p1 g1 g2", contra="j4",
           quotes=[("j1", "If a child falls in a hole, it is my name in the newspaper."),
                   ("g2", "People just want to hear 'done, thank you'. Now nobody tells them."),
                   ("j4", "Facebook I do not read. My wife reads it for me.")]),
    ],
    persona=persona(
        "t", "Krzysztof Nowak", "52", "gmina of 14,000 inhabitants near Radom",
        "head of the public works department, team of 7",
        "If a child falls in a hole, it is my name in the newspaper.",
        "Gets reports from the clerk, from the mayor and from the priest after Sunday mass. "
        "Keeps the list in Excel and counts repairs by hand before every council session."),
    answers={
        "02-why-this-segment":
            "I choose public works of small gminas because they receive reports from many "
            "channels and have only a notebook or Excel, so reports get lost and the same hole "
            "comes five times. The head of department can propose a small purchase and I can "
            "meet them at regional conferences. Big cities I leave: they have a system like "
            "19115 and buy only with long tenders.",
        "03-compare-segments":
            "Small gminas and big cities have the same job, to repair and to show the council "
            "it was repaired. But cities already have a call centre and IT, their pain is "
            "integration; small gminas lose the reports themselves. Different pains and a very "
            "different way to buy, so two segments.",
        "05-what-next":
            "Stop this round and go to the next question. New items per interview were 1, 0, 0 "
            "and 0: answers are predictable. 'Fix before it is a danger' was confirmed in 3 of 4 "
            "and 'same pothole five times' in 3 of 4. The map of complaints was new in the first "
            "interview and heard again once, so it is in the profile now. The lamp contractor "
            "pain was contradicted once: I keep it as a hypothesis.",
        "06-review-plan":
            "I review the canvas after each round and in September, before the gminas prepare "
            "next year's budget. I look at the evidence, at the rank of the pains, and if the "
            "map gain goes to the top. If clerks and heads of department want different things "
            "I make two personas; if bigger towns of 30-50,000 look the same, I widen the "
            "segment.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, childcare: nanny sharing between two families in Berlin.
CASES.append(case(
    "nanny-share-berlin", quality="good", kind="multi-sided",
    notes="two interdependent targeted sides (parents, nannies); interviews on the parents' side",
    learner="Lena Vogt",
    offering="A matching service that pairs two nearby families to share one nanny, with a "
             "ready contract and the monthly pay split between the families.",
    pattern="multi-sided",
    segments=[
        seg("t", "Parents of babies 6-18 months in Berlin returning to work without a Kita "
                 "place", "consumer", True,
            reason="They have a fixed return-to-work date, no Kita place before age two, and a "
                   "private nanny costs nearly a whole salary. They are the side that pays and "
                   "they meet in baby groups and Kita info evenings.",
            size=9000,
            context="The months before parental leave ends, while waiting for a Kita answer.",
            payer="the two families, each paying half of the nanny's wage",
            user="the babies, cared for by the nanny; the parents book and brief her",
            notes="Size: about 38,000 births a year in Berlin; the Senate says roughly a quarter "
                  "of children under two lack the Kita place they asked for.",
            demo=["parents aged 30-42", "baby aged 6-18 months",
                  "both parents work, one returning from parental leave"],
            geo=["inner Berlin districts (Pankow, Friedrichshain, Neukölln)"],
            beh=["applied to several Kitas without a place yet",
                 "asked in baby groups about nannies"],
            jobs=[
                J("j1", "Find reliable full-day care for the baby before going back to work",
                  "functional", "very important", ev="v"),
                J("j2", "Keep childcare costs within what one salary can carry", "basic need",
                  "very important", ev="v"),
                J("j3", "Feel that the baby is with someone who knows them well", "emotional",
                  "important", ev="v"),
                J("j4", "Go back to work without looking like the unreliable colleague",
                  "social", "important"),
            ],
            pains=[
                P("p1", "No Kita place before age two, despite applying to many Kitas",
                  "extreme", ev="v", addr=True),
                P("p2", "A full-time nanny costs nearly one parent's whole net salary",
                  "extreme", ev="v", addr=True),
                P("p3", "Finding another family to share a nanny with is down to luck and "
                        "friends", "severe", ev="v", addr=True),
                P("p5", "Parental pay ends on a fixed date, so a late care start means a month "
                        "without income", "severe", ev="v", addr=False, origin="n1"),
                P("p4", "Worry about the legal side of employing a nanny: contract, insurance, "
                        "tax", "moderate", addr=True,
                  notes="One for, one against (Felix did it in an afternoon)."),
            ],
            gains=[
                G("g1", "Care that starts on the agreed date", "required", "essential", ev="v",
                  addr=False),
                G("g2", "Care costs cut to about half of a private nanny", "desired",
                  "essential", ev="v", addr=True),
                G("g3", "The other family nearby as a back-up and company for the child",
                  "unexpected", "important", addr=True),
                G("g4", "Contract and payroll sorted without studying the law", "desired",
                  "nice to have", addr=True),
            ]),
        seg("s", "Experienced nannies in Berlin looking for full-day work", "consumer", True,
            reason="Without nannies there is nothing to share: they are the other side. A "
                   "share gives them one steady wage instead of hourly babysitting.",
            size=2500,
            context="Looking for the next job when a family's child starts at Kita.",
            payer="nobody on this side: the nannies are paid by the families",
            user="the nannies themselves",
            demo=["25-55 years old", "2+ years of experience with under-3s"],
            geo=["lives in or near inner Berlin"],
            beh=["works for one family now, or does hourly babysitting"],
            jobs=[
                J("sj1", "Work full days with one steady income, not hourly babysitting",
                  "functional", "very important"),
                J("sj2", "Care for children in a small group without the noise of a Kita",
                  "emotional", "important"),
                J("sj3", "Build references from families for the next job", "social",
                  "less important"),
            ],
            pains=[
                P("sp1", "Families end the job suddenly when a Kita place comes through",
                  "extreme"),
                P("sp2", "Paid in cash with no insurance or pension", "severe"),
                P("sp3", "Long trips between two families' flats", "moderate"),
            ],
            gains=[
                G("sg1", "A written contract with a notice period", "required", "essential"),
                G("sg2", "Both families pay on the same day", "expected", "important"),
                G("sg3", "Work within 20 minutes of home", "desired", "nice to have"),
            ]),
        seg("n", "Parents who already have a Kita place", "consumer", False,
            reason="A Kita place is subsidised and almost free in Berlin: no reason to pay for "
                   "a nanny except for sick days.",
            demo=["parents of children 1-3"], geo=["Berlin"],
            beh=["child already attends a Kita"]),
    ],
    plan=plan(
        "t",
        goal="Learn how parents without a Kita place arrange care for going back to work, what "
             "they have tried, and what it costs them.",
        focus="The months before going back to work, from the parents' side. Listen for "
              "anything that makes it hard, which may not be cost: dates, trust, paperwork.",
        contacts=[
            contact("c1", "Jana", "34, product manager, baby of 9 months, Prenzlauer Berg; back "
                    "to work in February, on Kita waiting lists.", "My sister's baby class.",
                    "done"),
            contact("c2", "Felix", "38, father on parental leave, daughter of 11 months, "
                    "Friedrichshain.", "Facebook group 'Nanny Sharing Berlin'.", "done"),
            contact("c3", "Aylin", "31, nurse, son of 7 months, Neukölln; early shifts.",
                    "Kita info evening at the district youth office.", "done"),
            contact("c4", "Sophie", "36, twins of 10 months, Pankow; she and her partner both "
                    "work full time.", "Friend of a friend, introduced on Signal.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? I'll keep your names out of it.",
            "Tell me how you have been looking for childcare so far. What did you do first?",
            "What happened with your Kita applications?",
            "What options have you looked at besides a Kita, and what did you find out about "
            "each?",
            "How much are you planning to spend on care each month, and how did you arrive at "
            "that?",
            "Tell me about a time a friend or relative looked after the baby. What made it work "
            "or not?",
            "What worries you most about someone new looking after your child?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-02", conf="j1 j3 p1 p3 g1",
           new=[new("n1", "pain", "Parental pay ends on a fixed date, so a care start that "
                    "slips means unpaid weeks")],
           quotes=[("p1", "Nineteen Kitas. Two answered, both said maybe in 2028."),
                   ("p3", "We found a share family once through a friend, then they moved to "
                          "Potsdam."),
                   ("n1", "My Elterngeld stops on the first of February. If care starts in "
                          "March, that's a month with no money.")]),
        iv("c2", "2026-10-10", conf="j2 p2 g2 g4", contra="p4",
           quotes=[("p2", "A nanny for one child is 2,400 a month. My wife earns 2,600 net."),
                   ("g2", "Half would work. Full price never."),
                   ("p4", "Paperwork I don't mind, I did it in an afternoon on the Minijob "
                          "website.")]),
        iv("c3", "2026-10-21", conf="j1 j2 p1 p2 g1 n1",
           new=[new("n2", "gain", "Care hours that cover early shifts, from 6:30")],
           quotes=[("j1", "I go back to the ward in January whether I have care or not."),
                   ("n2", "My shift starts at 6:30. No Kita opens before seven."),
                   ("n1", "The leave money ends in December. A late start costs me a month's "
                          "pay.")]),
        iv("c4", "2026-11-04", conf="j3 p1 p2 p3 p4 g2 g3 n1",
           quotes=[("g3", "If the other family is round the corner, we'd swap when someone is "
                          "sick."),
                   ("p4", "We read about the rules for employing a nanny for a week and gave "
                          "up."),
                   ("j3", "We want one person who knows the twins, not a rota of strangers.")]),
    ],
    persona=persona(
        "t", "Miriam Hoffmann", "35", "Prenzlauer Berg, Berlin",
        "UX researcher, back at work full time in February",
        "Nineteen Kitas. Two answered, both said maybe in 2028.",
        "Has a 10-month-old daughter and a return date she cannot move. A nanny on her own "
        "would cost almost her whole salary; sharing with a family nearby would not."),
    answers={
        "02-why-this-segment":
            "Parents of babies 6-18 months without a Kita place: their return date is fixed, "
            "there is no Kita place before age two, and a nanny alone costs almost a salary, so "
            "they feel the problem strongly and pay for it. They are easy to meet in baby groups "
            "and at Kita info evenings. Nannies are the other side we need. Parents with a Kita "
            "place we leave out: their care is subsidised.",
        "03-compare-segments":
            "Parents and nannies both want the arrangement to last. Parents worry about cost, "
            "start date and trust; nannies about losing the job when a Kita place comes and "
            "about being paid in cash without insurance. The contract with a notice period "
            "answers a nanny pain and a parent gain at once, so the two sides fit.",
        "05-what-next":
            "Carry on with parents for one more round, then start the nanny side. New items per "
            "interview were 1, 0, 1 and 0. No Kita place and the cost of a nanny came up in 3 of "
            "4 interviews each; the end of parental pay was new with Jana and heard again by "
            "Aylin and Sophie (3 of 4), so it is now a validated pain. The legal worry is split "
            "1 to 1 and stays a hypothesis.",
        "06-review-plan":
            "We review both canvases after each round of four interviews per side, and every "
            "spring when the Kita places for August are given out. We check the evidence, "
            "re-rank the pains and add new items. If early-shift parents like Aylin keep having "
            "different needs, we split them into a sub-segment with its own persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, repair: households with broken appliances and independent repairers.
CASES.append(case(
    "appliance-repair-booking", quality="good", kind="multi-sided",
    notes="two sides (households, repairers); interviews on the repairers' side",
    learner="Hannah Price",
    offering="A booking site where households describe an appliance fault with the model "
             "number and a photo and get a fixed-price visit from a local independent repairer.",
    pattern="multi-sided",
    segments=[
        seg("t", "Independent appliance repairers with 1-3 technicians", "business", True,
            reason="They lose hours to wasted trips and missed calls, and jobs spread across "
                   "town. Without them the households have nobody to book; they are the side "
                   "we must win first. They are listed on trade sites, so easy to find.",
            size=2100,
            context="A working day in the van: five or six visits, calls coming in between.",
            payer="the repairer, who would pay a fee per booked job",
            user="the repairer and their technicians",
            notes="Size: around 7,000 appliance repair businesses in the UK (trade directory "
                  "count); about 30% are 1-3 technicians in towns, a guess to check.",
            firmo=["domestic appliance repair, 1-3 technicians", "owner works on the jobs",
                   "jobs come from phone calls, trade sites and word of mouth"],
            geo=["Yorkshire towns and cities"],
            beh=["does 4-8 home visits a day", "charges a call-out fee"],
            jobs=[
                J("j1", "Fill the van's day with paid jobs close together", "functional",
                  "very important", ev="v"),
                J("j2", "Give a price before driving out without losing the job",
                  "functional", "very important", ev="v"),
                J("j3", "Be known locally as the honest repairer", "social", "important"),
                J("j4", "Stop spending evenings on calls and invoices", "emotional",
                  "less important"),
            ],
            pains=[
                P("p1", "Wasted trips: the customer describes the wrong fault and the part is "
                        "not in the van", "extreme", ev="v", addr=True),
                P("p2", "The phone rings all day during jobs, and missed calls are lost "
                        "customers", "severe", ev="v", addr=True),
                P("p3", "Customers refuse the call-out fee when the machine is not worth "
                        "repairing", "severe", ev="v", addr=True),
                P("p4", "Customers compare the repair with a cheap new machine online",
                  "moderate", addr=False, notes="Contradicted once by Kev."),
            ],
            gains=[
                G("g1", "Know the machine's model and the fault before driving out",
                  "expected", "essential", ev="v", addr=True),
                G("g2", "Four to six jobs a day in one part of town", "desired", "essential",
                  ev="v", addr=True),
                G("g3", "Paid on the spot, no chasing", "required", "important", addr=True),
                G("g4", "Repeat customers and good reviews", "desired", "nice to have",
                  addr=False),
            ]),
        seg("h", "Households with a broken washing machine or dishwasher under 8 years old",
            "consumer", True,
            reason="They are the side that brings the jobs: without them repairers have no "
                   "reason to join. Machines under 8 years are usually worth repairing.",
            size=400000,
            context="The day the machine stops, with a pile of laundry or dishes.",
            payer="the household pays the repairer for the visit and the repair",
            user="the household",
            demo=["families and couples, 28-60"], geo=["Yorkshire towns and cities"],
            beh=["machine out of manufacturer's warranty", "searches online for a repairer"],
            jobs=[
                J("hj1", "Get the machine working again this week", "functional",
                  "very important"),
                J("hj2", "Avoid throwing away a machine that could be fixed", "emotional",
                  "important"),
                J("hj3", "Not be ripped off by a stranger in the house", "emotional",
                  "important"),
            ],
            pains=[
                P("hp1", "Waiting a week or more for the manufacturer's engineer", "extreme"),
                P("hp2", "No idea whether a repair is worth it before paying a call-out fee",
                  "severe"),
                P("hp3", "Trips to the laundrette with small children", "moderate"),
            ],
            gains=[
                G("hg1", "A fixed price known before the visit", "required", "essential"),
                G("hg2", "A visit within two days", "expected", "important"),
                G("hg3", "Advice on whether to repair or replace", "unexpected",
                  "nice to have"),
            ]),
        seg("n", "Landlords with many rented flats", "business", False,
            reason="They already have a handyman or a maintenance contract and want monthly "
                   "invoices for many properties: a different job and a different sale.",
            firmo=["owns or manages 20+ flats"], geo=["Yorkshire"],
            beh=["uses a maintenance contractor"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small repairers fill their day today, where time and money are lost, "
             "and how jobs reach them.",
        focus="A repairer's working day from the first call to the last job. Listen for what "
              "costs them, which may not be finding jobs at all: parts, prices, staff.",
        contacts=[
            contact("c1", "Ahmed", "Runs a 2-technician repair business in Leeds.",
                    "He fixed my mum's washer last year; I phone him.", "done"),
            contact("c2", "Brian", "Works alone in Bradford, 30 years in the trade.",
                    "Listed on Checkatrade; I phoned and asked for 20 minutes.", "done"),
            contact("c3", "Nadia", "Does the office for her husband's 1-technician business in "
                    "Wakefield.", "Message to their Facebook business page.", "done"),
            contact("c4", "Kev", "Owner with 3 technicians in Harrogate, member of the trade "
                    "association.", "Email from the association's member list.", "done"),
        ],
        questions=[
            "Do you mind if I take notes while we talk?",
            "Walk me through yesterday: how many jobs, where, and how did they come in?",
            "Tell me about the last wasted trip. What happened?",
            "How do customers find you today: Checkatrade, Google, word of mouth?",
            "How do you decide the price before going out?",
            "What happened the last time a customer would not pay the call-out?",
            "How much time did you spend on the phone and on paperwork last week?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-06", conf="j1 j2 p1 p2 g1",
           new=[new("n1", "pain", "Parts for older machines take 3-5 days and the customer "
                    "cancels")],
           quotes=[("p1", "She said it was the pump. It was the door lock. I had no door lock "
                          "on the van."),
                   ("p2", "I miss maybe ten calls a day with my hands inside a machine."),
                   ("n1", "Bosch parts are next day. Anything older, three to five days, and "
                          "half of them cancel.")]),
        iv("c2", "2026-10-15", conf="j3 p3 g3 g4", contra="p2",
           quotes=[("j3", "Thirty years, and most of my work is people who used me before."),
                   ("p3", "If the machine's not worth it, I charge twenty quid and they moan."),
                   ("p2", "The wife does the phone. I never answer it on a job.")]),
        iv("c3", "2026-10-27", conf="j1 j2 p1 p3 g1 g2 n1",
           quotes=[("g2", "Five jobs in Ossett and he's home by four. Five jobs across "
                          "Wakefield and he's not."),
                   ("j2", "People want a price on the phone. He can't give one without seeing "
                          "it."),
                   ("n1", "We lose a job a week waiting for parts.")]),
        iv("c4", "2026-11-10", conf="j1 p1 p2 g1 g2", contra="p4",
           new=[new("n2", "job", "Train a new technician without losing a week of jobs")],
           quotes=[("g1", "Give me the model number and a photo and I'll bring the right part "
                          "nine times out of ten."),
                   ("p4", "The ones who want a new machine don't ring me. The ones who ring me "
                          "want it fixed."),
                   ("n2", "Training a new lad costs me a week of my own jobs.")]),
    ],
    persona=persona(
        "t", "Imran Hussain", "44", "Leeds",
        "runs an appliance-repair business with one other technician",
        "Give me the model number and a photo and I'll bring the right part nine times out of "
        "ten.",
        "Six visits on a good day, spread across the city. Takes calls with his hands inside a "
        "machine and loses a job a week waiting for parts."),
    answers={
        "02-why-this-segment":
            "Small independent repairers first: they lose hours on wasted trips and missed "
            "calls, and without them households would have nobody to book. They are listed on "
            "Checkatrade and in the trade association, so we can reach them this week. "
            "Households with machines under 8 years are the other side. Landlords we leave out: "
            "they have maintenance contracts and need monthly invoicing.",
        "03-compare-segments":
            "The two sides want the same visit to go well but for different reasons. Repairers "
            "want the right part in the van and jobs close together; households want a price "
            "before the visit and a quick date. A booking with the model number and a photo "
            "helps both, so the sides fit, but each needs its own promise.",
        "05-what-next":
            "Carry on, then interview households. The four repairer interviews added 1, 0, 0 and "
            "1 new items. Wasted trips came up in 3 of 4 and knowing the model and fault in "
            "advance in 3 of 4; "
            "missed calls was confirmed twice and contradicted once (Brian's wife answers). "
            "Parts delays for old machines came up twice: we add a question on parts. Next "
            "round: four households who had a machine break this autumn.",
        "06-review-plan":
            "We review both canvases after each round of four interviews per side, and before "
            "we fix the fee per job. We look at the evidence and the ranking, and add the new "
            "items. If one-man repairers and firms with staff keep telling different stories, "
            "we split the repairer side and draw a second persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, second-hand fashion: outgrown children's clothes sold as size bundles.
CASES.append(case(
    "kids-clothes-bundles", quality="good", kind="multi-sided",
    notes="two sides (selling and buying parents); interviews on the sellers' side",
    learner="Théo Girard",
    offering="Collection bags at nurseries: parents drop outgrown children's clothes, the "
             "service sorts them into size bundles, sells them online to other parents and "
             "pays the sellers.",
    pattern="multi-sided",
    segments=[
        seg("t", "Parents in Lyon with children under 4 who clear outgrown clothes",
            "consumer", True,
            reason="Their children outgrow clothes every few months, their flats are small, "
                   "and selling piece by piece takes evenings for a few euros. They are the "
                   "supply side, and nurseries gather them every morning.",
            size=30000,
            context="Every change of season, when the drawers no longer close.",
            payer="nobody on this side pays: the sellers get paid",
            user="the selling parents",
            notes="Size: about 60,000 children under 4 in the Lyon metropolis (INSEE); I guess "
                  "half the families clear clothes at least twice a year.",
            demo=["parents aged 28-42", "one or more children under 4"],
            geo=["lives in a flat in Lyon or Villeurbanne"],
            beh=["child goes to a nursery or a childminder",
                 "has sold or given away children's clothes in the last year"],
            jobs=[
                J("j1", "Clear the outgrown clothes out of a small flat every few months",
                  "functional", "very important", ev="v"),
                J("j2", "Get some money back from clothes that were barely worn",
                  "functional", "important"),
                J("j3", "Feel that good clothes get a second life instead of the bin",
                  "emotional", "important"),
                J("j4", "Be seen as a thrifty, sensible parent", "social", "less important"),
            ],
            pains=[
                P("p1", "Listing items one by one online takes evenings and sells for 2-3 euros",
                  "severe", ev="v", addr=True),
                P("p2", "Bags of clothes pile up in the cellar or under the bed", "severe",
                  ev="v", addr=True),
                P("p5", "Sorting a pile of clothes by size and season takes a whole weekend",
                  "severe", ev="v", addr=True, origin="n1"),
                P("p3", "Buyers haggle, ask questions and then do not show up", "moderate",
                  addr=True),
                P("p4", "Charity bins feel like the clothes are wasted or shipped abroad",
                  "moderate", addr=False, notes="Julien contradicted it; nobody confirmed."),
            ],
            gains=[
                G("g1", "The clothes out of the flat in one go", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Some money back, even 20-30 euros a bag", "desired", "important",
                  ev="v", addr=True),
                G("g4", "No messages with strangers", "desired", "important", addr=True),
                G("g3", "Knowing the clothes went to another family", "unexpected",
                  "nice to have", addr=True),
            ]),
        seg("b", "Budget-conscious parents buying clothes for the next size", "consumer", True,
            reason="The buyers make the sellers' bags worth something: without them there is "
                   "no money to pay out. They already buy second-hand, piece by piece.",
            size=25000,
            context="Before a new season or after a growth spurt.",
            payer="the buying parents", user="their children, who wear the clothes",
            demo=["parents of children 0-6", "household income under 45k EUR"],
            geo=["Lyon metropolis"],
            beh=["buys children's clothes second-hand on Vinted or at flea markets"],
            jobs=[
                J("bj1", "Dress a fast-growing child for the next season without spending much",
                  "functional", "very important"),
                J("bj3", "Keep spare clothes at the nursery", "functional", "important"),
                J("bj2", "Avoid buying new fast fashion", "emotional", "less important"),
            ],
            pains=[
                P("bp1", "Buying single items online: postage costs more than the clothes",
                  "severe"),
                P("bp2", "Second-hand bundles arrive stained or in the wrong size", "severe"),
                P("bp3", "The second-hand rails in shops are already picked over", "moderate"),
            ],
            gains=[
                G("bg1", "A whole season's bundle in the right size", "required", "essential"),
                G("bg2", "Clean, checked clothes", "expected", "important"),
                G("bg3", "Under 40 euros for a season", "desired", "important"),
            ]),
        seg("n", "Vintage adult-fashion resellers", "consumer", False,
            reason="They want single branded pieces they can price high, not size bundles, "
                   "and they already sell well on Vinted.",
            demo=["20-35 years old"], geo=["Lyon"],
            beh=["sells 20+ items a month online", "buys at flea markets to resell"]),
    ],
    plan=plan(
        "t",
        goal="Learn what parents of young children do with outgrown clothes today, what it "
             "costs them in time, and what they get back.",
        focus="The moment the drawers are full. Listen for whatever makes clearing them hard, "
              "which may not be money at all: space, sorting, strangers, guilt.",
        contacts=[
            contact("c1", "Camille", "32, two children of 1 and 3, flat in Croix-Rousse.",
                    "Parents' WhatsApp group of my partner's nursery.", "done"),
            contact("c2", "Julien", "36, father of a 2-year-old, sells on Vinted.",
                    "Messaged him through one of his listings.", "done"),
            contact("c3", "Inès", "29, baby of 8 months, gets bags of clothes from family.",
                    "Baby-clothes swap at the town hall of the 7th arrondissement.", "done"),
            contact("c4", "Marion", "38, three children, flat in Villeurbanne.",
                    "Colleague of a friend, introduced by text.", "done"),
        ],
        questions=[
            "Is it all right if I take notes? I won't use your name.",
            "What did you do with the clothes your child grew out of last time?",
            "Tell me about the last time you sold something of your child's online. How did it "
            "go?",
            "How much did you get for it, and how long did it take you?",
            "Where are the outgrown clothes right now?",
            "What else have you tried: swaps, charity bins, giving to friends?",
            "What was the hardest part?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-05", conf="j1 p1 p2 g1 g2",
           new=[new("n1", "pain", "Sorting clothes by size and season takes a whole weekend")],
           quotes=[("p1", "I sold a coat for four euros after twelve messages."),
                   ("p2", "There are five IKEA bags in the cellar. Five."),
                   ("n1", "Just sorting them by size took me a Sunday.")]),
        iv("c2", "2026-10-12", conf="j2 p1 p3 g2", contra="p4",
           quotes=[("p3", "They ask for more photos, offer one euro less, then disappear."),
                   ("j2", "The shoes were worn three times. I want something back."),
                   ("p4", "The charity bin is fine, I don't mind where they go.")]),
        iv("c3", "2026-10-20", conf="j1 j3 p2 g1 g3 n1",
           quotes=[("j3", "My sister's baby clothes went to my daughter, now they should go to "
                          "someone else."),
                   ("g1", "Honestly I'd give them for free if someone came and took them."),
                   ("n1", "I have bags from three cousins, all sizes mixed.")]),
        iv("c4", "2026-11-03", conf="j1 p1 p2 g1 g4 n1",
           new=[new("n2", "gain", "Credit towards the next size up rather than cash")],
           quotes=[("g4", "I don't want to talk to anybody. I want it gone."),
                   ("p2", "The boys' room is a storage room now."),
                   ("n2", "Cash is nice but I'd take vouchers for the next size, that's what I "
                          "need anyway.")]),
    ],
    persona=persona(
        "t", "Claire Martin", "33", "Lyon, Croix-Rousse, third-floor flat",
        "nurse, mother of a 1- and a 3-year-old",
        "There are five IKEA bags in the cellar. Five.",
        "Clears the drawers every season. Tried selling online and gave up after a coat sold "
        "for four euros. Mostly wants the bags gone without talking to anyone."),
    answers={
        "02-why-this-segment":
            "Parents of under-4s in Lyon flats: their children outgrow clothes every few months, "
            "there is no space, and selling item by item brings a few euros for hours of "
            "messages. They gather at nurseries every morning, so they are easy to reach. Buying "
            "parents are the other side. We leave out vintage resellers, who want single "
            "branded pieces they can price high.",
        "03-compare-segments":
            "Sellers and buyers are often the same kind of parents, but the jobs differ: "
            "sellers want the clothes gone with no effort, buyers want a full season in the "
            "right size, cheap and clean. Sellers care little about the price they get; buyers "
            "care a lot. So the money has to work for buyers first.",
        "05-what-next":
            "Carry on, with sharper questions. New items per interview: 1, 0, 0, 1. Clearing the "
            "flat, the pile of bags and slow selling online each came up in 3 of 4 interviews, "
            "and sorting by size (new with Camille) in 3 of 4, so it is now a validated pain. "
            "Only one person cared about the charity bins and she contradicted our pain. Next: "
            "the voucher idea came once, so we ask about it, then interview four buyers.",
        "06-review-plan":
            "We review both canvases after each round of four interviews per side and at each "
            "change of season, when parents clear drawers. We update the evidence, re-rank the "
            "pains and add new items. If the buyers do not want bundles, we change the offer; "
            "if sellers only want the space back, the money gain drops in the ranking.",
    }))
