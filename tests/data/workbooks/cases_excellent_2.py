"""Excellent workbooks: like the good ones, and richer. Two non-targeted neighbours with
reasons, payer and user named, context, a size with its source, five ranked items of each kind
with several job types, every item assessed as addressed or not, five interviews whose new items
are heard again and added to the profile, and a decision that cites the numbers. (Part 2 of 2.)"""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Business, language schools, non-native English (French learner): placing new students.
CASES.append(case(
    "language-school-placement", quality="excellent", kind="business",
    notes="non-native English (French learner); payer (owner) and user (director of studies) "
          "named",
    learner="Matthieu Lefèvre",
    offering="A placement-test service for private language schools: new students take an "
             "online written test and a 10-minute video speaking check before the first day, "
             "and the school receives a proposed level.",
    pattern="niche",
    segments=[
        seg("t", "Private language schools with 100-600 adult students that place new students "
                 "by hand", "business", True,
            reason="In the two enrolment peaks they must place 50-150 new students in a few "
                   "days; wrong levels mean class changes in the first week and students who "
                   "leave. The owner decides alone and the director of studies feels the pain "
                   "every September.",
            size=450,
            context="The first two weeks of September and of January, when most new adult "
                    "students arrive.",
            payer="the school owner", user="the director of studies, and the new students who "
                                           "take the test",
            notes="Size: about 1,100 private language schools in France (national register of "
                  "training organisations, 2025); from the FLE and English schools directory I "
                  "estimate 40% have 100-600 adult students.",
            firmo=["private language school, 100-600 adult students",
                   "5-25 teachers", "the owner decides purchases, the director of studies "
                                    "places students"],
            geo=["French cities over 100,000 inhabitants"],
            beh=["places students with a paper test and a short talk",
                 "enrols most students in September and January"],
            jobs=[
                J("j1", "Put every new student in the right level before the first lesson",
                  "functional", "very important", ev="v", addr=True),
                J("j2", "Get through the September rush without the director of studies "
                        "working nights", "emotional", "very important", ev="v", addr=True),
                J("j3", "Keep classes full enough that no group is cancelled", "functional",
                  "important", addr=False),
                J("j4", "Look professional to companies that send their employees", "social",
                  "important", addr=True),
                J("j5", "Keep new students from leaving in the first month", "functional",
                  "important", addr=True),
            ],
            pains=[
                P("p1", "Students placed in the wrong level ask to change in the first week, and "
                        "classes must be reshuffled", "extreme", ev="v", addr=True),
                P("p2", "The director of studies does 10-minute oral tests with 100 students in "
                        "one week", "severe", ev="v", addr=True,
                  notes="Contradicted by the smallest school (25 new students): scale matters."),
                P("p3", "Students overstate their level on the phone or by email", "severe",
                  ev="v", addr=True),
                P("p6", "Students who enrol after the first week get no test slot and are "
                        "placed by guess", "severe", ev="v", addr=True, origin="n1"),
                P("p7", "Students pay, then must come back for the test, and some never come",
                  "severe", ev="v", addr=True, origin="n2"),
                P("p4", "Paper tests are marked by hand in the evening", "moderate", addr=True),
                P("p5", "Company clients ask for level reports the school cannot produce "
                        "quickly", "moderate", addr=False),
            ],
            gains=[
                G("g1", "Under 5% of students change class after the first week", "required",
                  "essential", ev="v", addr=True),
                G("g2", "Levels known before students arrive, so groups can be planned",
                  "desired", "essential", ev="v", addr=True),
                G("g3", "A placement on the CEFR scale that company clients trust", "expected",
                  "important", addr=True),
                G("g4", "Fewer evening hours for the director of studies", "desired",
                  "important", addr=True),
                G("g5", "New students feel well advised from the first contact", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n1", "Language school chains", "business", False,
            reason="They have their own placement system and decide centrally at head office.",
            payer="the head office", user="the teachers in each centre",
            firmo=["10+ centres under one brand"], geo=["national"],
            beh=["uses its own online placement test"]),
        seg("n2", "Schools for children and teenagers", "business", False,
            reason="Children are placed by school year and age, parents decide, and the rush "
                   "is at other moments: a different job.",
            payer="the parents", user="the children",
            firmo=["language school for under-18s"], geo=["French cities"],
            beh=["groups by age and school year"]),
    ],
    plan=plan(
        "t",
        goal="Understand how schools place new adult students today, how long it takes, and "
             "what happens when the level is wrong.",
        focus="The enrolment peaks, from the first contact of a student to the end of the first "
              "month. Listen also for problems I do not expect: payments, late students, "
              "companies.",
        contacts=[
            contact("c1", "Claire", "Director of studies in a school of 350 adult students in "
                    "Lyon.", "Former colleague, I write her directly.", "done"),
            contact("c2", "Marc", "Owner of a school of 180 students in Nantes, many company "
                    "clients.", "LinkedIn message.", "done"),
            contact("c3", "Sofia", "Director of studies in a school of 500 students in "
                    "Toulouse.", "Teachers' association conference in Paris.", "done"),
            contact("c4", "Julien", "Owner and teacher of a small school of 120 students in "
                    "Rennes.", "Facebook group of language school owners.", "done"),
            contact("c5", "Amélie", "Coordinator who does the enrolments in a school of 250 "
                    "students in Lille.", "Claire gave me her contact.", "done"),
        ],
        questions=[
            "Is it OK for you if I take notes? I will not write the name of your school.",
            "Tell me about the last September: how did you place the new students?",
            "How long did the placement take for you, the last time?",
            "Tell me about the last student who asked to change class. What happened after?",
            "What did you try before for the placement, for example an online test from "
            "Cambridge or your own test?",
            "How do the company clients ask for the level of their employees, and what do you "
            "send them?",
            "Who decided the last time the school bought a tool, and how it went?",
            "Who else I should talk to?",
            "Is there anything I should have asked you?",
        ]),
    interviews=[
        iv("c1", "2026-10-06", conf="j1 j2 p1 p2 g1",
           new=[new("n1", "pain", "Students who enrol after the first week have no test slot "
                    "and are placed by guess")],
           quotes=[("p1", "In the first week we had eleven changes of class. Eleven! And each "
                          "change moves two other students."),
                   ("p2", "I did ninety oral tests in five days. I was not a teacher, I was a "
                          "machine."),
                   ("n1", "The ones who come in week two, I put them where there is a chair, "
                          "honestly.")]),
        iv("c2", "2026-10-15", conf="j3 j4 p3 p5 g3",
           new=[new("n2", "pain", "Students pay, then must come back for the test, and some "
                    "never come")],
           quotes=[("p3", "On the phone everybody is B2. In the class, half are A2."),
                   ("p5", "A company asked me the levels of twelve employees for Monday. I "
                          "invented a table."),
                   ("n2", "They pay at the desk, and the test is another day. Some never come "
                          "back for it.")]),
        iv("c3", "2026-11-03", conf="j1 j2 p1 p2 p4 g2 n1",
           quotes=[("g2", "If I know the levels one week before, I can plan the groups "
                          "calmly."),
                   ("p4", "The written tests I mark at home, with a glass of wine, at "
                          "midnight."),
                   ("n1", "Late students are always the problem. No time to test them "
                          "properly.")]),
        iv("c4", "2026-11-10", conf="j1 j5 p1 p3 g1 n2", contra="p2",
           quotes=[("p2", "I have twenty-five new students. I talk with each one, it is the "
                          "best part of my job."),
                   ("j5", "If the first class is too hard, they don't come back the second "
                          "week."),
                   ("n2", "They pay, then they must come again for the test. Some never "
                          "come.")]),
        iv("c5", "2026-11-20", conf="j1 j2 p1 p2 g1 g2 g4 n1 n2",
           quotes=[("g4", "My director did not have one free evening in September."),
                   ("p1", "Every change of class, I redo the register, the room, the invoice."),
                   ("n2", "Between paying and the test we lose maybe one student in ten.")]),
    ],
    persona=persona(
        "t", "Nathalie Perrin", "44", "Lyon, 7th arrondissement",
        "director of studies in a school of 300 adult students, teaches 10 hours per week",
        "I did ninety oral tests in five days. I was not a teacher, I was a machine.",
        "Every September she places about a hundred new adults in one week, with a paper test "
        "and a talk. The first week of classes is for fixing her mistakes."),
    answers={
        "02-why-this-segment":
            "I choose private schools with 100-600 adult students, about 450 in France, because "
            "they place 50-150 students in a few days twice per year, by hand, and the wrong "
            "levels give class changes and students who leave. The owner decides alone and I "
            "reach them by associations and owners' groups. Chains I leave: they have their own "
            "test. Schools for children: placement is by age and the parents decide.",
        "03-compare-segments":
            "Adult schools and chains have the same job of placing students well, but chains "
            "already have a system and a head office; the small schools do it by hand with one "
            "person. Children's schools do not have the placement problem in the same way: they "
            "group by age. So only the first segment has the strong pain.",
        "05-what-next":
            "Stop this round. New items per interview were 1, 1, 0, 0, 0: after the second "
            "interview nothing was new. Wrong levels and class changes came up in 4 of 5 "
            "interviews, the director's oral tests in 3 of 5 (one contradiction, from the "
            "smallest school). The two new pains were heard in 3 of 5 each: late students "
            "placed by guess and students lost between payment and test. Both are now validated "
            "in the profile. Next round: schools of 100-150 students, to see if the oral test "
            "pain disappears below a size.",
        "06-review-plan":
            "I will review the canvas after each round of five interviews, and each year in "
            "October and February, just after the two peaks, when the schools remember well. I "
            "look at the evidence, at the rank of the pains, at the new items. If the smallest "
            "schools keep contradicting the oral test pain, I change the segment to 150-600 "
            "students and update the persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, co-working: rural remote workers and village venues with empty weekday rooms.
CASES.append(case(
    "village-desks-devon", quality="excellent", kind="multi-sided",
    notes="two targeted sides (remote workers, venues); employer as possible payer named",
    learner="Tamsin Rowe",
    offering="A network of daytime desks in village halls, pubs and cafés: remote workers book "
             "a desk by the day, and the venues earn from rooms that are empty on weekdays.",
    pattern="multi-sided",
    segments=[
        seg("t", "Remote workers in Devon villages who work from home 3+ days a week",
            "consumer", True,
            reason="Rural broadband, a busy house and a long drive to the nearest co-working "
                   "space make home the only option, and many say it does not work. They are "
                   "the paying side, and village groups make them easy to find.",
            size=6000,
            context="Weekday working hours at home, on the days the house is busy (children, a "
                    "partner's calls, builders) or when they have not seen anyone for days.",
            payer="the remote worker, or their employer through a home-working allowance",
            user="the remote worker",
            notes="Size: ONS says about 38% of workers in the South West work from home part of "
                  "the week; Devon has ~380,000 people in work, ~40% in rural areas (Devon "
                  "County Council), so ~58,000; we take the ~10% who told the council survey "
                  "they have no proper workspace.",
            demo=["28-55 years old", "employed by a city company, or freelance office work"],
            geo=["lives in a Devon village of under 5,000 people, 30+ minutes from a city"],
            beh=["works from home three or more days a week",
                 "has worked from a café or library in the last month"],
            psy=["wants work and home life kept apart"],
            jobs=[
                J("j1", "Have a quiet place with good internet for video calls on days home "
                        "does not work", "functional", "very important", ev="v", addr=True),
                J("j2", "Keep work apart from home life, so the evening starts when work ends",
                  "emotional", "very important", ev="v", addr=True),
                J("j3", "See other people during the working week", "social", "important",
                  ev="v", addr=True),
                J("j4", "Look professional on video calls to clients and managers", "social",
                  "important", ev="v", addr=True),
                J("j5", "Avoid a 45-minute drive to the nearest city co-working space",
                  "functional", "less important", addr=True),
            ],
            pains=[
                P("p1", "Rural broadband drops during video calls", "extreme", ev="v",
                  addr=True, notes="Contradicted once: Martin has satellite internet."),
                P("p2", "The house is busy: children, a partner on calls, the kitchen table as "
                        "a desk", "severe", ev="v", addr=True),
                P("p7", "Heating the whole house all day for one person costs a lot in winter",
                  "severe", ev="v", addr=True, origin="n2"),
                P("p3", "The nearest co-working space is 40+ minutes away and parking costs",
                  "severe", addr=True),
                P("p4", "Cafés are noisy and do not like laptops staying all day", "moderate",
                  addr=True),
                P("p5", "Weeks without speaking to anyone outside the family", "moderate",
                  ev="v", addr=True),
            ],
            gains=[
                G("g1", "Internet fast and steady enough for video calls all day", "required",
                  "essential", ev="v", addr=True),
                G("g2", "A place to work within 10 minutes of home", "desired", "essential",
                  ev="v", addr=True),
                G("g3", "Pay only for the days used", "expected", "important", ev="v",
                  addr=True),
                G("g6", "Somewhere to work that can be arranged the same morning", "desired",
                  "important", ev="v", addr=False, origin="n1"),
                G("g4", "Meet other remote workers from the village", "unexpected",
                  "important", addr=False),
                G("g5", "The employer pays for the desk", "desired", "nice to have",
                  addr=False),
            ]),
        seg("h", "Village halls and pubs in Devon with a room empty on weekdays", "business",
            True,
            reason="They are the supply side: without rooms there are no desks. Halls struggle "
                   "to cover heating and insurance, and pubs are empty before the evening.",
            size=400,
            context="Weekday daytimes, when the room is empty but still heated and insured.",
            payer="nobody on this side pays: the venue is paid for the desks",
            user="the hall committee's booking secretary, or the pub landlord",
            notes="Size: Devon Communities Together lists about 450 village halls; plus pubs.",
            firmo=["village hall run by volunteers, or an independent pub or café",
                   "has a room empty on weekday daytimes"],
            geo=["Devon villages"],
            beh=["takes room bookings by phone or email", "has Wi-Fi"],
            jobs=[
                J("hj1", "Cover the hall's running costs: heating, insurance, repairs",
                  "functional", "very important", addr=True),
                J("hj2", "Keep the hall or pub busy and part of village life", "social",
                  "important", addr=True),
                J("hj3", "Avoid extra work for the volunteers", "emotional", "important",
                  addr=False),
            ],
            pains=[
                P("hp1", "Weekday rooms earn nothing while heating and insurance still cost",
                  "severe", addr=True),
                P("hp2", "Worry about strangers in the building with no key holder there",
                  "severe", addr=False),
                P("hp3", "Bookings by phone and email take the secretary's evenings",
                  "moderate", addr=True),
            ],
            gains=[
                G("hg1", "A regular weekday income", "required", "essential", addr=True),
                G("hg2", "No key handovers", "desired", "important", addr=False),
                G("hg3", "New people coming to village events", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("n1", "City co-working members", "consumer", False,
            reason="They already have a co-working space near home; their problem is price, not "
                   "access.",
            payer="the member or their employer", user="the member",
            demo=["25-45 years old"], geo=["Exeter and Plymouth"],
            beh=["holds a co-working membership"]),
        seg("n2", "Holiday-cottage guests who need to work", "consumer", False,
            reason="Short, seasonal stays: they need Wi-Fi in the cottage, not a desk in the "
                   "village.",
            payer="the guest", user="the guest",
            demo=["visitors"], geo=["Devon coast and moors"], beh=["stays one or two weeks"]),
    ],
    plan=plan(
        "t",
        goal="Learn where rural remote workers work on the days home does not work, what it "
             "costs them, and what they have tried.",
        focus="A remote worker's week in a village. Listen for whatever makes home working "
              "hard, which may not be internet: the house, loneliness, money, the employer.",
        contacts=[
            contact("c1", "Becky", "36, designer for a Bristol company, lives in a village near "
                    "Tiverton, two children.", "Village Facebook group.", "done"),
            contact("c2", "Martin", "49, freelance accountant on Dartmoor, works from a garden "
                    "shed.", "Devon freelancers' WhatsApp group.", "done"),
            contact("c3", "Priti", "31, software tester for a London company, lives near "
                    "Crediton.", "Friend of a friend.", "done"),
            contact("c4", "Dan", "42, sales manager, video calls all day, village near "
                    "Honiton.", "LinkedIn message.", "done"),
            contact("c5", "Helen", "55, charity fundraiser working from home three days a week, "
                    "near Totnes.", "She volunteers on a village hall committee I wrote to.",
                    "done"),
        ],
        questions=[
            "Is it all right if I take notes? No names in my notes.",
            "Walk me through your last working-from-home day. Where did you work, and how did "
            "it go?",
            "Tell me about the last video call that went wrong. What happened?",
            "Where else have you worked in the last month, and why there?",
            "How much did you spend on working away from home last month: coffee, parking, "
            "co-working?",
            "What have you tried to make home working easier, like a garden office, a 4G router "
            "or a co-working membership?",
            "How does your employer handle home-working costs?",
            "When did you last spend a working day with other people around? What was it like?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-01", conf="j1 j2 p1 p2 g1 g2",
           new=[new("n1", "gain", "Somewhere to work that can be arranged the same morning")],
           quotes=[("p2", "With two kids home at half three, my afternoon calls are from the "
                          "car."),
                   ("p1", "The broadband dropped four times in one client workshop. I stopped "
                          "apologising."),
                   ("n1", "I only know the night before that it'll be chaos at home. I need "
                          "something I can book in the morning.")]),
        iv("c2", "2026-10-08", conf="j2 j3 p5 g3", contra="p1",
           new=[new("n2", "pain", "Heating the whole house all day for one person costs a lot "
                    "in winter")],
           quotes=[("p1", "I put in satellite internet last year. Internet's not my problem any "
                          "more."),
                   ("p5", "Some weeks the postman is the only adult I speak to."),
                   ("n2", "Heating the whole house all day just for me is forty quid a week in "
                          "winter.")]),
        iv("c3", "2026-10-16", conf="j1 j4 p1 p3 g1 g5 n1",
           quotes=[("j4", "My manager told me my background looked like a student flat."),
                   ("p3", "The nearest co-working is Exeter, forty minutes and nine pounds "
                          "parking."),
                   ("n1", "If I could book a desk at eight for the same day, I'd use it every "
                          "week.")]),
        iv("c4", "2026-10-27", conf="j1 j4 p1 p2 p4 g1 g2 n2",
           quotes=[("p4", "The café owner was nice, but by two o'clock she was giving me "
                          "looks."),
                   ("g2", "Ten minutes away is the limit. More and I'd just stay home."),
                   ("n2", "In January I worked in my coat to avoid putting the heating on.")]),
        iv("c5", "2026-11-05", conf="j2 j3 p5 g2 g3 g4 n1 n2",
           quotes=[("j3", "Three days alone at home and I start talking to the radio."),
                   ("g4", "Meeting other people who work from here, that would be the real "
                          "bonus."),
                   ("n2", "The gas bill is why I'd pay for a desk, honestly.")]),
    ],
    persona=persona(
        "t", "Rachel Hughes", "38", "a village near Tiverton, Devon",
        "product designer for a Bristol company, works from home four days a week",
        "With two kids home at half three, my afternoon calls are from the car.",
        "Works at the kitchen table. The broadband drops on busy days and the nearest "
        "co-working space is forty minutes away. In winter she works in a coat to save gas."),
    answers={
        "02-why-this-segment":
            "Remote workers in Devon villages who work from home three or more days: about "
            "6,000 have no proper workspace, the broadband is weak and the nearest co-working "
            "space is 40 minutes away. They pay (or their employer does), and village Facebook "
            "groups reach them. Village halls and pubs are the other side. City co-workers "
            "already have a space, and holiday guests stay too short, so we leave them aside.",
        "03-compare-segments":
            "Remote workers and venues need each other: workers want a desk near home with good "
            "internet, venues want weekday income without extra volunteer work. The worry about "
            "strangers with no key holder (venues) and the same-morning booking (workers) pull "
            "in different directions, so both canvases must be tested before we promise "
            "anything.",
        "05-what-next":
            "Stop this round with workers and start the venue side. New items per interview: 1, "
            "1, 0, 0, 0. The quiet place with internet and keeping work apart came up in 3 of 5 "
            "each; broadband drops were confirmed 3 times and contradicted once (satellite). "
            "Both new items were heard again twice (3 of 5): same-morning booking and heating "
            "costs in winter, now validated in the profile. Same-morning booking is not "
            "addressed yet and clashes with the venues' key worry, so five venue interviews "
            "come next.",
        "06-review-plan":
            "We review both canvases after each round of five interviews per side, and in "
            "October and March, when heating costs change the story. We check the evidence, the "
            "ranking and the new items. If the employer turns out to be the real payer, we add "
            "employers as a third segment; if venues refuse same-day bookings, we change the "
            "offer before the persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, food surplus: independent bakeries and neighbours buying end-of-day bags.
CASES.append(case(
    "bakery-surplus-bags", quality="excellent", kind="multi-sided",
    notes="two targeted sides (bakeries, buyers); competitor named in questions",
    learner="Euan MacLeod",
    offering="An evening bag service for independent bakeries: at 5 pm the bakery lists what "
             "is left, neighbours reserve a bag at half price and collect it before closing.",
    pattern="multi-sided",
    segments=[
        seg("t", "Independent bakeries in Glasgow with their own shop", "business", True,
            reason="They throw away a tenth of the bake on quiet days, food bank collections "
                   "are patchy, and the existing apps' pickup windows clash with closing. The "
                   "owner is in the shop and decides on the spot.",
            size=120,
            context="The last hour before closing, 5 to 6 pm, when the shelves show what will "
                    "be left; and the evening plan for tomorrow's bake.",
            payer="the bakery, through a commission on each bag",
            user="the shop staff who pack and hand over the bags at closing",
            notes="Size: about 180 independent bakeries and patisseries in Glasgow (Companies "
                  "House SIC 10710, checked against a map count); about 120 have their own shop.",
            firmo=["independent bakery, 1-2 shops, 3-12 staff", "bakes on site every day",
                   "owner works in the shop"],
            geo=["Glasgow neighbourhoods"],
            beh=["throws away or gives away 5-15% of the daily bake",
                 "has tried a surplus app or a food bank"],
            psy=["the owner hates throwing food away"],
            jobs=[
                J("j1", "Sell as much of the day's bake as possible before closing",
                  "functional", "very important", ev="v", addr=True),
                J("j2", "Bake the right amount tomorrow", "functional", "very important",
                  ev="v", addr=False),
                J("j3", "Not throw good bread in the bin", "emotional", "important", ev="v",
                  addr=True),
                J("j4", "Be known in the neighbourhood as a good local business", "social",
                  "important", addr=True),
                J("j5", "Close the shop on time and get home", "basic need", "less important",
                  addr=False),
            ],
            pains=[
                P("p1", "A tenth or more of the bake is left at closing on quiet days",
                  "extreme", ev="v", addr=True),
                P("p2", "Food bank collections are unreliable and only on some days", "severe",
                  ev="v", addr=True),
                P("p3", "Surplus-food schemes take a commission and set pickup times that clash "
                        "with closing", "severe", ev="v", addr=True),
                P("p6", "Filled rolls and sandwiches cannot be given away the next day",
                  "severe", ev="v", addr=True, origin="n1"),
                P("p7", "Large orders from cafés and events arrive by text at the last minute",
                  "severe", ev="v", addr=False, origin="n2"),
                P("p5", "The weather makes demand impossible to predict", "moderate", ev="v",
                  addr=False),
                P("p4", "Discounts in the last hour teach regulars to come late", "moderate",
                  addr=False, notes="Contradicted once (Marco); nobody confirmed."),
            ],
            gains=[
                G("g1", "Leftovers under 5% of the bake", "desired", "essential", ev="v",
                  addr=True),
                G("g2", "Some money back for what is left", "expected", "important", ev="v",
                  addr=True),
                G("g4", "No extra work at closing time", "required", "important", ev="v",
                  addr=False),
                G("g3", "New customers who come back at full price", "unexpected",
                  "important", addr=True),
                G("g5", "Able to say the bakery wastes nothing", "desired", "nice to have",
                  addr=True),
            ]),
        seg("b", "Neighbours who pass independent bakeries on the way home", "consumer", True,
            reason="The buyers make the bags worth listing: without them the bakery has no "
                   "reason to join. Many already use surplus apps and find them sold out.",
            size=60000,
            context="Weekday evenings between 5 and 6 pm, on the way home from work.",
            payer="the buyer", user="the buyer and their household",
            demo=["25-60 years old", "working adults and families"],
            geo=["lives or works within 10 minutes' walk of a bakery"],
            beh=["has used a surplus-food app in the last year"],
            jobs=[
                J("bj1", "Get good bread and pastries cheaper", "functional",
                  "very important"),
                J("bj3", "Pick up on the way home from work", "functional", "important"),
                J("bj2", "Feel they help stop food waste", "emotional", "important"),
            ],
            pains=[
                P("bp1", "Bakeries are closed or empty by the time they get home", "severe"),
                P("bp2", "Surprise bags contain things they do not eat", "moderate"),
                P("bp3", "Bags on apps sell out in minutes", "moderate"),
            ],
            gains=[
                G("bg1", "Pay half price or less", "expected", "essential"),
                G("bg2", "See what is in the bag before paying", "desired", "important"),
                G("bg3", "A treat for the children on Friday", "unexpected", "nice to have"),
            ]),
        seg("n1", "Supermarket in-store bakeries", "business", False,
            reason="Decisions are made centrally; they have their own markdown process and "
                   "national food-bank schemes.",
            payer="the supermarket chain", user="store staff",
            firmo=["in-store bakery of a national chain"], geo=["Glasgow"],
            beh=["marks down at fixed times"]),
        seg("n2", "Cafés and restaurants", "business", False,
            reason="Their surplus is cooked food under stricter safety rules, and it is left "
                   "at other times of day.",
            payer="the owner", user="kitchen staff",
            firmo=["café or restaurant, 5-30 staff"], geo=["Glasgow"],
            beh=["throws away cooked food at the end of service"]),
    ],
    plan=plan(
        "t",
        goal="Learn what independent bakeries do with what is left at closing, what it costs "
             "them, and how they plan the next day's bake.",
        focus="The end of a bakery's day and the plan for tomorrow. Listen for whatever makes "
              "leftovers a problem, which may not be money: staff, safety rules, orders.",
        contacts=[
            contact("c1", "Fiona", "Owner of a bakery in Partick with six staff.",
                    "I am a regular customer; I asked her at the counter.", "done"),
            contact("c2", "Marco", "Owner of an Italian bakery in Shawlands.",
                    "Glasgow independent food businesses Facebook group.", "done"),
            contact("c3", "Ailsa", "Manager of a sourdough bakery with two shops in "
                    "Finnieston.", "She spoke at a food-waste event; I wrote to her after.",
                    "done"),
            contact("c4", "Hamid", "Owner of a bakery in Govanhill with four staff.",
                    "Local business association breakfast.", "done"),
            contact("c5", "Kirsty", "Shop supervisor at a bakery in Dennistoun: the user who "
                    "closes the shop.", "Fiona introduced us.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? I won't name the bakery.",
            "Tell me about yesterday's closing. What was left, and what happened to it?",
            "How do you decide how much to bake for the next day?",
            "What have you tried for leftovers: Too Good To Go, food banks, discounts, staff "
            "taking it home?",
            "What happened the last time a food bank or app pickup did not work out?",
            "How much did you throw away last week, roughly in money?",
            "What does the last hour before closing look like for the staff?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-02", conf="j1 j3 p1 p2 g1 g2",
           new=[new("n1", "pain", "Filled rolls and sandwiches cannot be given away the next "
                    "day")],
           quotes=[("p1", "On a rainy Tuesday I can have forty loaves left. Forty."),
                   ("p2", "The food bank van comes Thursdays. The other days it's the bin."),
                   ("n1", "Bread I can give away. Filled rolls, no: after today they're a "
                          "risk.")]),
        iv("c2", "2026-10-09", conf="j2 p3 p5 g4", contra="p4",
           new=[new("n2", "pain", "Big orders from cafés and events arrive by text at the last "
                    "minute")],
           quotes=[("p3", "The app takes a quarter and the pickup is half five to six. At six "
                          "I want to be mopping."),
                   ("p4", "My regulars come at eight in the morning. The evening people are "
                          "different people."),
                   ("n2", "A café orders thirty croissants by text at ten at night. How do I "
                          "plan that?")]),
        iv("c3", "2026-10-20", conf="j1 j2 p1 p3 g1 g3 n1",
           new=[new("n3", "gain", "Tell customers which loaves are from today and which from "
                    "yesterday")],
           quotes=[("j2", "We bake from last year's spreadsheet and the weather forecast. It's "
                          "a guess."),
                   ("g3", "Half the surprise-bag people never come back. The ones who do, I "
                          "love."),
                   ("n1", "We bin every filled focaccia at close. There's no way around it."),
                   ("n3", "People ask 'is this today's?' and I want to be able to say it "
                          "honestly.")]),
        iv("c4", "2026-10-28", conf="j1 j3 p1 p2 p5 g2 n2",
           quotes=[("j3", "My father was a baker. Throwing bread away, it hurts me here."),
                   ("p5", "Sunny Saturday, sold out by two. Rainy Saturday, half left."),
                   ("n2", "The mosque orders for Friday on Thursday night. Sometimes sixty, "
                          "sometimes nothing.")]),
        iv("c5", "2026-11-09", conf="j5 p1 p3 g1 g4 n1 n2",
           quotes=[("g4", "Whatever it is, it can't add ten minutes to closing. I've got a bus "
                          "at twenty past."),
                   ("j5", "Closing is already the worst half hour of the day."),
                   ("n2", "Big orders come in by text after we've done the plan."),
                   ("p1", "I bag up the leftovers every night and most of it goes in the "
                          "bin.")]),
    ],
    persona=persona(
        "t", "Morag Campbell", "47", "Partick, Glasgow",
        "owner of a bakery with one shop and six staff, starts baking at 4 am",
        "On a rainy Tuesday I can have forty loaves left. Forty.",
        "Plans tomorrow's bake from last year's figures and the forecast. The food bank comes "
        "on Thursdays; other days the leftovers go in the bin, and she hates it."),
    answers={
        "02-why-this-segment":
            "Independent bakeries with their own shop: about 120 in Glasgow. They leave a tenth "
            "of the bake on quiet days, the food bank comes once a week, and the surplus apps' "
            "pickup windows clash with closing. The owner is in the shop, so we can ask at the "
            "counter. Neighbours on their way home are the buyers' side. Supermarket bakeries "
            "decide centrally and cafés have cooked food under other rules, so we leave them.",
        "03-compare-segments":
            "Bakeries want leftovers gone with no extra work at closing; buyers want good bread "
            "at half price on the way home. Both sides meet in the same hour, 5 to 6 pm, which "
            "is good, but the bakeries' 'no extra ten minutes' and the buyers' wish to see what "
            "is in the bag pull against each other: we test both before fixing the offer.",
        "05-what-next":
            "Stop this round with bakeries and start interviewing buyers. New items per "
            "interview: 1, 1, 1, 0, 0. Leftovers at closing came up in 4 of 5 interviews, the "
            "apps' pickup windows in 3 of 5, and the two new pains were heard in 3 of 5 each "
            "(filled rolls that cannot be given away, last-minute big orders); both are now "
            "validated in the profile. The freshness label was heard once and stays in the log. "
            "'Bake the right amount' (2 of 5) is not addressed by our idea: we note it as a gap.",
        "06-review-plan":
            "We review both canvases after each round of five interviews per side, at the start "
            "of summer and of winter (demand changes with the weather), and before we set the "
            "commission. We update the evidence and the ranking and add new items. If the "
            "planning pain keeps rising, we consider a second offer for the bake plan and a new "
            "canvas for it.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, events: small music venues and freelance live sound engineers.
CASES.append(case(
    "venue-sound-crew", quality="excellent", kind="multi-sided",
    notes="two targeted sides (venues, engineers); touring-band promoter as payer named",
    learner="Kwame Asante",
    offering="A booking service for live sound: small venues post a gig night, local freelance "
             "sound engineers who know the venue's desk accept it, and pay arrives the day "
             "after the gig.",
    pattern="multi-sided",
    segments=[
        seg("t", "Grassroots music venues in Greater Manchester that book freelance sound "
                 "engineers", "business", True,
            reason="Most have no in-house engineer for every night, so a drop-out on the day "
                   "means phoning round, and bad sound hurts their name with agents. The "
                   "manager books crew and can decide this week.",
            size=40,
            context="The week before each gig, and the afternoon of a gig when an engineer "
                    "drops out.",
            payer="the venue, or the promoter when a touring band's deal includes crew",
            user="the venue manager who books; the engineer who runs the show",
            notes="Size: the Music Venue Trust lists about 60 grassroots venues in Greater "
                  "Manchester (2025); about 40 of them rely on freelancers, by our count of "
                  "their listings.",
            firmo=["independent music venue, 100-400 capacity", "8-20 gigs a month",
                   "manager or promoter books the crew"],
            geo=["Manchester, Salford and Stockport"],
            beh=["books freelance engineers by WhatsApp", "pays cash on the night or by "
                                                         "invoice"],
            jobs=[
                J("j1", "Have a competent engineer at every gig, from soundcheck to curfew",
                  "functional", "very important", ev="v", addr=True),
                J("j2", "Keep the venue's reputation with bands and agents", "social",
                  "very important", ev="v", addr=True),
                J("j3", "Not spend the afternoon of a gig phoning round for cover",
                  "emotional", "important", ev="v", addr=True),
                J("j4", "Keep crew costs within the door money", "functional", "important",
                  addr=False),
                J("j5", "Protect the desk and the PA from people who do not know the system",
                  "functional", "less important", addr=True),
            ],
            pains=[
                P("p1", "An engineer drops out on the day and the manager phones everyone they "
                        "know", "extreme", ev="v", addr=True,
                  notes="Rob contradicted it: a big WhatsApp pool works for him."),
                P("p2", "A new engineer does not know the desk and the soundcheck overruns",
                  "severe", ev="v", addr=True),
                P("p3", "Bands complain on social media about bad sound", "severe", addr=True),
                P("p6", "Noise complaints from new flats nearby put the licence at risk",
                  "severe", ev="v", addr=False, origin="n1"),
                P("p4", "Good engineers go on tour with bands for weeks at a time", "moderate",
                  addr=True),
                P("p5", "Chasing invoices, or paying cash out of the till on the night",
                  "moderate", ev="v", addr=True),
                P("p7", "Touring bands send no tech rider, or a wrong one", "moderate", ev="v",
                  addr=False, origin="n2"),
            ],
            gains=[
                G("g1", "Cover found within two hours when someone drops out", "required",
                  "essential", ev="v", addr=True),
                G("g2", "A small pool of engineers who know the venue's system", "desired",
                  "essential", ev="v", addr=True),
                G("g3", "Bands and agents ask to come back", "unexpected", "important",
                  addr=False),
                G("g4", "One monthly bill for all crew", "desired", "nice to have", addr=True),
                G("g5", "Fixed rates that everyone agrees", "expected", "nice to have",
                  addr=True),
            ]),
        seg("e", "Freelance live sound engineers in Greater Manchester", "consumer", True,
            reason="The other side: venues only join if engineers who know their rooms are "
                   "there. Engineers fill the weeks between tours with local gigs.",
            size=300,
            context="The weeks between tours, and the evening of a local gig.",
            payer="nobody on this side pays: the venue or promoter pays the engineer",
            user="the engineers themselves",
            demo=["22-50 years old", "self-employed sound engineer"],
            geo=["lives in Greater Manchester"],
            beh=["mixes 6+ local gigs a month between tours"],
            jobs=[
                J("ej1", "Fill the calendar with paid gigs between tours", "functional",
                  "very important"),
                J("ej2", "Work on good systems with bands they like", "emotional",
                  "important"),
                J("ej3", "Build a name so touring bands call them", "social", "important"),
            ],
            pains=[
                P("ep1", "Paid weeks late, or in cash with no record", "severe"),
                P("ep2", "Last-minute calls to cover a gig on an unknown system", "severe"),
                P("ep3", "Getting home at 2 am without public transport", "moderate"),
            ],
            gains=[
                G("eg1", "Paid the day after the gig", "required", "essential"),
                G("eg2", "Know the venue's desk before arriving", "desired", "important"),
                G("eg3", "Steady residencies at two or three venues", "desired", "important"),
            ]),
        seg("n1", "Large concert halls (1,500+ capacity)", "business", False,
            reason="In-house technical teams and crew agencies on long contracts.",
            payer="the hall operator", user="the in-house team",
            firmo=["1,500+ capacity"], geo=["Manchester"], beh=["uses a crew agency"]),
        seg("n2", "Wedding and corporate event organisers", "business", False,
            reason="They need PA hire and DJs more than engineers, and they book once, not "
                   "every week.",
            payer="the client or the organiser", user="the organiser",
            firmo=["event planners, 1-10 staff"], geo=["North West England"],
            beh=["books a PA hire company per event"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small venues get an engineer for every gig today, what happens when "
             "that fails, and what it costs them.",
        focus="Crew for gig nights, from the booking to the end of the show. Listen for "
              "whatever goes wrong, which may not be engineers at all: neighbours, riders, "
              "money.",
        contacts=[
            contact("c1", "Jess", "Manager of a 250-capacity venue in the Northern Quarter.",
                    "I work the bar there on Fridays.", "done"),
            contact("c2", "Rob", "Promoter who books three venues in Salford.",
                    "Manchester promoters' WhatsApp group.", "done"),
            contact("c3", "Amara", "Manager of a 120-capacity basement venue in Ancoats.",
                    "Music Venue Trust regional meeting.", "done"),
            contact("c4", "Phil", "Owner of a 400-capacity venue in Stockport.",
                    "LinkedIn message.", "done"),
            contact("c5", "Sean", "Production manager of a 300-capacity venue in Chorlton.",
                    "Jess introduced us.", "done"),
        ],
        questions=[
            "Is it OK if I take notes? I won't name the venue.",
            "Walk me through the last gig night from the engineer's side: who did it, and how "
            "did you book them?",
            "Tell me about the last time an engineer dropped out. What happened?",
            "How do you find new engineers today?",
            "What did the sound cost you last month, and how did you pay it?",
            "What happened the last time a band was unhappy with the sound?",
            "What have you tried so far, like a house engineer, a crew agency or a WhatsApp "
            "group?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-03", conf="j1 j3 p1 p2 g1 g2",
           new=[new("n1", "pain", "Noise complaints from new flats nearby put the licence at "
                    "risk")],
           quotes=[("p1", "Last Saturday he texted at three: 'sorry, sick'. Doors at seven. I "
                          "rang eleven people."),
                   ("p2", "The lad who covered didn't know the desk. Soundcheck ran into "
                          "doors."),
                   ("n1", "The new flats across the road complain every weekend. One more and "
                          "the council reviews our licence.")]),
        iv("c2", "2026-10-10", conf="j2 j4 p3 p5 g3", contra="p1",
           new=[new("n2", "pain", "Touring bands send no tech rider, or a wrong one")],
           quotes=[("p3", "One bad review from a band's manager and the agent stops sending us "
                          "acts."),
                   ("p1", "I've got twenty engineers on WhatsApp. Someone always says yes."),
                   ("n2", "Half the bands send the tech rider the morning of the gig, if at "
                          "all.")]),
        iv("c3", "2026-10-22", conf="j1 j3 j5 p1 p2 g1 g2 n1",
           quotes=[("j5", "Someone blew two tweeters last spring because he didn't know our "
                          "amps."),
                   ("g2", "Three or four people who know the room. That's all I want."),
                   ("n1", "We soundproofed the back wall last year because of the flats. "
                          "Twelve grand.")]),
        iv("c4", "2026-11-02", conf="j1 j2 p1 p4 g1 g4 n2",
           new=[new("n3", "pain", "The venue's insurer asks for proof that crew are trained")],
           quotes=[("p4", "My best engineer goes on tour with a band for six weeks every "
                          "autumn."),
                   ("g1", "If I had cover in two hours, I'd sleep on gig days."),
                   ("n2", "The rider said two vocal mics. They showed up with a choir."),
                   ("n3", "The insurer asked who's qualified to rig. I had nothing on paper.")]),
        iv("c5", "2026-11-13", conf="j1 j3 p1 p2 p5 g2 n1 n2",
           quotes=[("j3", "The worst afternoon is ringing round while the band's van is already "
                          "outside."),
                   ("p5", "I pay some of them cash out of the till at midnight. Not ideal."),
                   ("n2", "No rider, no stage plot, and they want a drum riser in ten "
                          "minutes.")]),
    ],
    persona=persona(
        "t", "Kate Brennan", "34", "Manchester, Northern Quarter",
        "manager of a 250-capacity grassroots venue, 15 gigs a month",
        "Last Saturday he texted at three: 'sorry, sick'. Doors at seven. I rang eleven people.",
        "Books crew on WhatsApp for 15 gigs a month. Two regular engineers know the desk; when "
        "one drops out she spends the afternoon on the phone. The new flats next door worry "
        "her more every month."),
    answers={
        "02-why-this-segment":
            "Grassroots venues in Greater Manchester that use freelancers: about 40 of the 60 "
            "on the Music Venue Trust list. A drop-out on gig day means an afternoon on the "
            "phone, and bad sound costs them acts. The manager books crew and we can meet them "
            "at Trust meetings. Engineers are the other side. Big halls have in-house teams, "
            "and wedding organisers need PA hire, so we leave both aside.",
        "03-compare-segments":
            "Venues want someone who knows the room, found fast; engineers want steady gigs and "
            "to be paid the next day. Both sides are hurt by last-minute calls, from opposite "
            "ends, so the same pool of engineers who know a venue helps both. Engineers are not "
            "interviewed yet, so their profile is all hypotheses.",
        "05-what-next":
            "Stop the venue round and interview engineers next. New items per interview: 1, 1, "
            "0, 1, 0. Drop-outs on the day were confirmed in 4 of 5 and contradicted once (Rob, "
            "with a big WhatsApp pool); needing a competent engineer came up in 4 of 5. Noise "
            "complaints from flats and missing tech riders were heard in 3 of 5 each and are "
            "now validated, though our offer addresses neither. The insurer point came up once "
            "and stays in the log.",
        "06-review-plan":
            "We review both canvases after each round of five interviews per side, every "
            "January and September when touring seasons start, and before we set the fee. We "
            "check the evidence, re-rank the pains and add new items. If promoters like Rob "
            "turn out to behave differently from venue managers, we split them into their own "
            "segment and draw a second venue persona.",
    }))
