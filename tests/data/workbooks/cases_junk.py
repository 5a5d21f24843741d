"""Junk workbooks: they look filled in but say nothing. Each one uses a different kind of junk:
single letters, lorem ipsum, keyboard runs, one word repeated, 'test'/'tbd' placeholders,
clever plausible-length emptiness, text copied from the kit's worked examples, pasted
business jargon, placeholders with future dates, and Spanish filler."""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Consumer: single letters and "x" everywhere (a food truck).
CASES.append(case(
    "food-truck-letters", quality="junk", kind="consumer",
    defects="filler,segment-vague,no-reason,profile-thin,contacts-thin,questions-thin,"
            "interviews-thin,quotes-junk,persona-unfounded,answers-junk",
    notes="letters and 'x' in every field; the same three strings as jobs, pains and gains",
    learner="x",
    offering="food truck",
    pattern="niche",
    segments=[
        seg("t", "a", "consumer", True, reason="x", size=1, context="x", payer="x", user="x",
            demo=["a"], geo=["b"], beh=["c"],
            jobs=[J("j1", "aaa", "functional", "very important"),
                  J("j2", "bbb", "social", "important"),
                  J("j3", "ccc", "emotional", "less important")],
            pains=[P("p1", "aaa", "extreme"), P("p2", "bbb", "severe"),
                   P("p3", "ccc", "moderate")],
            gains=[G("g1", "aaa", "required", "essential"),
                   G("g2", "bbb", "expected", "important"),
                   G("g3", "ccc", "desired", "nice to have")]),
    ],
    plan=plan("t", goal="x", focus="x",
              contacts=[contact("c1", "a", "a", "a", "done"),
                        contact("c2", "b", "b", "b", "done"),
                        contact("c3", "c", "c", "c", "done")],
              questions=["hello", "Tell me.", "What?", "ok", "?"]),
    interviews=[
        iv("c1", "2026-11-02", conf="j1 p1 g1", quotes=[("j1", "z")]),
        iv("c2", "2026-11-02", conf="j2 p2", quotes=[("p2", "z")]),
        iv("c3", "2026-11-03", conf="g3", quotes=[("", "z")]),
    ],
    persona=persona("t", "a", "1", "b", "c", "z"),
    answers={"02-why-this-segment": "x", "03-compare-segments": "x", "05-what-next": "x",
             "06-review-plan": "x"}))

# ----------------------------------------------------------------------------------------------
# Business: lorem ipsum (bookkeeping software). Partial: no interviews, no persona.
CASES.append(case(
    "bookkeeping-lorem", quality="junk", kind="business",
    defects="filler,segment-vague,no-reason,profile-thin,contacts-thin,questions-thin,"
            "interviews-thin,answers-junk",
    notes="lorem ipsum throughout; partial: no interviews and no persona",
    learner="Lorem Ipsum",
    offering="Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    pattern="niche",
    segments=[
        seg("t", "Lorem ipsum dolor", "business", True,
            reason="Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
                   "tempor incididunt ut labore et dolore magna aliqua.",
            size=1000, context="Ut enim ad minim veniam.", payer="Lorem", user="Ipsum",
            firmo=["dolor sit amet", "consectetur adipiscing"], geo=["sed do eiusmod"],
            beh=["tempor incididunt"],
            jobs=[J("j1", "Lorem ipsum dolor sit amet", "functional", "very important"),
                  J("j2", "Consectetur adipiscing elit", "social", "important"),
                  J("j3", "Sed do eiusmod tempor", "emotional", "important")],
            pains=[P("p1", "Ut labore et dolore magna aliqua", "extreme"),
                   P("p2", "Quis nostrud exercitation ullamco", "severe"),
                   P("p3", "Duis aute irure dolor in reprehenderit", "moderate")],
            gains=[G("g1", "Excepteur sint occaecat cupidatat", "required", "essential"),
                   G("g2", "Sunt in culpa qui officia", "expected", "important"),
                   G("g3", "Deserunt mollit anim id est laborum", "desired", "nice to have")]),
        seg("n", "Ipsum lorem", "business", False, reason="Lorem ipsum.",
            firmo=["lorem"], geo=["ipsum"], beh=["dolor"]),
    ],
    plan=plan("t", goal="Lorem ipsum dolor sit amet.", focus="Consectetur adipiscing elit.",
              contacts=[contact("c1", "Lorem", "Lorem ipsum dolor", "Sit amet"),
                        contact("c2", "Ipsum", "Consectetur adipiscing", "Elit"),
                        contact("c3", "Dolor", "Sed do eiusmod", "Tempor")],
              questions=["Lorem ipsum dolor sit amet?", "Consectetur adipiscing elit?",
                         "Sed do eiusmod tempor incididunt?", "Ut labore et dolore magna?",
                         "Quis nostrud exercitation?"]),
    answers={"02-why-this-segment": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                    "sed do eiusmod tempor incididunt ut labore.",
             "03-compare-segments": "Ut enim ad minim veniam, quis nostrud exercitation "
                                    "ullamco laboris nisi ut aliquip ex ea commodo.",
             "05-what-next": "Duis aute irure dolor in reprehenderit in voluptate velit esse "
                             "cillum dolore eu fugiat nulla pariatur.",
             "06-review-plan": "Excepteur sint occaecat cupidatat non proident, sunt in culpa "
                               "qui officia deserunt mollit anim id est laborum."}))

