"""Excellent workbooks: like the good ones, and richer. Two non-targeted neighbours with
reasons, payer and user named, context, a size with its source, five ranked items of each kind
with several job types, every item assessed as addressed or not, five interviews whose new items
are heard again and added to the profile, and a decision that cites the numbers. (Part 1 of 2.)"""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Consumer, tutoring: parents of GCSE pupils predicted a grade 3-4 in maths (payer != user).
CASES.append(case(
    "gcse-maths-small-groups", quality="excellent", kind="consumer",
    notes="payer (parent) and user (teenager) named; three new items added to the profile",
    learner="Amira Haddad",
    offering="Small-group maths tutoring (three pupils) on Saturday mornings at the local "
             "library, built on past GCSE papers, with a short text to the parent after each "
             "session.",
    pattern="niche",
    segments=[
        seg("t", "Parents of Year 10-11 pupils predicted a grade 3 or 4 in GCSE maths",
            "consumer", True,
            reason="A grade 4 decides whether the child keeps a college or sixth-form place, so "
                   "nearly every parent in this group feels it strongly; many already paid a "
                   "tutor and stopped because of the price. Schools, PTA groups and clubs make "
                   "them easy to reach.",
            size=2500,
            context="From the Year 10 or Year 11 mock results (January) to the exams in May, "
                    "on weekday evenings at home when homework turns into a row.",
            payer="the parent, usually from the household budget",
            user="the teenager, who attends the sessions and sits the exam",
            notes="Size: about 9,000 Year 10-11 pupils in Nottingham and its suburbs (DfE school "
                  "census 2025/26); about 28% got grade 3 or 4 in maths in 2025 (DfE results "
                  "tables), so roughly 2,500 families.",
            demo=["parents aged 38-55", "child in Year 10 or 11",
                  "household income 25k-60k GBP"],
            geo=["Nottingham and its suburbs, within a bus ride of a library"],
            beh=["paid for a tutor, a course or revision guides in the last year",
                 "goes to parents' evenings"],
            psy=["sees a grade 4 as the door to the child's next step"],
            jobs=[
                J("j1", "Get the child a grade 4 in maths so they keep their college place",
                  "functional", "very important", ev="v", addr=True),
                J("j2", "Stop the nightly row about homework and revision", "emotional",
                  "very important", ev="v", addr=False),
                J("j3", "Help the child stop believing they are 'bad at maths'", "emotional",
                  "important", ev="v", addr=True),
                J("j4", "Know they did everything they could before the exams", "social",
                  "important", addr=False, notes="Only Marcus; keep testing."),
                J("j5", "Fit tutoring around work shifts and the other children's activities",
                  "functional", "less important", addr=False),
            ],
            pains=[
                P("p1", "The mock report says 'grade 3, work harder' and nobody says what "
                        "exactly is going wrong", "extreme", ev="v", addr=True),
                P("p2", "The child refuses help from the parent: 'Miss does it differently'",
                  "severe", ev="v", addr=True,
                  notes="Confirmed twice, contradicted once (Dev's daughter asks him)."),
                P("p3", "One-to-one tutors cost 35-45 GBP an hour, too much every week",
                  "severe", ev="v", addr=True),
                P("p6", "Maths teachers changed or were supply-only, so nobody at school knows "
                        "the child's gaps", "severe", ev="v", addr=True, origin="n1"),
                P("p4", "Tutors cancel or the child skips, and the parent finds out later",
                  "moderate", addr=True),
                P("p7", "Each new tutor starts again from the basics", "moderate", ev="v",
                  addr=True, origin="n2"),
                P("p5", "In online lessons the camera is off and the child plays games",
                  "moderate", addr=True),
            ],
            gains=[
                G("g1", "Grade 4 or better in May", "required", "essential", ev="v",
                  addr=True),
                G("g2", "Know each week what was covered and what is still weak", "desired",
                  "important", ev="v", addr=True),
                G("g4", "Tutoring for under 20 GBP a week", "expected", "important", ev="v",
                  addr=True),
                G("g6", "Know which topics come up most in the exam and work on those",
                  "desired", "important", ev="v", addr=True, origin="n3"),
                G("g3", "The child goes to revision without being pushed", "unexpected",
                  "important", addr=False),
                G("g5", "The child finds a friend in the same boat", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n1", "Parents of pupils aiming for grade 8-9", "consumer", False,
            reason="They want stretch at the top end from specialist tutors, and their "
                   "children are in top sets already: a different job and a different price.",
            context="Year 11, aiming for A-level maths",
            payer="the parents", user="the pupil",
            demo=["child in top maths set"], geo=["Nottingham"],
            beh=["pays a specialist tutor weekly"], psy=["aims for a top university"]),
        seg("n2", "Adults resitting GCSE maths at college", "consumer", False,
            reason="Colleges run free resit classes, and the resit is funded, so there is no "
                   "payer for small groups; the learners are reached through the college.",
            payer="the college, from public funding", user="the adult learner",
            demo=["16-25 years old", "failed GCSE maths once"],
            geo=["Nottingham colleges"], beh=["enrolled in a resit class"]),
    ],
    plan=plan(
        "t",
        goal="Learn what parents of pupils on the grade 3/4 line do about maths today, what "
             "they have paid for, and what made it work or fail.",
        focus="The months between the mocks and the exam, at home and at school. Listen for "
              "whatever worries the parents most, which may not be the grade at all.",
        contacts=[
            contact("c1", "Sharon", "Mum of a Year 11 boy predicted a 3; works shifts at a "
                    "pharmacy.", "School PTA Facebook group.", "done"),
            contact("c2", "Dev", "Dad of a Year 10 girl; paid an agency tutor and stopped.",
                    "Colleague of my partner.", "done"),
            contact("c3", "Joanne", "Single mum of Year 11 twins, one predicted a 4.",
                    "Replied to my note on the library noticeboard.", "done"),
            contact("c4", "Marcus", "Dad of a Year 11 boy; paid for online tutoring.",
                    "Parents' WhatsApp group of the junior football club.", "done"),
            contact("c5", "Priya", "Mum of a Year 10 girl who is anxious about maths.",
                    "Sharon introduced us.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? I won't use your name or your child's.",
            "Tell me about the last mock results. What did the school tell you?",
            "What happens at home on a weeknight when there is maths homework?",
            "What have you tried so far to help with maths, like a tutor, Corbettmaths or "
            "revision guides? How did it go?",
            "How much did you spend on tutoring or revision in the last year?",
            "Tell me about the last session your child missed or did not want to go to.",
            "How do you find out how your child is getting on between parents' evenings?",
            "What does a grade 4 change in your child's plans for next year?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-03", conf="j1 j2 p1 p3 g1",
           new=[new("n1", "pain", "The child's maths teacher changed several times, so nobody "
                    "at school knows the child")],
           quotes=[("p1", "The report said 'grade 3, needs to work harder'. Harder at what?"),
                   ("j2", "Every Tuesday it ends with him slamming the door."),
                   ("n1", "He's had three maths teachers since September last year.")]),
        iv("c2", "2026-10-10", conf="j1 p3 p4 g2 g4", contra="p2",
           new=[new("n2", "pain", "Agency tutors change and each one starts from scratch")],
           quotes=[("p3", "Forty pounds an hour, every week. We did it for two months and "
                          "stopped."),
                   ("p4", "Twice the tutor cancelled by text an hour before."),
                   ("n2", "Every new tutor started again from fractions. She'd done fractions."),
                   ("p2", "She actually asks me. I'm an engineer, it's the one subject I can "
                          "help with.")]),
        iv("c3", "2026-10-19", conf="j1 j3 p1 p2 g1 g3 n1",
           new=[new("n3", "gain", "Know which topics come up in the exam and focus on those")],
           quotes=[("j3", "She says 'I'm just thick at maths'. She's not."),
                   ("p2", "If I show her, it's 'that's not how Miss does it'."),
                   ("n1", "They had supply teachers in maths for most of Year 10."),
                   ("n3", "If someone told me 'these five topics', I'd sit with her every night "
                          "on those.")]),
        iv("c4", "2026-10-29", conf="j2 j4 p3 p5 g2 g4 n2 n3",
           quotes=[("p5", "Online he had the camera off. I found out he was on Fortnite."),
                   ("j4", "If he fails, I don't want to think I could have done more."),
                   ("n3", "The past papers are the thing. Same questions every year, different "
                          "numbers.")]),
        iv("c5", "2026-11-07", conf="j1 j2 j3 p1 p2 g1 g2 n1",
           quotes=[("g2", "I'd love a text after each lesson: what they did, what's still "
                          "wobbly."),
                   ("j3", "She cries before maths tests. It's not about the grade any more."),
                   ("n1", "Her class lost their maths teacher at Easter and never got a proper "
                          "one.")]),
    ],
    persona=persona(
        "t", "Karen Whitby", "46", "Bulwell, Nottingham",
        "care-home shift supervisor; son in Year 11",
        "The report said 'grade 3, needs to work harder'. Harder at what?",
        "Her son needs a 4 to keep his college place. They paid a tutor for two months and "
        "stopped at 40 pounds an hour. Tuesdays end in a row about homework."),
    answers={
        "02-why-this-segment":
            "Parents of Year 10-11 pupils on the grade 3/4 line: about 2,500 families around "
            "Nottingham, and in this group nearly every parent feels it, because a 4 decides "
            "the college place. Several already paid 35-45 pounds an hour and stopped. We reach "
            "them through PTA groups, clubs and libraries. We leave aside the grade 8-9 parents, "
            "who want specialist stretch, and adult resitters, whose classes are free.",
        "03-compare-segments":
            "Our target and the grade 8-9 parents both pay for maths help, but for the first the "
            "pain is fear of failing and the nightly row, and for the second it is ambition and "
            "finding a specialist. Adult resitters share the grade 4 goal but have free college "
            "classes and no payer. So the same small-group offer only fits the first group.",
        "05-what-next":
            "Stop this round and test the new items next. New items per interview: 1, 1, 1, 0, "
            "0, so the last two interviews added nothing. The grade 4 job came up in 4 of 5 "
            "interviews, the homework row and the vague mock report in 3 of 5 each, the tutor "
            "price in 3 of 5. All three new items were heard again (teachers changing 3 of 5, "
            "tutors starting from scratch 2 of 5, exam topics 2 of 5) and are now validated in "
            "the profile. Next round: test the price of 20 pounds and the weekly text with five "
            "more parents, and talk to two pupils.",
        "06-review-plan":
            "We review the canvas after each round of five interviews, after the January mocks, "
            "and before we fix the price for the spring term. We look at the evidence, re-rank "
            "pains by how many parents describe them, and add new items. If the pupils (the "
            "users) turn out to want something different from the parents, we add them as a "
            "segment with their own canvas, and we redraw the persona each time with a dated "
            "export.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, food: nurses on regular night shifts at city hospitals.
CASES.append(case(
    "night-shift-meals", quality="excellent", kind="consumer",
    notes="payer and user are the same, said so; a new job and a new pain added to the profile",
    learner="Chidi Okeke",
    offering="Meals cooked for night shifts: a weekly delivery of four balanced meals, sized "
             "for eating at 2 am and ready in three minutes, left at the hospital staff "
             "entrance.",
    pattern="niche",
    segments=[
        seg("t", "Nurses and healthcare assistants on regular night shifts in Manchester "
                 "hospitals", "consumer", True,
            reason="From 8 pm the canteen is closed, so their nights run on vending machines "
                   "and meal deals, and after the shift they are too tired to cook. They spend "
                   "money on this every week, and ward groups and staff clubs make them easy to "
                   "reach.",
            size=2600,
            context="The middle of a 12-hour night, between 1 and 4 am, when the canteen is "
                    "closed; and the first hours after the shift, before sleep.",
            payer="the nurse, from their own pay", user="the nurse: the same person",
            notes="Size: the three city-centre hospitals employ about 8,700 nursing staff "
                  "(trust annual reports 2025); the staff survey says about 30% work nights "
                  "regularly.",
            demo=["24-55 years old", "registered nurse or healthcare assistant",
                  "works three or more night shifts a week"],
            geo=["works at a city-centre hospital in Manchester, lives within 30 minutes"],
            beh=["buys food from vending machines or the hospital shop at night",
                 "orders takeaway after shifts at least once a week"],
            psy=["wants to eat better but has given up on it for nights"],
            jobs=[
                J("j1", "Eat a proper meal in the middle of a night shift", "basic need",
                  "very important", ev="v", addr=True),
                J("j2", "Stay alert until 7:30 am without a sugar crash", "functional",
                  "very important", ev="v", addr=True),
                J("j6", "Get enough sleep in the day between two night shifts", "basic need",
                  "very important", ev="v", addr=False, origin="n1"),
                J("j3", "Not put on weight from night-shift snacking", "emotional",
                  "important", addr=True, notes="Contradicted once (Tom), no confirmation."),
                J("j4", "Spend days off resting, not batch-cooking", "functional", "important",
                  addr=True),
                J("j5", "Bring something to share with the team at 3 am", "social",
                  "less important", addr=False),
            ],
            pains=[
                P("p1", "After 8 pm there are only vending machines and a shop with crisps and "
                        "meal deals", "extreme", ev="v", addr=True),
                P("p2", "Too tired after a shift to cook, so the next meal is cereal or a "
                        "takeaway", "severe", ev="v", addr=False),
                P("p3", "Breaks are cut short on busy nights, so food that needs queuing for "
                        "a microwave is eaten cold or not at all", "severe", ev="v",
                  addr=False),
                P("p6", "Sweets and cakes at the nurses' station every night, hard to resist",
                  "moderate", ev="v", addr=False, origin="n2"),
                P("p4", "Has put on weight since starting nights", "moderate", addr=True),
                P("p5", "Food from home goes off in the shared fridge or is thrown out",
                  "moderate", addr=False),
            ],
            gains=[
                G("g1", "A hot, filling meal that can be eaten in 15 minutes", "required",
                  "essential", ev="v", addr=True),
                G("g2", "Feel awake, not heavy, in the early hours", "desired", "essential",
                  addr=True, notes="Only Bernadette said it; the next round tests it."),
                G("g3", "Less money spent on machines and takeaways", "expected", "important",
                  ev="v", addr=False),
                G("g4", "Days off free from cooking", "desired", "important", addr=True),
                G("g5", "Meals that keep a day or two if the rota changes", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n1", "Nurses who work day shifts only", "consumer", False,
            reason="The canteen is open during their shifts and they eat at home in the "
                   "evening: the pain is small.",
            payer="the nurse", user="the nurse",
            demo=["nursing staff"], geo=["Manchester hospitals"],
            beh=["works days only, eats in the canteen"]),
        seg("n2", "Hospital doctors on call", "consumer", False,
            reason="Their rotas change every week and many eat in the doctors' mess; the "
                   "pattern is too irregular for a weekly delivery.",
            payer="the doctor", user="the doctor",
            demo=["junior and middle-grade doctors"], geo=["Manchester hospitals"],
            beh=["on-call rota that changes weekly"]),
    ],
    plan=plan(
        "t",
        goal="Learn what night-shift nurses eat during and after a shift, where it comes from, "
             "what it costs, and what gets in the way.",
        focus="Food and energy across a run of night shifts. Listen for whatever is hardest, "
              "which may not be food at all: breaks, sleep, money, the team.",
        contacts=[
            contact("c1", "Aisha", "29, staff nurse on a surgical ward, three nights a week.",
                    "My cousin works on her ward and asks her.", "done"),
            contact("c2", "Tom", "41, healthcare assistant in A&E, permanent nights.",
                    "Staff Facebook group of his hospital.", "done"),
            contact("c3", "Bernadette", "52, night sister, twenty years of nights.",
                    "Local nursing union branch meeting.", "done"),
            contact("c4", "Kemi", "26, newly qualified nurse on rotating nights.",
                    "Aisha introduced us.", "done"),
            contact("c5", "Luis", "34, intensive care nurse from Spain, nights.",
                    "Hospital staff running club.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? No names go in my notes.",
            "Tell me about your last night shift. What did you eat, and when?",
            "Where did the food come from?",
            "What happened the last time your break was cut short?",
            "How much did you spend on food during and after shifts last week?",
            "What have you tried to eat better on nights, like meal prep, leftovers or "
            "Deliveroo?",
            "Tell me about the first few hours after your last shift ended.",
            "What did you eat on your last day off, and who cooked it?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-04", conf="j1 j2 p1 p2 g1",
           new=[new("n1", "job", "Get enough sleep in the day between two night shifts")],
           quotes=[("p1", "After eight it's the vending machine or the shop downstairs. Crisps "
                          "and a meal deal, every night."),
                   ("j2", "At four I eat a Twix to stay awake and by six I'm dead."),
                   ("n1", "Between two nights I get five hours' sleep if the neighbours are "
                          "quiet.")]),
        iv("c2", "2026-10-11", conf="j1 p1 p3 g1 g3", contra="j3",
           new=[new("n2", "pain", "Sweets and cakes at the nurses' station every night")],
           quotes=[("p3", "Last Friday I got my break at half four. The curry I brought was "
                          "still in my bag at seven."),
                   ("j3", "Weight's not my thing. I just want something hot."),
                   ("n2", "There's always a tin of Celebrations at the nurses' station. "
                          "Always.")]),
        iv("c3", "2026-10-20", conf="j1 j2 p1 p4 g2 n1 n2",
           quotes=[("p4", "I put on two stone in my first year of nights."),
                   ("g2", "If I eat a proper meal at one, I'm fine till the end. If I graze, "
                          "I'm a zombie."),
                   ("n2", "Every family that leaves brings chocolates. We eat them at three in "
                          "the morning.")]),
        iv("c4", "2026-10-30", conf="j2 j4 p2 p3 g1 g4 n1",
           quotes=[("p2", "I get home, I shower, I eat cereal and I'm asleep."),
                   ("g4", "My days off go on sleeping and batch-cooking. I hate Sundays."),
                   ("n1", "If I eat a big meal at six I can't sleep; if I don't, I wake up "
                          "starving.")]),
        iv("c5", "2026-11-12", conf="j1 p1 p2 p3 p5 g1 g3 g5 n2",
           quotes=[("p1", "In Spain we would never eat a sandwich for dinner. Here at three in "
                          "the morning it's a sandwich or nothing."),
                   ("g3", "Last month I spent about 120 pounds in the machine and the shop."),
                   ("p5", "I brought tortilla once. Someone threw it away at the fridge "
                          "clean-out.")]),
    ],
    persona=persona(
        "t", "Jade Morris", "31", "Levenshulme, Manchester, 20 minutes' drive from work",
        "staff nurse on a surgical ward, three 12-hour nights a week",
        "After eight it's the vending machine or the shop downstairs. Crisps and a meal deal, "
        "every night.",
        "Eats at whatever time the ward allows, often after 4 am. Gets home at eight, eats "
        "cereal and sleeps five hours. Spends her days off cooking for the next run of nights."),
    answers={
        "02-why-this-segment":
            "Night-shift nurses and HCAs: about 2,600 of them in the three city-centre "
            "hospitals, and almost all eat from vending machines after 8 pm because the canteen "
            "is closed. They spend around 100 pounds a month on it and are easy to reach through "
            "ward groups and staff clubs. Day-shift nurses have the canteen; on-call doctors "
            "have rotas that change weekly and the doctors' mess, so we leave both aside.",
        "03-compare-segments":
            "Night nurses and on-call doctors both eat badly at night. But nurses work the same "
            "pattern of nights every week and have no mess, so a weekly delivery fits them; "
            "doctors' rotas change weekly and their pain is less regular. Day nurses share the "
            "job of eating well, but have no night-time gap, so their pains are mild.",
        "05-what-next":
            "Stop this round. The five interviews added 1, 1, 0, 0 and 0 new items: the last "
            "three added nothing. 'No food after 8 pm' came up in 4 of 5 interviews, 'a proper "
            "meal mid-shift' in 4 of 5, broken breaks in 3 of 5. Both new items were heard again "
            "three times (sleep between nights, sweets at the station) and are in the profile "
            "as validated. 'Feel awake, not heavy' was said only once, so it stays a hypothesis "
            "and the next round of five tests it, together with the sleep job, which our meals "
            "do not address yet.",
        "06-review-plan":
            "We review the canvas after each round of five interviews and whenever the rota "
            "pattern at a hospital changes, and before we sign up a second hospital. We check "
            "the evidence of the top items, re-rank pains, and add new ones. If healthcare "
            "assistants and nurses start to differ (pay, breaks), we split the segment and make "
            "a second persona. Each review ends with a dated PNG of the canvas.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, sport: adult beginners who are afraid of water.
CASES.append(case(
    "adult-swim-beginners", quality="excellent", kind="consumer",
    notes="two new pains heard again and added; context and sourced size",
    learner="Rebecca Stone",
    offering="Small-group swimming courses for adults who are afraid of water: eight evening "
             "sessions in a warm teaching pool, four people at most, with the same adult "
             "instructor.",
    pattern="niche",
    segments=[
        seg("t", "Adults 30-60 in Birmingham who cannot swim and avoid water", "consumer", True,
            reason="They miss family moments (holidays, pool parties) and feel unsafe, and the "
                   "usual adult classes put them next to good swimmers at bad times. Many have "
                   "already tried once and given up, so the need is felt and known.",
            size=18000,
            context="Evenings and weekends at the leisure centre, and family moments near water: "
                    "summer holidays, children's pool parties, the beach.",
            payer="the learner (sometimes a partner, as a gift)", user="the learner",
            notes="Size: Swim England says about 1 in 5 adults cannot swim 25 m; Birmingham and "
                  "Solihull have about 900,000 adults aged 30-60 (ONS 2024), so ~180,000; we "
                  "guess 1 in 10 of them has looked for lessons in the last year.",
            demo=["30-60 years old", "often grew up without swimming lessons",
                  "many are parents of children who swim"],
            geo=["Birmingham and Solihull, within 20 minutes of a leisure centre"],
            beh=["skipped a pool or beach activity with family in the last year",
                 "has looked up adult lessons online"],
            psy=["embarrassed to be seen learning", "wants to set an example to the children"],
            jobs=[
                J("j1", "Be safe in water: not panic when out of their depth or when falling "
                        "in", "basic need", "very important", ev="v", addr=True),
                J("j2", "Join the children at the pool and on holiday instead of watching from "
                        "the side", "social", "very important", ev="v", addr=True),
                J("j3", "Get over the fear of putting the face in the water", "emotional",
                  "important", ev="v", addr=True),
                J("j4", "Learn without being watched by strangers", "emotional", "important",
                  ev="v", addr=True),
                J("j5", "Swim lengths to keep fit", "functional", "less important",
                  addr=False),
            ],
            pains=[
                P("p1", "Panics when the water reaches the chest or the face", "extreme",
                  ev="v", addr=True),
                P("p2", "Feels ashamed in public sessions next to children and good swimmers",
                  "severe", ev="v", addr=True),
                P("p3", "Adult beginner classes are full or at times that clash with work and "
                        "childcare", "severe", ev="v", addr=False),
                P("p6", "Mixed changing rooms and revealing swimwear keep some women away",
                  "severe", ev="v", addr=False, origin="n1"),
                P("p7", "Young instructors do not understand an adult's fear of water",
                  "severe", ev="v", addr=True, origin="n2"),
                P("p4", "A frightening experience in water as a child comes back at the pool",
                  "moderate", addr=True),
                P("p5", "Private one-to-one lessons cost 30 GBP or more per half hour",
                  "moderate", addr=True, notes="Contradicted once (Joy): keep as hypothesis."),
            ],
            gains=[
                G("g1", "Float and swim 10 metres without panic by the end of the course",
                  "required", "essential", ev="v", addr=True),
                G("g2", "The same instructor every week, who knows their fear", "expected",
                  "important", ev="v", addr=True),
                G("g3", "A group at the same level, with no good swimmers watching", "desired",
                  "important", ev="v", addr=True),
                G("g4", "Go in the sea on holiday with the family", "desired", "important",
                  addr=False),
                G("g5", "Start to enjoy being in the water", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("n1", "Adults who can swim a little and want better technique", "consumer", False,
            reason="They are not afraid, and council pools already run cheap improver classes "
                   "for them.",
            payer="the swimmer", user="the swimmer",
            demo=["25-60 years old"], geo=["Birmingham"],
            beh=["swims breaststroke, goes to public sessions"]),
        seg("n2", "Children's swimming lessons", "consumer", False,
            reason="A crowded market with waiting lists at every pool, a different job (school "
                   "and safety badges) and parents as payers.",
            payer="the parents", user="the children",
            demo=["children 4-11"], geo=["Birmingham"], beh=["on a council waiting list"]),
    ],
    plan=plan(
        "t",
        goal="Learn what adults who cannot swim have tried, what stopped them, and what being "
             "near water costs them in family life.",
        focus="Adults and water, in daily and family life. Listen for whatever keeps them out "
              "of the pool, which may not be fear alone: times, changing rooms, money, shame.",
        contacts=[
            contact("c1", "Farah", "38, mother of two, never had lessons as a child.",
                    "A mum at my son's school.", "done"),
            contact("c2", "Neil", "52, took one adult lesson at 40 and quit.",
                    "Replied to a thread on a Birmingham forum.", "done"),
            contact("c3", "Joy", "44, nurse; her daughter swims in a club.",
                    "Swimming club parents at the Harborne pool.", "done"),
            contact("c4", "Paul", "35, fell into a canal as a child.",
                    "Colleague of my sister.", "done"),
            contact("c5", "Mei", "31, PhD student, never learned to swim.",
                    "University international students' society.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? I won't use your name.",
            "Tell me about the last time you were near deep water. What happened?",
            "How did you learn, or not learn, to swim when you were young?",
            "What have you tried since then, and how did it go?",
            "Tell me about the last family outing to a pool or beach. What did you do while the "
            "others swam?",
            "What was the hardest part of the last lesson or pool visit you had?",
            "How much have you spent on lessons so far?",
            "When in your week could you get to a pool, and how did that go last time you "
            "tried?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-05", conf="j1 j2 p1 p2 g3",
           new=[new("n1", "pain", "Mixed changing rooms and swimwear keep some women away")],
           quotes=[("j2", "At the holiday park I sat with the bags for a week while they "
                          "swam."),
                   ("p1", "When the water comes up to here I can't breathe. Literally."),
                   ("n1", "I'd go if there was a women-only session with a woman teacher.")]),
        iv("c2", "2026-10-14", conf="j1 j4 p2 p3 g2",
           new=[new("n2", "pain", "Teenage instructors do not understand adult fear")],
           quotes=[("p2", "There were eight-year-olds in the next lane doing lengths. I got out "
                          "after ten minutes."),
                   ("p3", "The adult class was Sunday at 8 am or Tuesday at 9 pm. I did two."),
                   ("n2", "The instructor was about seventeen. He kept saying 'just "
                          "relax'.")]),
        iv("c3", "2026-10-21", conf="j2 j3 p1 g1 g4 n1", contra="p5",
           quotes=[("j3", "I can stand in the water. My face, no. Never."),
                   ("g4", "Next summer we go to the coast in Portugal, I want to be in the sea "
                          "with them."),
                   ("n1", "I would need a swimsuit that covers me and a place to change "
                          "alone."),
                   ("p5", "I'd pay whatever it costs. Money is not the problem, the fear is.")]),
        iv("c4", "2026-10-31", conf="j1 j3 p1 p4 g1 g2 n2",
           quotes=[("p4", "I was six, the canal by my nan's. I still dream about it."),
                   ("g2", "I need the same person every time, someone who knows not to push."),
                   ("n2", "The teenagers on the side don't get it. To them water is "
                          "nothing.")]),
        iv("c5", "2026-11-10", conf="j1 j4 p2 p3 g1 g3 n1 n2",
           quotes=[("j4", "I don't want my lab mates to see me with floats."),
                   ("g1", "Ten metres without panicking. That would be a miracle for me."),
                   ("n1", "A women-only evening, yes. Then I'd come.")]),
    ],
    persona=persona(
        "t", "Nasreen Akhtar", "39", "Sparkhill, Birmingham",
        "teaching assistant, mother of two children who swim",
        "At the holiday park I sat with the bags for a week while they swam.",
        "Never had lessons as a child. Her children swim in a club; she watches from the "
        "gallery. She would come to a women-only evening with a teacher who does not push."),
    answers={
        "02-why-this-segment":
            "Adults 30-60 who cannot swim and avoid water: around 18,000 in Birmingham and "
            "Solihull who looked for lessons last year, and they feel it strongly because they "
            "miss family moments and feel unsafe. We find them through schools, clubs where "
            "their children swim, and community groups. Improvers are left aside (council "
            "classes serve them), and children's lessons are a crowded market with other payers.",
        "03-compare-segments":
            "Fearful beginners and improvers both want to swim, but for beginners the pain is "
            "fear and shame and they need a warm pool, a small group and the same instructor; "
            "improvers want technique and are happy in public lanes. Children's lessons share "
            "the safety job, but the parents pay and schools decide. Three different offers.",
        "05-what-next":
            "Stop this round. New items per interview: 1, 1, 0, 0, 0. Panic in water (3 of 5), "
            "being safe (4 of 5) and shame in public sessions (3 of 5) are validated. Both new "
            "pains were heard three times: changing rooms and swimwear (women only) and young "
            "instructors; they are now in the profile. The price pain was contradicted once and "
            "never confirmed, so it stays a hypothesis. Next: a round with five women only, "
            "because the changing-room pain may define a sub-segment.",
        "06-review-plan":
            "We review the canvas after each round of five interviews and after each eight-week "
            "course, using what learners say at the end. We check the evidence, the ranking of "
            "pains and any new item. If women who need women-only sessions keep telling a "
            "different story, we split them into their own segment with a persona, and keep a "
            "dated export of each version.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, farming: family dairy farms that keep treatment records on paper.
CASES.append(case(
    "dairy-treatment-records", quality="excellent", kind="business",
    notes="payer (farmer) and user (herdsperson) named; two new pains added to the profile",
    learner="Ffion Morgan",
    offering="A herd-health record kept on a phone in the milking parlour: treatments, "
             "withdrawal periods and vet visits, ready to show at the milk buyer's inspection.",
    pattern="niche",
    segments=[
        seg("t", "Family dairy farms with 60-200 cows that record treatments on paper",
            "business", True,
            reason="One treated cow's milk in the tank can cost a whole collection, and the "
                   "yearly assurance inspection needs complete records. Larger units have herd "
                   "software and a manager; these farms rely on a whiteboard and memory.",
            size=1500,
            context="In the parlour at milking, when a cow is treated or her milk must be kept "
                    "out of the tank; and the weeks before the yearly assurance inspection.",
            payer="the farmer or the farming partnership",
            user="the herdsperson and family members who milk and treat; the vet reads the "
                 "records",
            notes="Size: AHDB counts about 7,000 dairy farms in Great Britain (2025); about 45% "
                  "have 60-200 cows, and our vet practice thinks about half are still on paper.",
            firmo=["dairy farm with 60-200 cows", "family-run, 1-3 employed staff",
                   "supplies a milk buyer that requires farm assurance"],
            geo=["Cheshire, Shropshire and Staffordshire"],
            beh=["records treatments in a paper medicine book or on a whiteboard",
                 "milks twice a day with family or relief milkers"],
            jobs=[
                J("j1", "Keep milk from treated cows out of the tank until the withdrawal "
                        "period ends", "functional", "very important", ev="v", addr=True),
                J("j2", "Pass the yearly assurance inspection without a non-conformance",
                  "functional", "very important", ev="v", addr=True),
                J("j3", "Know which cows are due for treatment, drying off or a vet check",
                  "functional", "important", ev="v", addr=True),
                J("j4", "Be seen by the milk buyer and the vet as a well-run farm", "social",
                  "important", addr=True),
                J("j5", "Stop worrying at night that someone forgot to write a treatment down",
                  "emotional", "important", addr=True,
                  notes="Contradicted by Alan, who milks alone; may matter only with staff."),
            ],
            pains=[
                P("p1", "Milk from a treated cow goes in the tank by mistake and the whole "
                        "collection is rejected", "extreme", ev="v", addr=True),
                P("p2", "Treatments written on the whiteboard or a scrap of paper never reach "
                        "the medicine book", "severe", ev="v", addr=True),
                P("p3", "The night before an inspection is spent copying records into the book",
                  "severe", ev="v", addr=True),
                P("p7", "Leg bands and spray marks on treated cows come off, so nobody can "
                        "tell in the parlour", "severe", ev="v", addr=False, origin="n2"),
                P("p4", "Family and relief milkers record the same treatment in different ways",
                  "moderate", ev="v", addr=True),
                P("p6", "Medicines in the fridge run out or go out of date because nobody "
                        "tracks the stock", "moderate", ev="v", addr=False, origin="n1"),
                P("p5", "The vet asks for a treatment history and nobody can find it",
                  "moderate", addr=True),
            ],
            gains=[
                G("g1", "No antibiotic failures in the milk, ever", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Records ready for inspection with no extra work", "expected",
                  "essential", ev="v", addr=True),
                G("g3", "See at milking which cows are still in withdrawal", "desired",
                  "important", ev="v", addr=True),
                G("g4", "Antibiotic use figures for the vet's yearly review without adding them "
                        "up by hand", "desired", "important", addr=True),
                G("g5", "A better price from the milk buyer for good records", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n1", "Large dairy units with 500+ cows", "business", False,
            reason="They already use herd software and employ a herd manager; purchases go "
                   "through the farm office and a consultant.",
            payer="the farm business", user="the herd manager and staff",
            firmo=["500+ cows", "10+ staff"], geo=["Great Britain"],
            beh=["uses herd management software"]),
        seg("n2", "Beef suckler farms", "business", False,
            reason="Far fewer treatments and no milk withdrawal risk: the pain is much smaller "
                   "and inspections lighter.",
            payer="the farmer", user="the farmer",
            firmo=["beef herd, 30-150 cows"], geo=["the Welsh borders"],
            beh=["treats cattle a few times a year"]),
    ],
    plan=plan(
        "t",
        goal="Learn how family dairy farms record treatments today, how milk from treated cows "
             "is kept out of the tank, and how they get ready for inspections.",
        focus="Cow health records from the parlour to the inspection. Listen for whatever goes "
              "wrong, which may not be the records at all: marking cows, staff, medicines.",
        contacts=[
            contact("c1", "John", "58, 140 cows in Cheshire, farms with his son.",
                    "My uncle's neighbour; uncle phones him first.", "done"),
            contact("c2", "Rhiannon", "34, herdswoman on a 180-cow farm in Shropshire: the "
                    "user.", "Young Farmers club.", "done"),
            contact("c3", "Alan", "63, 75 cows in Staffordshire, paper records, milks alone.",
                    "At the livestock market on a Wednesday.", "done"),
            contact("c4", "Sarah", "47, 120 cows in Cheshire with her husband.",
                    "Their vet passed on my note.", "done"),
            contact("c5", "Tom", "45, 200 cows in Shropshire, two staff.",
                    "AHDB discussion group meeting.", "done"),
        ],
        questions=[
            "Before we start: is it all right if I take notes? Nothing with your name or the "
            "farm's.",
            "Walk me through the last time you treated a cow. What did you write down, and "
            "where?",
            "How does everyone who milks know which cows are in withdrawal?",
            "Tell me about the last time milk from a treated cow went in the tank, on your farm "
            "or one you know.",
            "How did you get ready for your last Red Tractor inspection?",
            "What did the vet ask you for at the last herd health review?",
            "What have you tried for records, like a paper book, a whiteboard or an app such as "
            "Herdwatch?",
            "How much time went on records last month?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-07", conf="j1 j2 p2 p3 g1 g2",
           new=[new("n1", "pain", "Medicines run out or go out of date because nobody tracks "
                    "the stock")],
           quotes=[("p2", "It goes on the whiteboard, and then someone wipes the whiteboard."),
                   ("p3", "The night before the inspection my wife and I sat up till one "
                          "copying the book."),
                   ("n1", "Found three bottles out of date in the fridge last month. That's "
                          "money in the bin.")]),
        iv("c2", "2026-10-13", conf="j1 j3 p1 p4 g3",
           new=[new("n2", "pain", "Leg bands on treated cows fall off, so nobody can tell in "
                    "the parlour")],
           quotes=[("p1", "A relief lad put a red-band cow in. We lost the whole collection, "
                          "about four thousand litres."),
                   ("g3", "What I want is to look at a cow in the pit and know if she's "
                          "clean."),
                   ("n2", "The tape comes off in the yard. Then it's guesswork.")]),
        iv("c3", "2026-10-21", conf="j2 p3 p5 g2", contra="j5",
           quotes=[("j5", "It's just me and the dog. If I treat her, I know about it."),
                   ("p5", "The vet wanted the mastitis cases for the year. I gave him a carrier "
                          "bag of notes."),
                   ("j2", "Red Tractor is the one day a year I dread.")]),
        iv("c4", "2026-10-30", conf="j1 j4 p2 p4 g1 g3 n1 n2",
           quotes=[("j4", "The buyer's rep notices. If your records are a mess, they assume the "
                          "rest is too."),
                   ("p4", "He writes 'IMM L' and I write 'left quarter tube'. Same thing, "
                          "different book."),
                   ("n2", "The spray mark washes off in the rain, the bands come off. We've had "
                          "near misses."),
                   ("n1", "We ran out of dry cow tubes the week we were drying off twenty.")]),
        iv("c5", "2026-11-11", conf="j1 j3 p1 p2 g1 g2 g4 n1 n2",
           quotes=[("g4", "The vet wants antibiotic use per cow for the milk contract. I spend "
                          "a day on it."),
                   ("p1", "A neighbour had a failure in August. The fine was bad, the worry was "
                          "worse."),
                   ("n2", "Half my near misses are a band that fell off.")]),
    ],
    persona=persona(
        "t", "Gareth Pritchard", "52", "near Nantwich, Cheshire",
        "dairy farmer, 130 cows, farms in partnership with his son",
        "It goes on the whiteboard, and then someone wipes the whiteboard.",
        "Milks at five with his son; a relief milker covers every other weekend. The medicine "
        "book lives in the farm office, the whiteboard in the parlour. He dreads inspection "
        "week."),
    answers={
        "02-why-this-segment":
            "Family dairy farms with 60-200 cows on paper records: around 1,500 in Great "
            "Britain. For them one mistake in the parlour costs a whole collection, and the "
            "inspection depends on a book filled in from a whiteboard. We reach them through "
            "vets, markets and discussion groups. Large units already have herd software and a "
            "manager; beef farms have no milk withdrawal, so both are left aside.",
        "03-compare-segments":
            "Family dairy farms and large units share the withdrawal and inspection jobs, but "
            "large units have software and staff whose job is records; on family farms it is "
            "whoever milks that day. Beef farms share the inspection but treat rarely and risk "
            "no milk. The strongest pains are only in our target.",
        "05-what-next":
            "Stop this round. New items per interview were 1, 1, 0, 0, 0, so the curve has "
            "flattened. Keeping treated milk out of the tank came up in 4 of 5 interviews and "
            "whiteboard records in 3 of 5. The two new pains were heard again twice each (3 of "
            "5 in all): medicines out of date and leg bands falling off. Both are in the profile "
            "as validated, and the bands pain is not addressed by our records idea, so the next "
            "round looks at how cows are marked, with relief milkers as well as farmers.",
        "06-review-plan":
            "We review the canvas after each round of five interviews, in the month before the "
            "assurance inspections, and before we decide on any hardware. We check the evidence "
            "and ranking, add the new items, and look at whether relief milkers are a segment of "
            "their own. If farms that milk alone (like Alan) keep contradicting the worry job, "
            "we narrow the target to farms with staff and redo the persona.",
    }))
