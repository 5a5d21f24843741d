"""Minimal workbooks: honest but thin. About the least that could pass a human reading: three
descriptors, three jobs, pains and gains, three contacts, five questions, three interviews,
short answers. Some have one real flaw, named in ``defects``."""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Consumer, elderly care / food: home-cooked lunches for older people living alone. No flaw.
CASES.append(case(
    "lunch-for-older-neighbours", quality="minimal", kind="consumer",
    notes="thin but sound; payer and user named",
    learner="Beth Carter",
    offering="Home-cooked lunch delivered three times a week to older people who live alone "
             "in our town.",
    pattern="niche",
    segments=[
        seg("t", "People over 75 in Harrogate who live alone and no longer cook every day",
            "consumer", True,
            reason="Cooking for one is tiring for them, so they skip proper meals, and their "
                   "families worry about it.",
            size=2000, context="Weekday lunchtimes at home.",
            payer="the older person, sometimes their children",
            user="the older person",
            demo=["over 75", "lives alone"], geo=["Harrogate"],
            jobs=[
                J("j1", "Eat a proper hot meal most days", "basic need", "very important",
                  ev="v"),
                J("j2", "Stay independent in their own home", "emotional", "very important"),
                J("j3", "Keep their children from worrying", "social", "important"),
            ],
            pains=[
                P("p1", "Cooking a whole meal for one person is tiring", "severe", ev="v",
                  addr=True),
                P("p2", "Ready meals from the shop all taste the same", "moderate", addr=True),
                P("p3", "Carrying shopping home is hard", "moderate", addr=False),
            ],
            gains=[
                G("g1", "A hot lunch without cooking", "required", "essential", ev="v",
                  addr=True),
                G("g2", "Someone friendly at the door", "unexpected", "important", addr=True),
                G("g3", "Food like they used to cook", "desired", "nice to have", addr=False),
            ]),
        seg("n", "Care home residents", "consumer", False,
            reason="The care home already cooks all their meals.",
            demo=["over 80"], geo=["Harrogate"], beh=["lives in a care home"]),
    ],
    plan=plan(
        "t", goal="Learn what older people living alone eat at lunchtime and why.",
        focus="Lunch on a normal weekday.",
        contacts=[
            contact("c1", "Mrs Patel", "79, lives alone since her husband died.",
                    "My neighbour's mother.", "done"),
            contact("c2", "Mr Dobson", "82, lives alone, goes to the church lunch club on "
                    "Thursdays.", "The church lunch club.", "done"),
            contact("c3", "Joan", "77, lives alone in a flat near the centre.",
                    "My gran's friend.", "done"),
        ],
        questions=[
            "What did you have for lunch yesterday?",
            "Tell me about the last time you cooked a full meal.",
            "How do you get your shopping home?",
            "What have you tried instead of cooking, like ready meals or a lunch club?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-14", conf="j1 p1 g1",
           quotes=[("p1", "By the time it's cooked I'm too tired to eat it."),
                   ("g1", "A hot dinner at one o'clock, that would be lovely.")]),
        iv("c2", "2026-10-16", conf="j1 p2 g2",
           quotes=[("p2", "The shop meals all taste of the same sauce."),
                   ("g2", "Thursday is the day I talk to people.")]),
        iv("c3", "2026-10-21", conf="p1 g1 j3",
           quotes=[("p1", "I make toast most days. It's easier."),
                   ("j3", "My son rings every evening to ask what I ate.")]),
    ],
    persona=persona(
        "t", "Dorothy", "80", "Harrogate", "retired shop assistant",
        "By the time it's cooked I'm too tired to eat it."),
    answers={
        "02-why-this-segment":
            "Older people living alone skip proper meals because cooking for one is tiring. "
            "Care homes already cook, so we leave them out.",
        "03-compare-segments":
            "People at home and in care homes both need a hot meal, but only the ones at home "
            "have to cook it themselves.",
        "05-what-next":
            "Carry on. Tiring cooking and wanting a hot lunch came up in 2 of 3 interviews. We "
            "will talk to three more people.",
        "06-review-plan":
            "We will look at the canvas after the next three interviews and change what was "
            "wrong.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, dentistry: sterilisation logs in small practices. Flaw: interview-not-done.
CASES.append(case(
    "sterilisation-logs", quality="minimal", kind="business",
    defects="interview-not-done",
    notes="Niamh was interviewed but her contact is still 'planned'",
    learner="Ciarán Walsh",
    offering="A tablet checklist for the daily sterilisation and autoclave logs in dental "
             "practices.",
    pattern="niche",
    segments=[
        seg("t", "Dental practices with 1-3 dentists that keep sterilisation logs on paper",
            "business", True,
            reason="Inspectors ask for complete logs and the paper forms get lost or are "
                   "filled in late.",
            size=600, context="The start and end of each clinic day.",
            payer="the practice owner", user="the dental nurses",
            firmo=["1-3 dentists", "paper logbook for the autoclave"], geo=["Cork"],
            jobs=[
                J("j1", "Run the autoclave checks every day", "functional", "very important",
                  ev="v"),
                J("j2", "Pass the inspection without remarks", "functional", "very important",
                  ev="v"),
                J("j3", "Feel sure nothing was missed", "emotional", "important"),
            ],
            pains=[
                P("p1", "Log sheets go missing before the inspection", "severe", ev="v",
                  addr=True),
                P("p2", "Nurses fill in the log at the end of the week from memory", "severe",
                  addr=True),
                P("p3", "New nurses do not know which tests to record", "moderate",
                  addr=False),
            ],
            gains=[
                G("g1", "A complete log ready for the inspector", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Less time on paperwork", "desired", "important", addr=True),
                G("g3", "A reminder when a test is due", "desired", "nice to have", addr=True),
            ]),
        seg("n", "Hospital dental departments", "business", False,
            reason="Their sterilisation is done by a central department with its own system.",
            firmo=["hospital"], geo=["Ireland"], beh=["central sterile services"]),
    ],
    plan=plan(
        "t", goal="Learn how small practices keep their sterilisation logs today.",
        focus="Daily sterilisation checks and the logbook.",
        contacts=[
            contact("c1", "Aoife", "Dental nurse in a 2-dentist practice in Cork.",
                    "My sister's friend.", "done"),
            contact("c2", "Dr Murphy", "Owner of a 1-dentist practice in Ballincollig.",
                    "He is my family's dentist.", "done"),
            contact("c3", "Niamh", "Practice manager of a 3-dentist practice in Cork city.",
                    "LinkedIn.", "planned"),
        ],
        questions=[
            "Walk me through the sterilisation checks on a normal morning.",
            "Where is the logbook kept, and who fills it in?",
            "Tell me about the last inspection. What did the inspector ask for?",
            "What happened the last time a log sheet was missing?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-06", conf="j1 p1 p2 g1",
           quotes=[("p2", "Honestly, some weeks I fill it in on Friday."),
                   ("p1", "We lost March. Just gone.")]),
        iv("c2", "2026-10-13", conf="j2 g1 g2",
           quotes=[("j2", "The inspector went through every page of the book."),
                   ("g2", "My nurse spends an hour a week on forms.")]),
        iv("c3", "2026-10-20", conf="j1 j2 p1",
           quotes=[("p1", "Before the inspection we found two sheets missing and panicked."),
                   ("j1", "The Bowie-Dick test is every morning, first thing.")]),
    ],
    persona=persona(
        "t", "Sinéad", "34", "Cork", "senior dental nurse",
        "Honestly, some weeks I fill it in on Friday."),
    answers={
        "02-why-this-segment":
            "Small practices keep the logs on paper and the sheets get lost before "
            "inspections. Hospitals have a central system, so they are not our target.",
        "03-compare-segments":
            "Small practices and hospitals both must log sterilisation, but in hospitals a "
            "central team does it.",
        "05-what-next":
            "Carry on. Lost log sheets came up in 2 of 3 interviews. We will talk to more "
            "practice managers.",
        "06-review-plan":
            "We review the canvas after each three interviews and before the first test in a "
            "practice.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, farming: soil tests for small market gardens. Flaw: one weak question.
CASES.append(case(
    "soil-tests-growers", quality="minimal", kind="business",
    defects="questions-weak",
    notes="one hypothetical question ('Would you pay...')",
    learner="Tom Hughes",
    offering="A soil test service for small vegetable growers, with a simple report on what "
             "to add to each bed.",
    pattern="niche",
    segments=[
        seg("t", "Market gardeners with under 5 hectares in Kent", "business", True,
            reason="They guess what the soil needs, and a bad crop hits a small farm hard.",
            size=400, context="Late winter, before the beds are prepared.",
            payer="the grower", user="the grower",
            firmo=["vegetable farm under 5 hectares"], geo=["Kent"],
            beh=["sells at farmers' markets or in veg boxes"],
            jobs=[
                J("j1", "Grow good crops on the same beds every year", "functional",
                  "very important", ev="v"),
                J("j2", "Spend less on fertiliser", "functional", "important"),
                J("j3", "Feel confident about what the soil needs", "emotional", "important"),
            ],
            pains=[
                P("p1", "Lab soil tests are slow and hard to read", "severe", ev="v",
                  addr=True),
                P("p2", "A bed gives a poor crop and they do not know why", "severe",
                  addr=True),
                P("p3", "Buys fertiliser 'just in case'", "moderate", addr=False),
            ],
            gains=[
                G("g1", "A clear list of what to add to each bed", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Results within a week", "expected", "important", addr=True),
                G("g3", "Lower fertiliser costs", "desired", "nice to have", addr=False),
            ]),
        seg("n", "Large arable farms", "business", False,
            reason="They already use agronomists and precision soil mapping.",
            firmo=["200+ hectares"], geo=["Kent"], beh=["employs an agronomist"]),
    ],
    plan=plan(
        "t", goal="Learn how small growers decide what their soil needs.",
        focus="Preparing the beds for the season.",
        contacts=[
            contact("c1", "Jenny", "Runs a 2-hectare market garden near Canterbury.",
                    "Her stall at the Saturday farmers' market.", "done"),
            contact("c2", "Sam", "1.5 hectares, organic veg boxes, near Faversham.",
                    "Kent growers' Facebook group.", "done"),
            contact("c3", "Mike", "4 hectares, sells to two restaurants.",
                    "Friend of my father.", "done"),
        ],
        questions=[
            "Tell me how you prepared your beds last spring.",
            "When did you last test your soil, and what did you do with the results?",
            "What happened the last time a bed gave a poor crop?",
            "How much did you spend on fertiliser last year?",
            "Would you pay 30 pounds for a soil test with a simple report?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-08", conf="j1 p1 g1",
           quotes=[("p1", "The lab sent me twelve numbers and no advice."),
                   ("g1", "Just tell me: this bed needs lime, that one needs compost.")]),
        iv("c2", "2026-10-15", conf="j1 p2 g2",
           new=[new("n1", "pain", "Worried about clubroot spreading between beds")],
           quotes=[("p2", "The brassica bed failed two years running. No idea why."),
                   ("n1", "If it's clubroot I lose that bed for years.")]),
        iv("c3", "2026-10-22", conf="p1 p3 g1",
           quotes=[("p3", "I put on more than I need, to be safe."),
                   ("g1", "A list per bed, that's what I'd want.")]),
    ],
    persona=persona(
        "t", "Jenny", "44", "near Canterbury", "market gardener, 2 hectares",
        "The lab sent me twelve numbers and no advice."),
    answers={
        "02-why-this-segment":
            "Small market gardeners guess what their soil needs, and a bad crop hurts them a "
            "lot. Big farms have agronomists already.",
        "03-compare-segments":
            "Both small and large farms need good soil, but large farms pay experts and small "
            "ones do it themselves.",
        "05-what-next":
            "Carry on. Hard-to-read lab results and wanting a clear list came up in 2 of 3 "
            "interviews each.",
        "06-review-plan":
            "I will look at the canvas again in February, before the growing season starts.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, pet care: midday dog walks by students. Flaw: persona on hypotheses only.
CASES.append(case(
    "midday-dog-walks", quality="minimal", kind="multi-sided",
    defects="persona-unfounded",
    notes="evidence never updated after the interviews; persona drawn from hypotheses without "
          "saying so",
    learner="Zoe Bennett",
    offering="A local service where dog owners who work in offices find students to walk "
             "their dog at midday.",
    pattern="multi-sided",
    segments=[
        seg("t", "Dog owners in Cardiff who work full days in an office", "consumer", True,
            reason="Their dog is alone for eight hours or more, and dog walkers are expensive "
                   "or fully booked.",
            size=8000, context="Office days, around midday.",
            payer="the dog owner", user="the dog owner (the dog gets the walk)",
            demo=["25-50 years old", "works full time in an office"], geo=["Cardiff"],
            jobs=[
                J("j1", "Make sure the dog is walked on office days", "functional",
                  "very important"),
                J("j2", "Not feel guilty about leaving the dog", "emotional", "important"),
                J("j3", "Be seen as a responsible owner by the neighbours", "social",
                  "less important"),
            ],
            pains=[
                P("p1", "The dog is alone all day", "extreme", addr=True),
                P("p2", "Dog walkers cost 15 pounds a walk", "severe", addr=True),
                P("p3", "Walkers cancel at short notice", "moderate", addr=False),
            ],
            gains=[
                G("g1", "A walk every office day", "required", "essential", addr=True),
                G("g2", "A cheaper price than a professional walker", "desired", "important",
                  addr=True),
                G("g3", "A photo from the walk", "desired", "nice to have", addr=True),
            ]),
        seg("s", "University students in Cardiff who like dogs", "consumer", True,
            reason="They are the walkers: without them there is no service. They want small "
                   "jobs between lectures.",
            size=5000, context="Free hours between lectures.",
            payer="nobody on this side: the owners pay the students",
            user="the students",
            demo=["18-25 years old", "university student"], geo=["Cardiff"],
            jobs=[
                J("sj1", "Earn some money between lectures", "functional", "very important"),
                J("sj2", "Spend time with dogs while away from home", "emotional",
                  "important"),
                J("sj3", "Be trusted by local people", "social", "less important"),
            ],
            pains=[
                P("sp1", "Part-time jobs need fixed shifts", "severe"),
                P("sp2", "Misses the family dog", "moderate"),
                P("sp3", "No references as a new walker", "moderate"),
            ],
            gains=[
                G("sg1", "Paid the same week", "required", "essential"),
                G("sg2", "Walks close to campus", "desired", "important"),
                G("sg3", "The same dogs every week", "desired", "nice to have"),
            ]),
        seg("n", "Owners who work from home", "consumer", False,
            reason="They walk the dog themselves at lunchtime.",
            demo=["remote workers"], geo=["Cardiff"], beh=["at home most days"]),
    ],
    plan=plan(
        "t", goal="Learn what dog owners do about their dog on office days.",
        focus="The dog on a working day.",
        contacts=[
            contact("c1", "Rhys", "32, works in an office in town, has a spaniel.",
                    "Friend from my running club.", "done"),
            contact("c2", "Megan", "41, office manager, two dogs.", "Dog park in Bute Park.",
                    "done"),
            contact("c3", "Owen", "28, civil servant, young labrador.", "My brother's "
                    "colleague.", "done"),
        ],
        questions=[
            "Tell me about your last office day. What did you arrange for the dog?",
            "How much did you spend on dog care last month?",
            "What happened the last time your walker cancelled?",
            "What have you tried so far for office days?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-11", conf="j1 p1 p2",
           quotes=[("p1", "He's on his own from eight till six. I hate it."),
                   ("p2", "Seventy-five pounds a week for a walker is too much.")]),
        iv("c2", "2026-10-18", conf="j1 j2 p3 g1",
           quotes=[("p3", "She cancelled twice last month, both times the night before."),
                   ("j2", "I feel awful when I'm stuck in meetings.")]),
        iv("c3", "2026-10-25", conf="p1 p2 g2",
           quotes=[("p1", "He chewed the sofa when he was alone all day."),
                   ("g2", "If a student did it for eight pounds I'd book every day.")]),
    ],
    persona=persona(
        "t", "Sophie", "34", "Cardiff", "marketing manager",
        "He's on his own from eight till six. I hate it.",
        "Works in an office four days a week and has a young spaniel who is alone all day."),
    answers={
        "02-why-this-segment":
            "Office workers with dogs, because the dog is alone all day and walkers are "
            "expensive. People working from home can walk the dog themselves.",
        "03-compare-segments":
            "Owners want a cheap, reliable walk; students want money and flexible hours. They "
            "need each other.",
        "05-what-next":
            "Carry on. The dog alone all day and the price of walkers came up in 2 of 3 "
            "interviews. Next we talk to students.",
        "06-review-plan":
            "We review the canvas after the student interviews.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, food / rural: market shopping delivered to villagers without a car.
# Flaw: one interview without a date.
CASES.append(case(
    "village-market-delivery", quality="minimal", kind="consumer",
    defects="interview-date",
    notes="the third interview has no date",
    learner="Harriet Lowe",
    offering="A weekly delivery of fresh food from the Saturday market in town to people in "
             "the villages around it who do not drive.",
    pattern="niche",
    segments=[
        seg("t", "Villagers around Ludlow who do not drive", "consumer", True,
            reason="The bus to town runs twice a day, so getting fresh food is a half-day trip "
                   "for them.",
            size=1500, context="Saturday, market day.",
            payer="the villager", user="the villager",
            demo=["60+ or unable to drive"], geo=["villages within 10 miles of Ludlow"],
            beh=["shops at the village shop during the week"],
            jobs=[
                J("j1", "Get fresh fruit, vegetables and meat every week", "basic need",
                  "very important", ev="v"),
                J("j2", "Not depend on neighbours for lifts", "emotional", "important",
                  ev="v"),
                J("j3", "Keep buying from the market traders they know", "social",
                  "less important"),
            ],
            pains=[
                P("p1", "The bus takes half a day for a short shop", "severe", ev="v",
                  addr=True),
                P("p2", "The village shop has little fresh food", "severe", addr=True),
                P("p3", "Heavy bags on the bus", "moderate", addr=True),
            ],
            gains=[
                G("g1", "Fresh food at the door every week", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Choose from the market traders they like", "desired", "important",
                  addr=False),
                G("g3", "A chat with the person who delivers", "unexpected", "nice to have",
                  addr=True),
            ]),
        seg("n", "Villagers who drive", "consumer", False,
            reason="They drive to the supermarket when they want.",
            demo=["drivers"], geo=["villages around Ludlow"], beh=["weekly supermarket shop"]),
    ],
    plan=plan(
        "t", goal="Learn how villagers without a car get their fresh food.",
        focus="The weekly food shop.",
        contacts=[
            contact("c1", "Mrs Jenkins", "84, no car, lives in a village 6 miles out.",
                    "My aunt's neighbour.", "done"),
            contact("c2", "Peter", "69, stopped driving after an eye problem.",
                    "The village hall coffee morning.", "done"),
            contact("c3", "Gwen", "74, never learned to drive.", "Village Facebook group.",
                    "done"),
        ],
        questions=[
            "Tell me about your last trip to get food. How did you get there?",
            "Where did you buy fruit and vegetables last week?",
            "What happened the last time you could not get to town?",
            "Who helps you with shopping today?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-10", conf="j1 p1 g1",
           quotes=[("p1", "The bus goes at ten and comes back at two. That's my Saturday."),
                   ("j1", "I like to see the vegetables before I buy them.")]),
        iv("c2", "2026-10-17", conf="j2 p2 g1",
           quotes=[("j2", "I don't like asking the neighbours every week."),
                   ("p2", "The shop has two sad apples and a lot of crisps.")]),
        iv("c3", "", conf="j1 j2 p1 p3",
           quotes=[("p3", "I can't carry more than two bags on the bus."),
                   ("j2", "My daughter offers, but she works.")]),
    ],
    persona=persona(
        "t", "Margaret", "78", "a village near Ludlow", "retired farmer's wife",
        "The bus goes at ten and comes back at two. That's my Saturday."),
    answers={
        "02-why-this-segment":
            "People in the villages who do not drive, because getting fresh food is a half-day "
            "trip by bus. People who drive can go to the supermarket.",
        "03-compare-segments":
            "Drivers and non-drivers live in the same villages, but only non-drivers have the "
            "problem of getting to town.",
        "05-what-next":
            "Carry on. Getting fresh food and not asking neighbours came up in 2 of 3 "
            "interviews. Three more interviews next.",
        "06-review-plan":
            "I will look at the canvas after each round of interviews.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, breweries, non-native English (German learner): keg tracking. No flaw.
CASES.append(case(
    "keg-tracking", quality="minimal", kind="business",
    notes="non-native English (German learner); thin but sound",
    learner="Jonas Becker",
    offering="A keg tracking service: each keg gets a QR code, the driver scans it at delivery "
             "and at pickup, and the brewery sees where all kegs are.",
    pattern="niche",
    segments=[
        seg("t", "Small craft breweries with 100-500 kegs that deliver to pubs themselves",
            "business", True,
            reason="They lose kegs every year because nobody knows which pub still has them, "
                   "and one keg costs about 90 euros.",
            size=350, context="The weekly delivery round and the monthly keg count.",
            payer="the brewery owner", user="the delivery driver and the owner",
            firmo=["craft brewery, 100-500 kegs", "own delivery van"], geo=["Bavaria"],
            jobs=[
                J("j1", "Get all empty kegs back from the pubs", "functional",
                  "very important", ev="v"),
                J("j2", "Know how many kegs there are for the next brew", "functional",
                  "important", ev="v"),
                J("j3", "Stay on good terms with the pub owners", "social", "important"),
            ],
            pains=[
                P("p1", "Every year 5-10% of kegs are lost", "severe", ev="v", addr=True),
                P("p2", "The driver writes the keg numbers on paper and the paper is lost",
                  "severe", addr=True),
                P("p3", "Pubs give kegs of one brewery back to another brewery", "moderate",
                  addr=False),
            ],
            gains=[
                G("g1", "Know at each moment in which pub each keg is", "desired",
                  "essential", ev="v", addr=True),
                G("g2", "Buy fewer new kegs every year", "desired", "important", addr=True),
                G("g3", "Remind the pub when a keg is there more than one month", "unexpected",
                  "nice to have", addr=True),
            ]),
        seg("n", "Big breweries", "business", False,
            reason="They use keg rental companies that already track the kegs.",
            firmo=["50,000+ hectolitres a year"], geo=["Germany"], beh=["rents kegs"]),
    ],
    plan=plan(
        "t", goal="Understand how small breweries get their kegs back today.",
        focus="The way of a keg from the brewery to the pub and back.",
        contacts=[
            contact("c1", "Franz", "Owner of a brewery with 250 kegs near Regensburg.",
                    "I did an internship there.", "done"),
            contact("c2", "Leni", "Drives the van for a brewery with 180 kegs in Munich.",
                    "Craft beer festival in Munich.", "done"),
            contact("c3", "Stefan", "Owner of a brewery with 400 kegs in Franconia.",
                    "Brewers' association newsletter, I wrote him.", "done"),
        ],
        questions=[
            "Can you tell me about the last keg count? How many kegs were missing?",
            "How does the driver note which kegs go to which pub?",
            "What happened the last time a pub did not give back a keg?",
            "How many new kegs did you buy this year?",
            "Who else I should talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-05", conf="j1 p1 g1",
           quotes=[("p1", "At the count in June, 22 kegs were missing. That is 2,000 euros."),
                   ("j1", "I drive around on Saturday to find my own kegs.")]),
        iv("c2", "2026-10-12", conf="j2 p2 g1",
           quotes=[("p2", "I write the numbers on the delivery note, and the note stays in the "
                          "pub."),
                   ("g1", "I want to look on the phone: keg 114, which pub?")]),
        iv("c3", "2026-10-19", conf="j1 j2 p1",
           quotes=[("p1", "Every year I buy maybe thirty new kegs only for the lost ones."),
                   ("j2", "Before a big brew I must know if I have enough kegs.")]),
    ],
    persona=persona(
        "t", "Markus", "45", "near Regensburg", "owner of a small brewery",
        "At the count in June, 22 kegs were missing. That is 2,000 euros."),
    answers={
        "02-why-this-segment":
            "Small breweries lose kegs every year because they have no system, and every keg "
            "costs a lot. Big breweries rent kegs with tracking already.",
        "03-compare-segments":
            "Small and big breweries both need kegs back, but the big ones pay a rental company "
            "for this.",
        "05-what-next":
            "Carry on. Lost kegs came up in 2 of 3 interviews, knowing the number of kegs also "
            "in 2 of 3. Next I talk with pub owners.",
        "06-review-plan":
            "I review the canvas after every three interviews and before the first test.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided (Spanish): private lessons by university students for secondary pupils.
# Flaw: items validated from a single mention.
CASES.append(case(
    "clases-particulares-zaragoza", quality="minimal", kind="multi-sided", language="es",
    defects="evidence-overclaimed",
    notes="Spanish; three items validated after one mention each",
    learner="Lucía Navarro",
    offering="Una web donde familias de Zaragoza encuentran universitarios para dar clases "
             "particulares a sus hijos de ESO.",
    pattern="multi-sided",
    segments=[
        seg("t", "Familias de Zaragoza con hijos en la ESO que suspenden alguna asignatura",
            "consumer", True,
            reason="Quieren ayuda barata y cerca de casa, y las academias son caras y de "
                   "grupos grandes.",
            size=6000, context="Las tardes de entre semana, antes de los exámenes.",
            payer="los padres", user="el hijo o la hija",
            demo=["padres de alumnos de 12-16 años"], geo=["Zaragoza"],
            beh=["ha pagado una academia o clases particulares"],
            jobs=[
                J("j1", "Que el hijo apruebe las asignaturas suspendidas", "functional",
                  "very important", ev="v"),
                J("j2", "Dejar de discutir por los deberes", "emotional", "important",
                  ev="v"),
                J("j3", "Encontrar a alguien de confianza", "emotional", "important"),
            ],
            pains=[
                P("p1", "Las academias cuestan más de 100 euros al mes", "severe", ev="v",
                  addr=True),
                P("p2", "En la academia hay diez alumnos por clase", "moderate", addr=True),
                P("p3", "No saben si un profesor particular es bueno", "moderate", addr=True),
            ],
            gains=[
                G("g1", "Aprobar en junio", "required", "essential", ev="v", addr=True),
                G("g2", "Clases en casa o cerca", "desired", "important", addr=True),
                G("g3", "Que el hijo vaya con ganas", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("u", "Universitarios de Zaragoza que buscan ingresos", "consumer", True,
            reason="Sin ellos no hay profesores: son el otro lado. Quieren ganar dinero con "
                   "horarios flexibles.",
            size=4000, context="Las tardes libres durante el curso.",
            payer="nadie en este lado: les pagan las familias", user="los universitarios",
            demo=["19-24 años", "estudiante universitario"], geo=["Zaragoza"],
            jobs=[
                J("uj1", "Ganar dinero sin horario fijo", "functional", "very important"),
                J("uj2", "Ganar experiencia para ser profesor", "social", "important"),
                J("uj3", "Sentirse útil", "emotional", "less important"),
            ],
            pains=[
                P("up1", "Los trabajos de camarero tienen horarios de noche", "severe"),
                P("up2", "No conocen a familias que busquen profesor", "severe"),
                P("up3", "Familias que cancelan el mismo día", "moderate"),
            ],
            gains=[
                G("ug1", "Cobrar cada semana", "required", "essential"),
                G("ug2", "Alumnos cerca de la universidad", "desired", "important"),
                G("ug3", "Un certificado de experiencia", "unexpected", "nice to have"),
            ]),
        seg("n", "Familias de alumnos de primaria", "consumer", False,
            reason="Suelen ayudar ellos mismos con los deberes y pagan poco.",
            demo=["padres de niños de 6-11 años"], geo=["Zaragoza"],
            beh=["ayudan con los deberes en casa"]),
    ],
    plan=plan(
        "t", goal="Entender cómo buscan hoy las familias ayuda para sus hijos de ESO.",
        focus="Los suspensos y las tardes de estudio.",
        contacts=[
            contact("c1", "Carmen", "Madre de un chico de 3º de ESO con matemáticas "
                    "suspendidas.", "Vecina de mi tía.", "done"),
            contact("c2", "Jorge", "Padre de una chica de 2º de ESO que va a una academia.",
                    "Grupo de WhatsApp del AMPA de un instituto.", "done"),
            contact("c3", "Pilar", "Madre de gemelos de 1º de ESO.", "Compañera de trabajo de "
                    "mi madre.", "done"),
        ],
        questions=[
            "Cuéntame qué pasó con las notas de la última evaluación.",
            "¿Qué habéis probado para ayudarle: academia, profesor particular, vosotros?",
            "¿Cuánto pagasteis el mes pasado por clases?",
            "¿Cómo encontrasteis al último profesor?",
            "¿Con quién más debería hablar?",
        ]),
    interviews=[
        iv("c1", "2026-10-15", conf="j1 p1 g1",
           quotes=[("p1", "La academia son 120 euros al mes por dos días."),
                   ("g1", "Si no aprueba en junio, repite.")]),
        iv("c2", "2026-10-22", conf="j1 j2 p2",
           quotes=[("j2", "Cada tarde acabamos gritando con las mates."),
                   ("p2", "En su grupo son once, el profesor no llega a todos.")]),
        iv("c3", "2026-10-29", conf="j1 g2 p3",
           quotes=[("p3", "Buscamos en internet y no sabíamos a quién creer."),
                   ("g2", "Con dos hijos, que venga a casa es lo mejor.")]),
    ],
    persona=persona(
        "t", "Marisa", "45", "Zaragoza, barrio de Delicias", "administrativa",
        "Cada tarde acabamos gritando con las mates."),
    answers={
        "02-why-this-segment":
            "Familias con hijos en la ESO que suspenden, porque buscan ayuda barata y cerca y "
            "las academias son caras. Las de primaria ayudan ellas mismas.",
        "03-compare-segments":
            "Las familias quieren aprobar y pagar poco; los universitarios quieren ganar dinero "
            "con horario flexible. Se necesitan unos a otros.",
        "05-what-next":
            "Seguir. Aprobar las suspendidas salió en las 3 entrevistas. Ahora hablaremos con "
            "universitarios.",
        "06-review-plan":
            "Revisaremos el lienzo después de hablar con los universitarios.",
    }))