# ----------------------------------------------------------------------------------------------
# Multi-sided: keyboard runs (party DJs marketplace); one contact interviewed three times.
CASES.append(case(
    "party-dj-keyboard", quality="junk", kind="multi-sided",
    defects="filler,segment-vague,no-reason,profile-thin,contacts-thin,questions-thin,"
            "interviews-thin,interviews-duplicate,quotes-junk,answers-junk",
    notes="keyboard runs in every field; the same contact interviewed three times; no persona",
    learner="asdf",
    offering="app for DJs and parties",
    pattern="multi-sided",
    segments=[
        seg("t", "asdf", "consumer", True, reason="asdfasdf", size=100,
            demo=["qwerty"], geo=["asdf"], beh=["zxcv"],
            jobs=[J("j1", "asdfgh", "functional", "very important"),
                  J("j2", "qwertyuiop", "functional", "important"),
                  J("j3", "zxcvbnm", "social", "important")],
            pains=[P("p1", "jkl;", "extreme"), P("p2", "asdasd", "severe"),
                   P("p3", "qweqwe", "moderate")],
            gains=[G("g1", "sdfsdf", "required", "essential"),
                   G("g2", "hjkl", "desired", "important"),
                   G("g3", "fghj", "desired", "nice to have")]),
        seg("d", "qwerty", "business", True, reason="qwertyqwerty", size=100,
            firmo=["asdf"], geo=["qwer"],
            jobs=[J("dj1", "wasd", "functional", "very important")],
            pains=[P("dp1", "uiop", "severe")],
            gains=[G("dg1", "vbnm", "desired", "important")]),
    ],
    plan=plan("t", goal="asdf asdf", focus="qwer",
              contacts=[contact("c1", "asd", "asdf", "asdf", "done"),
                        contact("c2", "sdf", "sdfg", "sdfg"),
                        contact("c3", "dfg", "dfgh", "dfgh")],
              questions=["asdf?", "qwerty?", "zxcv?", "asdfjkl?", "hjkl?"]),
    interviews=[
        iv("c1", "2026-10-20", conf="j1 p1", quotes=[("j1", "ok")]),
        iv("c1", "2026-10-21", conf="j2 g1", quotes=[("g1", "...")]),
        iv("c1", "2026-10-22", conf="p2", quotes=[("", "asdf")]),
    ],
    answers={"02-why-this-segment": "asdf asdf asdf", "03-compare-segments": "qwerty",
             "05-what-next": "asdfghjkl", "06-review-plan": "zxcvbnm"}))

# ----------------------------------------------------------------------------------------------
# Consumer: one word repeated (a gym); the same person as three contacts.
CASES.append(case(
    "gym-repeated-words", quality="junk", kind="consumer",
    defects="filler,segment-vague,no-reason,profile-thin,duplicates,contacts-thin,"
            "contacts-duplicate,questions-weak,questions-thin,interviews-thin,"
            "interviews-duplicate,quotes-junk,persona-unfounded,answers-junk",
    notes="'gym' and 'fitness' repeated everywhere; Mike planned three times and interviewed "
          "three times; reflections of one repeated word",
    learner="gym",
    offering="gym gym gym",
    pattern="mass market",
    segments=[
        seg("t", "gym gym gym", "consumer", True, reason="because because because",
            size=1000, context="gym", payer="gym", user="gym",
            demo=["fitness"], geo=["gym"], beh=["fitness fitness"], psy=["fit fit fit"],
            jobs=[J("j1", "gym gym gym", "functional", "very important"),
                  J("j2", "gym gym", "functional", "very important"),
                  J("j3", "fitness fitness", "emotional", "important")],
            pains=[P("p1", "gym gym gym", "extreme"), P("p2", "gym gym", "severe"),
                   P("p3", "gym", "moderate")],
            gains=[G("g1", "fitness fitness fitness", "required", "essential"),
                   G("g2", "fitness fitness", "desired", "important"),
                   G("g3", "fit", "desired", "nice to have")]),
        seg("n", "gym gym", "consumer", False, reason="because",
            demo=["gym"], geo=["gym"], beh=["gym"]),
    ],
    plan=plan("t", goal="gym gym gym", focus="gym gym",
              contacts=[contact("c1", "Mike", "gym", "gym", "done"),
                        contact("c2", "Mike", "gym gym", "gym", "done"),
                        contact("c3", "Mike", "gym gym gym", "gym", "done")],
              questions=["Do you like the gym?", "Would you join our gym?", "gym gym gym?",
                         "Why?", "Gym?"]),
    interviews=[
        iv("c1", "2026-10-05", conf="j1 p1 g1", quotes=[("j1", "gym gym")]),
        iv("c2", "2026-10-05", conf="j2 p2 g2", quotes=[("p2", "gym")]),
        iv("c3", "2026-10-06", conf="j3 g3", quotes=[("g3", "fitness fitness")]),
    ],
    persona=persona("t", "Gym", "gym", "gym", "gym", "gym gym", "gym gym gym gym"),
    answers={
        "02-why-this-segment": "good good good good good good good good good good good good",
        "03-compare-segments": "gym gym gym gym gym gym gym gym gym gym gym gym gym",
        "05-what-next": "fitness fitness fitness fitness fitness fitness fitness fitness "
                        "fitness fitness fitness fitness",
        "06-review-plan": "same same same same same same same same same same same same"}))

# ----------------------------------------------------------------------------------------------
# Business: "test", "tbd", "todo" placeholders (freight); future dates, nothing marked done,
# items validated without any confirmation.
CASES.append(case(
    "freight-test-placeholders", quality="junk", kind="business",
    defects="filler,segment-vague,no-reason,size-implausible,profile-thin,contacts-thin,"
            "questions-thin,interviews-thin,interview-date,interview-not-done,quotes-junk,"
            "evidence-overclaimed,persona-unfounded,answers-junk",
    notes="test/tbd/todo placeholders; interviews dated 2027 with contacts still planned; "
          "every item 'validated' although no interview confirmed anything",
    learner="test",
    offering="test",
    pattern="niche",
    segments=[
        seg("t", "test segment", "business", True, reason="tbd", size=123456789,
            context="tbd", payer="n/a", user="n/a",
            firmo=["test"], geo=["tbd"], beh=["n/a"],
            jobs=[J("j1", "test", "functional", "very important", ev="v"),
                  J("j2", "test job 2", "functional", "important", ev="v"),
                  J("j3", "todo", "social", "important", ev="v")],
            pains=[P("p1", "test pain", "extreme", ev="v"), P("p2", "tbd", "severe", ev="v"),
                   P("p3", "xxx", "moderate", ev="v")],
            gains=[G("g1", "test gain", "required", "essential", ev="v"),
                   G("g2", "todo", "desired", "important", ev="v"),
                   G("g3", "n/a", "desired", "nice to have", ev="v")]),
    ],
    plan=plan("t", goal="test", focus="tbd",
              contacts=[contact("c1", "test1", "tbd", "tbd"),
                        contact("c2", "test2", "tbd", "tbd"),
                        contact("c3", "test3", "tbd", "tbd")],
              questions=["test question 1", "test question 2", "test question 3",
                         "test question 4", "test question 5"]),
    interviews=[
        iv("c1", "2027-01-15", quotes=[("", "test")]),
        iv("c2", "2027-02-01", quotes=[("", "test")]),
        iv("c3", "2027-02-20", quotes=[("", "test 3")]),
    ],
    persona=persona("t", "Test Persona", "tbd", "tbd", "tbd", "test", "todo"),
    answers={"02-why-this-segment": "todo", "03-compare-segments": "tbd",
             "05-what-next": "test", "06-review-plan": "n/a"}))

# ----------------------------------------------------------------------------------------------
# Multi-sided, "clever" junk: plausible-length sentences that say nothing (a space-sharing
# platform); the same items pasted into both sides; one contact interviewed three times.
CASES.append(case(
    "space-platform-clever", quality="junk", kind="multi-sided",
    defects="filler,segment-vague,no-reason,profile-thin,duplicates,contacts-thin,"
            "questions-weak,questions-thin,interviews-thin,interviews-duplicate,quotes-junk,"
            "persona-unfounded,answers-junk",
    notes="clever junk: every field has a plausible sentence with no content; identical "
          "items on both sides; John interviewed three times",
    learner="Alex Morgan",
    offering="A platform that connects people and spaces.",
    pattern="multi-sided",
    segments=[
        seg("t", "People who need things", "consumer", True,
            reason="Because they are our customers.", size=1000000,
            context="When they need something.", payer="the customer", user="the user",
            demo=["adults"], geo=["everywhere"], beh=["use the internet"],
            psy=["want a better life"],
            jobs=[J("j1", "Get things done", "functional", "very important"),
                  J("j2", "Be happy", "emotional", "important"),
                  J("j3", "Save time", "functional", "important")],
            pains=[P("p1", "Things are hard", "severe"), P("p2", "Wasting time", "severe"),
                   P("p3", "Bad experience", "moderate")],
            gains=[G("g1", "Customers want good service", "expected", "essential"),
                   G("g2", "Better experience", "desired", "important"),
                   G("g3", "Save money", "desired", "important")]),
        seg("s", "Businesses that have space", "business", True,
            reason="They are important for the platform.", size=100000,
            context="When they have space.", payer="the business", user="the business",
            firmo=["companies"], geo=["worldwide"], beh=["have space"],
            jobs=[J("sj1", "Get things done", "functional", "very important"),
                  J("sj2", "Be happy", "emotional", "important"),
                  J("sj3", "Save time", "functional", "important")],
            pains=[P("sp1", "Things are hard", "severe"), P("sp2", "Wasting time", "severe"),
                   P("sp3", "Bad experience", "moderate")],
            gains=[G("sg1", "Customers want good service", "expected", "essential"),
                   G("sg2", "Better experience", "desired", "important"),
                   G("sg3", "Save money", "desired", "important")]),
    ],
    plan=plan("t", goal="Learn more about our customers and their needs.",
              focus="Customer needs and problems.",
              contacts=[contact("c1", "John", "He is a potential customer.", "Email.", "done"),
                        contact("c2", "Sarah", "Potential user.", "Phone."),
                        contact("c3", "Mike", "Fits the target group.", "LinkedIn.")],
              questions=["What do you think about our product?", "Would you buy it?",
                         "Do you like the idea?", "Tell me.", "What?"]),
    interviews=[
        iv("c1", "2026-10-12", conf="j1 j3 p2 g1", quotes=[("j1", "Yes.")]),
        iv("c1", "2026-10-19", conf="j2 p1 g2", quotes=[("g2", "Good idea.")]),
        iv("c1", "2026-10-26", conf="j1 p3 g3", quotes=[("", "I like it.")]),
    ],
    persona=persona("t", "Customer Carl", "30", "City", "Professional", "I like it.",
                    "A typical customer who wants good service and a better experience."),
    answers={
        "02-why-this-segment":
            "We chose this segment because they are our target customers and they have needs "
            "that our platform can meet.",
        "03-compare-segments":
            "Both segments have similar needs and both want a better experience, so the "
            "platform works for everyone.",
        "05-what-next":
            "We learned a lot from the interviews and will keep improving our product based on "
            "the feedback.",
        "06-review-plan":
            "We will review the canvas regularly and update it when needed to keep it up to "
            "date.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer: copied verbatim from the kit's worked examples (FreshBox, its converging log, the
# lessons' persona and sample answers), under a different idea.
CASES.append(case(
    "lunchbox-copied-freshbox", quality="junk", kind="consumer",
    defects="copied-example,interview-not-done,persona-unfounded",
    notes="segment, profile, plan and first three interviews copied from "
          "datasets/examples/freshbox.json and logs/converging.json (contacts still "
          "'planned' as in the example); persona from lesson 06; answers from the lessons' "
          "sample answers",
    learner="Sam Taylor",
    offering="Healthy lunch boxes delivered to offices.",
    pattern="niche",
    segments=[
        seg("t", "Busy urban professionals living alone or as a couple", "consumer", True,
            reason="They feel the weekday squeeze hardest: long days leave no time or energy to "
                   "cook, they already pay for takeaway about twice a week, and price is not "
                   "their first worry. In the practice survey this group scores 'no time' 4.6 "
                   "out of 5 (2.5 elsewhere), yet only 28 % of them buy a meal kit today.",
            size=58000,
            context="Weekday evenings, arriving home between 19:00 and 20:30 with no plan for "
                    "dinner. At weekends the same people eat out or cook for fun: a different "
                    "customer.",
            payer="the person, or the couple from a shared account",
            user="the same person or couple: they cook and eat the meals",
            notes="Size: the survey share that fits (424 of 2,500, about 17 %) applied to the "
                  "launch city's ~340,000 households. A first guess, to check against census "
                  "figures.",
            demo=["aged 25-44", "single or couple, no children at home",
                  "professional or manager working 45+ hours a week",
                  "household income above 50k EUR a year"],
            geo=["lives in a big city (500,000+ people), in a flat"],
            beh=["cooks at home on 2 evenings a week or fewer",
                 "orders takeaway or delivery 8+ times a month",
                 "buys groceries online or at a supermarket near home or work"],
            psy=["does not see cooking as a hobby", "guards time more closely than money"],
            jobs=[
                J("j1", "Eat a proper dinner on a weekday evening without spending more than 20 "
                        "minutes in the kitchen", "functional", "very important"),
                J("j2", "Eat reasonably well through a working week that leaves no room to "
                        "think about food", "basic need", "very important"),
                J("j3", "Decide what to have for dinner before hunger takes over", "functional",
                  "important"),
                J("j4", "Feel in control of their evenings instead of drifting into yet another "
                        "takeaway", "emotional", "important"),
                J("j5", "Come across as someone who has life in hand when a partner or friends "
                        "come over for dinner", "social", "less important"),
            ],
            pains=[
                P("p1", "Home after 19:30 too tired to shop or cook, so dinner ends up as "
                        "takeaway or toast", "extreme",
                  notes="Survey: 'no time' 4.6/5 in this group; about 9 takeaways a month."),
                P("p2", "Vegetables bought with good intentions go off in the fridge and are "
                        "thrown away", "severe",
                  notes="Survey: some food-waste pain in this group."),
                P("p3", "A run of takeaway evenings leaves them feeling sluggish and guilty "
                        "about what they eat", "severe"),
                P("p4", "Parcels that arrive while they are at work end up with a neighbour or "
                        "back at the depot", "moderate"),
                P("p5", "Working late or a dinner invitation upsets a plan made on Sunday, and "
                        "the food bought for it is wasted", "moderate"),
            ],
            gains=[
                G("g1", "Dinner on the table within 20-30 minutes of walking in the door",
                  "required", "essential"),
                G("g2", "No weekday decisions about what to eat or what to buy", "expected",
                  "essential",
                  notes="Survey: 'less planning' 4.3/5 here against 3.1 elsewhere."),
                G("g3", "Skip a night when work runs late without food going to waste",
                  "desired", "important"),
                G("g4", "Feel lighter and healthier by Friday than after a takeaway week",
                  "desired", "important"),
                G("g5", "Pick up a few dishes they can cook again without a recipe",
                  "unexpected", "nice to have"),
            ]),
        seg("n", "Budget-conscious students in shared flats", "consumer", False,
            reason="Money, not time, is their problem: food cost scores about 4.7 of 5 and "
                   "their weekly spend is the lowest in the survey, while 'no time' is low. A "
                   "premium kit is out of their reach.",
            size=41000, context="cooking in a shared kitchen, often with or for flatmates",
            payer="the student (sometimes from a parent's allowance)", user="the student",
            demo=["aged 19-28", "student, own income under 20k EUR a year"],
            geo=["big city or university town"],
            beh=["buys food at a discounter", "shares some groceries with flatmates"],
            psy=["watches every euro spent on food"]),
    ],
    plan=plan(
        "t",
        goal="Learn how busy city professionals actually decide on and get dinner on a weekday "
             "evening, what they spend on it, and where the evening goes wrong.",
        focus="Weekday dinners after a long working day: how they are decided, bought and "
              "eaten. Listen for whatever is hard about them, which may not be time at all "
              "(cost, waste, boredom, eating alone).",
        contacts=[
            contact("c1", "Marta", "34, management consultant, lives alone in a city-centre "
                    "flat, works 50+ hours a week and orders delivery most weeknights.",
                    "Former colleague: message on LinkedIn, meet for a coffee near her "
                    "office."),
            contact("c2", "Jonas", "31, software engineer living with his partner downtown; "
                    "both work long hours, cook about twice a week, and stopped a meal-kit "
                    "subscription last year.", "Friend of a friend: ask Sara to introduce us on "
                    "WhatsApp, then a video call."),
            contact("c3", "Dev", "41, hospital doctor on long shifts, single, rents a flat in "
                    "the city, buys groceries online.", "Member of my running club: ask him "
                    "after the Saturday run."),
            contact("c4", "Claire", "38, lawyer, lives with her partner in the city; both work "
                    "late and order takeaway three or four times a week.", "Replied to my note "
                    "in her building's residents' group: follow up by email."),
        ],
        questions=[
            "Tell me about the last weekday evening you got home from work. What happened with "
            "dinner?",
            "How did you decide what to eat on your last three weeknights?",
            "How much did you spend on takeaway and delivery last month?",
            "Walk me through what was left in your fridge at the end of last week and what "
            "happened to it.",
            "What have you tried to make weekday dinners easier, and why did you keep it up or "
            "stop?",
            "Tell me about a weeknight dinner in the last month that went well. What made it "
            "work?",
            "Walk me through how your last big grocery shop fitted into your week.",
            "Who else should I talk to about how they handle weekday dinners?",
        ]),
    interviews=[
        iv("c1", "2026-03-03", conf="j1 j3 p1 g1 g2",
           new=[new("n1", "pain", "Delivery fees, service charges and tips make a takeaway "
                    "cost far more than the price on the menu")],
           quotes=[("p1", "By the time I'm on the tram home the delivery app is already open. "
                          "It's not a decision, it's a reflex."),
                   ("g2", "The worst part is choosing. I'd eat almost anything if someone else "
                          "picked it."),
                   ("n1", "Last Thursday the pad thai was 14 euros and the bill came to 23.")],
           notes="Coffee near her office, 35 minutes. Walked me through last Tuesday to "
                 "Thursday."),
        iv("c2", "2026-03-05", conf="j1 p2 g3", contra="g5",
           new=[new("n2", "pain", "Meal-kit deliveries leave a pile of cardboard, ice packs "
                    "and small plastic bags every week")],
           quotes=[("n2", "We cancelled the kit because of the packaging. Every Tuesday the "
                          "hallway looked like a warehouse."),
                   ("p2", "Half a bag of spinach goes slimy every single week. We buy it, we "
                          "feel good, we throw it out."),
                   ("g5", "I don't want to become a cook. I want to have eaten.")],
           notes="Video call, 40 minutes. Cancelled a meal-kit subscription last autumn."),
        iv("c3", "2026-03-09", conf="j2 p1 p3 g1 n1",
           new=[new("n3", "job", "Take a home-cooked lunch to work the next day, made from the "
                    "dinner leftovers")],
           quotes=[("p1", "After a twelve-hour shift I'm not cooking. It's a kebab or cereal."),
                   ("p3", "Three takeaways in a row and I feel it on the ward the next day. "
                          "Heavy, slow."),
                   ("n3", "The canteen is grim, so if something is left from dinner it goes in "
                          "a box for tomorrow.")]),
    ],
    persona=persona(
        "t", "Lena Brandt", "32", "a third-floor flat without a lift, in the city centre",
        "nurse on rotating shifts; cycles 8 km each way, in all weathers",
        "When the bike is in the shop, my whole week falls apart."),
    answers={
        "02-why-this-segment":
            "Busy singles and couples in big cities: about a quarter of the survey, and they "
            "score the no-time pain at 4.3 out of 5 and want less planning, while cost worries "
            "them little. They already order takeaway often, so they pay to save time, and they "
            "are easy to reach online. Families feel the time pain less and worry more about "
            "cost and picky eaters, so we leave them for a later, cheaper offer; students cannot "
            "afford it, and retired people enjoy cooking.",
        "03-compare-segments":
            "Our target, busy big-city couples, and our neighbour, families with children, both "
            "want dinner sorted on weeknights, but the couples are short of time and not of "
            "money, while families watch the cost and struggle with picky eaters. Their pains "
            "are different, so we keep them as two segments: a premium box for the couples now, "
            "maybe a cheaper family box later.",
        "05-what-next":
            "Carry on, then stop: the last two interviews added no new items to the 11 we had, "
            "and the no-time pain came up in 7 of 8 interviews, so answers are becoming "
            "predictable. Before stopping we will run two more interviews with couples, because "
            "the surprise about parcels missed at work only came up with them. We move 'too "
            "tired to cook' to the top of the pains and strike 'learn new recipes', which every "
            "interview contradicted.",
        "06-review-plan":
            "We review both canvases, venues and full-time bartenders, every second Friday and "
            "after each round of five interviews per side. We update the evidence from the "
            "interview log, add new items, and re-rank the pains by how often and how strongly "
            "they came up. If a side stops converging, we look for a split and start a new "
            "canvas for the sub-segment. Before we build the booking feature, we check that "
            "'cancellations on busy nights' is still validated on both sides. Each review ends "
            "with a dated PNG in our shared folder.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, "clever" jargon (software for repair shops): generic items pasted into both
# segments, pitch questions, one person interviewed three times on future dates.
CASES.append(case(
    "repair-shop-jargon", quality="junk", kind="business",
    defects="filler,segment-vague,no-reason,profile-thin,duplicates,contacts-thin,"
            "questions-weak,interviews-thin,interviews-duplicate,interview-date,answers-junk",
    notes="business jargon with no content; same items in the targeted and the non-targeted "
          "segment; Mr Smith interviewed three times in 2027; no persona",
    learner="Chris Evans",
    offering="Smart software for repair shops.",
    pattern="niche",
    segments=[
        seg("t", "Businesses that want to grow", "business", True, reason="Target segment.",
            size=500000, context="Every day.", payer="the business", user="the business",
            firmo=["companies", "SMEs"], geo=["Europe"], psy=["innovative", "modern"],
            jobs=[J("j1", "Wants efficiency", "functional", "very important"),
                  J("j2", "Needs a better solution", "functional", "important"),
                  J("j3", "Grow the business", "functional", "important")],
            pains=[P("p1", "Processes are inefficient", "severe"),
                   P("p2", "Lack of digital tools", "severe"),
                   P("p3", "Too much manual work", "moderate")],
            gains=[G("g1", "Increased efficiency", "desired", "essential"),
                   G("g2", "Better customer experience", "desired", "important"),
                   G("g3", "More revenue", "desired", "important")]),
        seg("n", "Other businesses", "business", False, reason="Not our focus.",
            firmo=["companies"], geo=["Europe"], beh=["various"],
            jobs=[J("nj1", "Wants efficiency", "functional", "very important"),
                  J("nj2", "Needs a better solution", "functional", "important"),
                  J("nj3", "Grow the business", "functional", "important")],
            pains=[P("np1", "Processes are inefficient", "severe"),
                   P("np2", "Lack of digital tools", "severe"),
                   P("np3", "Too much manual work", "moderate")],
            gains=[G("ng1", "Increased efficiency", "desired", "essential"),
                   G("ng2", "Better customer experience", "desired", "important"),
                   G("ng3", "More revenue", "desired", "important")]),
    ],
    plan=plan("t", goal="Validate our product with potential customers.",
              focus="Pain points of businesses.",
              contacts=[contact("c1", "Mr Smith", "Business owner.", "Email.", "done"),
                        contact("c2", "Mrs Jones", "Manager.", "Phone."),
                        contact("c3", "Bob", "Repair shop.", "Visit.")],
              questions=["What are your main pain points?",
                         "How can we help your business grow?",
                         "Would you use a software that solves your problems?",
                         "What features do you want?", "How much would you pay for it?"]),
    interviews=[
        iv("c1", "2027-03-15", conf="j1 p1 g1",
           quotes=[("p1", "We need to be more efficient.")]),
        iv("c1", "2027-04-02", conf="j2 p2 g2",
           quotes=[("p2", "Digital tools would help.")]),
        iv("c1", "2027-05-20", conf="j3 p3 g3", quotes=[("", "Yes, definitely.")]),
    ],
    answers={
        "02-why-this-segment":
            "Our segment is businesses that want to grow, because growth is important for every "
            "business.",
        "03-compare-segments":
            "The segments are similar and have the same pain points, so our solution fits all "
            "of them.",
        "05-what-next":
            "The interviews confirmed our hypotheses, so the next step is to continue with the "
            "plan.",
        "06-review-plan":
            "We will review the canvas when necessary and make changes if something changes.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided: placeholder people and future dates (a tutoring marketplace).
CASES.append(case(
    "tutor-match-placeholders", quality="junk", kind="multi-sided",
    defects="filler,segment-vague,no-reason,profile-thin,contacts-thin,questions-thin,"
            "interviews-thin,interview-date,interview-not-done,quotes-junk,persona-unfounded,"
            "answers-junk",
    notes="contacts 'Person 1-3' who 'fit'; interviews dated 2027 while contacts are still "
          "planned; one-word items, quotes and answers; a persona with only a name",
    learner="student 12",
    offering="tutoring marketplace",
    pattern="multi-sided",
    segments=[
        seg("t", "Parents", "consumer", True, reason="x", size=100,
            demo=["parents"], geo=["city"],
            jobs=[J("j1", "help kid", "functional", "very important"),
                  J("j2", "grades", "functional", "important"),
                  J("j3", "money", "functional", "important")],
            pains=[P("p1", "time", "severe"), P("p2", "money", "severe"),
                   P("p3", "stress", "moderate")],
            gains=[G("g1", "grades", "required", "essential"),
                   G("g2", "cheap", "desired", "important"),
                   G("g3", "fun", "desired", "nice to have")]),
        seg("s", "Tutors", "consumer", True, reason="x", size=100,
            demo=["students"], geo=["city"],
            jobs=[J("sj1", "money", "functional", "very important")],
            pains=[P("sp1", "time", "severe")],
            gains=[G("sg1", "money", "required", "essential")]),
    ],
    plan=plan("t", goal="interviews", focus="parents",
              contacts=[contact("c1", "Person 1", "fits", "tbd"),
                        contact("c2", "Person 2", "fits", "tbd"),
                        contact("c3", "Person 3", "fits", "tbd")],
              questions=["How do you find tutors?", "What is hard?",
                         "Who else should I talk to?"]),
    interviews=[
        iv("c1", "2027-01-10", conf="j1 p1", quotes=[("j1", "z")]),
        iv("c2", "2027-01-11", conf="j2 g1", quotes=[("g1", "ok")]),
        iv("c3", "2027-01-12", conf="p2", quotes=[("p2", "yes")]),
    ],
    persona=persona("t", "Parent"),
    answers={"02-why-this-segment": "ok", "03-compare-segments": "same",
             "05-what-next": "idk", "06-review-plan": "later"}))

# ----------------------------------------------------------------------------------------------
# Multi-sided, Spanish filler (second-hand clothes): "prueba", "bla bla bla"; mass market with
# two interdependent sides; partial: no interviews, no persona.
CASES.append(case(
    "ropa-segunda-mano-prueba", quality="junk", kind="multi-sided", language="es",
    defects="filler,segment-vague,no-reason,pattern-mismatch,profile-thin,profile-unrated,"
            "contacts-thin,questions-weak,questions-thin,interviews-thin,answers-junk",
    notes="Spanish filler ('prueba', 'bla bla bla', 'no sé'); pattern 'mass market' for a "
          "two-sided marketplace; unrated items; partial: no interviews, no persona",
    learner="prueba",
    offering="app de ropa de segunda mano",
    pattern="mass market",
    segments=[
        seg("t", "Gente", "consumer", True, reason="porque sí", size=47000000,
            demo=["todos"], geo=["España"], beh=["compran ropa"],
            jobs=[J("j1", "bla bla bla"), J("j2", "prueba"), J("j3", "no sé")],
            pains=[P("p1", "ropa ropa ropa"), P("p2", "prueba"), P("p3", "xxx")],
            gains=[G("g1", "lo que sea"), G("g2", "prueba"), G("g3", "bla bla")]),
        seg("s", "Tiendas", "business", True, reason="prueba", size=1000,
            firmo=["tiendas"], geo=["España"],
            jobs=[J("sj1", "prueba")], pains=[P("sp1", "xxx")], gains=[G("sg1", "no sé")]),
    ],
    plan=plan("t", goal="prueba", focus="prueba",
              contacts=[contact("c1", "Yo", "prueba", "prueba"),
                        contact("c2", "Mi madre", "prueba", "casa"),
                        contact("c3", "Mi novio", "xxx", "xxx")],
              questions=["¿Te gusta la ropa?",
                         "¿Comprarías ropa de segunda mano en nuestra app?",
                         "prueba", "???"]),
    answers={"02-why-this-segment": "prueba prueba prueba", "03-compare-segments": "xxx",
             "05-what-next": "no sé", "06-review-plan": "lo mismo"}))
