"""Mediocre workbooks: a real attempt with real flaws. Each case says which flaws it has in
``defects``; everything else in it is meant to be acceptable. (Part 2 of 2.)"""

from _dsl import G, J, P, case, contact, iv, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Business, freight: shared same-day vans for small food wholesalers.
CASES.append(case(
    "wholesale-shared-vans", quality="mediocre", kind="business",
    defects="profile-unrated,contacts-thin,interviews-thin",
    notes="no item rated; only two contacts and one of them does not match the segment (a "
          "courier driver); two interviews",
    learner="Ruth Adeyemi",
    offering="Shared same-day van deliveries for small wholesalers: one van collects from "
             "several wholesalers on an industrial estate and delivers to shops and "
             "restaurants in the city.",
    pattern="niche",
    segments=[
        seg("t", "Small food wholesalers on industrial estates that deliver to restaurants",
            "business", True,
            reason="Their own vans run half empty on quiet days and a driver is their biggest "
                   "cost, while restaurants want smaller and more frequent drops.",
            size=150,
            context="Early morning deliveries, before restaurants open for lunch.",
            payer="the wholesaler", user="the wholesaler's dispatch clerk",
            firmo=["food wholesaler with 5-20 staff", "one or two own vans"],
            geo=["Trafford Park industrial estate, Manchester"],
            beh=["delivers 20-60 drops a day"],
            jobs=[
                J("j1", "Get every order to the restaurant before lunch service"),
                J("j2", "Keep the delivery cost per drop low"),
                J("j3", "Keep restaurant customers from moving to a bigger distributor",
                  "social"),
            ],
            pains=[
                P("p1", "Vans go out half empty on quiet days"),
                P("p2", "A driver calls in sick and orders arrive late"),
                P("p3", "Parking tickets and congestion in the city centre"),
            ],
            gains=[
                G("g1", "A lower cost per drop", "desired"),
                G("g2", "The delivery window promised to the customer is kept", "expected"),
                G("g3", "No need to hire another driver", "desired"),
            ]),
        seg("n", "National food distributors", "business", False,
            reason="They run their own fleets and routing software.",
            firmo=["national distributor, 500+ staff"], geo=["UK"],
            beh=["own fleet of 50+ vehicles"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small wholesalers organise deliveries and what they cost.",
        focus="The morning delivery run.",
        contacts=[
            contact("c1", "Imran", "Owner of a spice and dry goods wholesaler with 8 staff on "
                    "Trafford Park.", "My uncle buys from him.", "done"),
            contact("c2", "Femi", "My cousin; he drives for a parcel courier and knows a lot "
                    "about vans.", "Family dinner on Sunday.", "done"),
        ],
        questions=[
            "Walk me through yesterday's deliveries. How many drops, and how full was the van?",
            "What happened the last time a driver called in sick?",
            "How much did deliveries cost you last month, including the driver?",
            "Tell me about the last customer who complained about a late delivery.",
            "What have you tried to cut delivery costs?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-20", conf="j1 j2 p1 p2 g1 g2",
           quotes=[("p1", "Monday the van went out with eleven drops. It can take forty."),
                   ("p2", "When my driver was off I delivered myself and the office was "
                          "closed.")]),
        iv("c2", "2026-10-27", conf="p3 g3",
           quotes=[("p3", "I get a ticket a week in town, the company pays them."),
                   ("g3", "Nobody wants to be a driver now, it's hard to hire.")]),
    ],
    persona=persona(
        "t", "Imtiaz", "47", "Stretford, Manchester", "owner of a small food wholesaler",
        "Monday the van went out with eleven drops. It can take forty.",
        "Hypothesis persona: we have only talked to two people so far."),
    answers={
        "02-why-this-segment":
            "Small wholesalers on the industrial estate, because their vans run half empty and "
            "the driver costs a lot. National distributors have their own fleets.",
        "03-compare-segments":
            "Small and national distributors both deliver to restaurants, but the national ones "
            "fill their vans and have routing software.",
        "05-what-next":
            "Carry on: two interviews is too few. Half-empty vans came up with Imran; we need "
            "three more wholesalers.",
        "06-review-plan":
            "We review the canvas after the next three interviews.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, co-working: empty office desks rented by the day to freelancers.
CASES.append(case(
    "spare-desk-offices", quality="mediocre", kind="multi-sided",
    defects="pattern-mismatch,duplicates,questions-weak",
    notes="two interdependent targeted sides but pattern 'niche'; near-duplicate job and pain "
          "in the companies' profile; a hypothetical and an opinion question",
    learner="Noah Williams",
    offering="A marketplace where companies with empty desks rent them by the day to "
             "freelancers.",
    pattern="niche",
    segments=[
        seg("t", "Small companies with spare desks after going hybrid", "business", True,
            reason="Their staff come in two or three days a week, so they pay rent for desks "
                   "that stand empty half the week.",
            size=900,
            context="Midweek, when the office is half empty.",
            payer="the company (the office manager's budget)",
            user="the office manager who would list the desks",
            firmo=["10-50 staff", "office lease with 20% or more desks empty"],
            geo=["central Birmingham"],
            beh=["staff in the office 2-3 days a week"],
            jobs=[
                J("j1", "Lower the cost of office space that is empty half the week",
                  "functional", "very important", ev="v"),
                J("j2", "Reduce the cost of the empty office space", "functional",
                  "important"),
                J("j3", "Keep the office lively on quiet days", "social", "important"),
            ],
            pains=[
                P("p1", "Paying rent for desks nobody uses", "extreme", ev="v", addr=True),
                P("p2", "Empty desks cost money every month", "severe", addr=True),
                P("p3", "Worry that strangers see confidential work", "severe", ev="v",
                  addr=False),
            ],
            gains=[
                G("g1", "Some income from the empty desks", "desired", "essential", ev="v",
                  addr=True),
                G("g2", "The office feels busy", "unexpected", "nice to have", addr=True),
                G("g3", "Meet freelancers they might hire", "unexpected", "nice to have",
                  addr=True),
            ]),
        seg("f", "Freelancers who want a desk in a real office", "consumer", True,
            reason="They work from cafés or the kitchen table and miss a professional place, "
                   "but a co-working membership is too much for two days a week.",
            size=4000,
            context="Two or three weekdays, when home does not work.",
            payer="the freelancer", user="the freelancer",
            demo=["25-40 years old", "freelance designer or developer"],
            geo=["Birmingham"], beh=["works from cafés"],
            jobs=[
                J("fj1", "Have a professional place to work", "functional", "very important"),
                J("fj2", "Meet other people during the week", "social", "important"),
                J("fj3", "Keep work costs low", "functional", "important"),
            ],
            pains=[
                P("fp1", "Cafés are noisy and the Wi-Fi is bad", "severe"),
                P("fp2", "Co-working memberships cost too much for two days a week", "severe"),
                P("fp3", "Lonely working at home", "moderate"),
            ],
            gains=[
                G("fg1", "Pay by the day", "expected", "essential"),
                G("fg2", "A real office feeling", "desired", "important"),
                G("fg3", "Contacts with companies", "unexpected", "nice to have"),
            ]),
        seg("n", "Large corporations", "business", False,
            reason="Their security rules do not allow outsiders in the office.",
            firmo=["1,000+ staff"], geo=["Birmingham"], beh=["badge access"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small companies use their office after going hybrid.",
        focus="Empty desks and office costs.",
        contacts=[
            contact("c1", "Sarah", "Office manager at a 25-person design agency.",
                    "LinkedIn.", "done"),
            contact("c2", "Tom", "Founder of a 15-person software firm.",
                    "Startup meet-up.", "done"),
            contact("c3", "Priya", "Operations lead at a 40-person charity.",
                    "Friend from university.", "planned"),
            contact("c4", "Mark", "Office manager at a 30-person accountancy firm.",
                    "My father's accountant.", "done"),
        ],
        questions=[
            "How many desks were empty in your office last week?",
            "What do you pay for the office each month?",
            "Would you rent your empty desks to freelancers?",
            "What do you think about having freelancers in your office?",
            "What happened the last time someone from outside worked in your office?",
            "Who decides about changes to the office?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-09", conf="j1 p1 g1 g2",
           quotes=[("p1", "Forty desks, and on Fridays there are six people in."),
                   ("g2", "It's a bit sad on Mondays, honestly.")]),
        iv("c2", "2026-10-16", conf="j1 p3 g1",
           quotes=[("p3", "Our clients' code is on those screens. I can't have strangers "
                          "walking past."),
                   ("g1", "Any money for those desks would help.")]),
        iv("c4", "2026-10-30", conf="j1 p1 p3 g3",
           quotes=[("p1", "We pay for the whole floor and use half."),
                   ("p3", "Client files are everywhere. That would be a problem.")]),
    ],
    persona=persona(
        "t", "Sarah Collins", "41", "Birmingham", "office manager at a design agency",
        "Forty desks, and on Fridays there are six people in."),
    answers={
        "02-why-this-segment":
            "Small hybrid companies pay for desks that are empty half the week, and freelancers "
            "need desks. Large corporations have security rules, so we leave them out.",
        "03-compare-segments":
            "Companies want money for empty desks; freelancers want a cheap professional place. "
            "The companies worry about confidentiality, which the freelancers do not think "
            "about.",
        "05-what-next":
            "Carry on. Empty desks came up in 3 of 3 interviews and confidentiality in 2 of 3. "
            "We will now talk to freelancers.",
        "06-review-plan":
            "We will review both profiles after the freelancer interviews.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, events: engaged couples and local wedding musicians.
CASES.append(case(
    "wedding-musicians", quality="mediocre", kind="multi-sided",
    defects="no-reason,interviews-duplicate,evidence-overclaimed",
    notes="the neighbour's reason is just 'no'; one interview with someone not in the plan; "
          "two items validated beyond the log",
    learner="Isabella Costa",
    offering="A website where engaged couples find local live musicians for the ceremony and "
             "the reception, listen to real recordings and book with a deposit.",
    pattern="multi-sided",
    segments=[
        seg("t", "Engaged couples planning a wedding in Surrey and Sussex", "consumer", True,
            reason="Couples spend weeks searching social media and asking friends for "
                   "musicians, and cannot hear them play before booking.",
            size=9000,
            context="The 6-18 months before the wedding, evenings and weekends.",
            payer="the couple (sometimes parents help)", user="the couple and their guests",
            demo=["26-38 years old", "engaged"],
            geo=["Surrey and Sussex"],
            beh=["wedding in the next 6-18 months", "budget 15-30k GBP"],
            psy=["want a personal, not generic, wedding"],
            jobs=[
                J("j1", "Find musicians they like within their budget", "functional",
                  "very important", ev="v"),
                J("j2", "Make the ceremony feel personal", "emotional", "important"),
                J("j3", "Give guests something different to remember", "social",
                  "less important"),
            ],
            pains=[
                P("p1", "Cannot hear a musician live before booking", "severe", ev="v",
                  addr=True),
                P("p2", "Musicians answer enquiries after weeks, or never", "severe", ev="v",
                  addr=True),
                P("p3", "Prices are hidden until you ask", "moderate", ev="v", addr=True),
            ],
            gains=[
                G("g1", "The booking confirmed in writing", "required", "essential",
                  addr=True),
                G("g2", "Real recordings from weddings", "desired", "important", ev="v",
                  addr=True),
                G("g3", "A musician who learns their special song", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("m", "Local wedding musicians", "business", True,
            reason="Without musicians there is nothing to book. They need Saturdays filled in "
                   "the season and lose time on enquiries that go nowhere.",
            size=1200,
            context="Wedding season, April to September.",
            payer="nobody on this side pays: the couples pay the musicians",
            user="the musicians",
            firmo=["solo, duo or trio act", "self-employed"],
            geo=["South East England"], beh=["10-40 weddings a year"],
            jobs=[
                J("mj1", "Fill Saturdays in the wedding season", "functional",
                  "very important"),
                J("mj2", "Get deposits paid up front", "functional", "important"),
                J("mj3", "Build a reputation with good reviews", "social", "important"),
            ],
            pains=[
                P("mp1", "Enquiries that never turn into bookings", "severe"),
                P("mp2", "Last-minute cancellations", "severe"),
                P("mp3", "Couples expect song requests for free", "moderate"),
            ],
            gains=[
                G("mg1", "A deposit on booking", "required", "essential"),
                G("mg2", "Fewer time-wasting enquiries", "desired", "important"),
                G("mg3", "Reviews from couples", "desired", "nice to have"),
            ]),
        seg("n", "Wedding planners", "business", False, reason="no",
            firmo=["wedding planning business"], geo=["South East"],
            beh=["books suppliers for clients"]),
    ],
    plan=plan(
        "t",
        goal="Learn how couples choose and book music for their wedding.",
        focus="Choosing suppliers for the wedding day.",
        contacts=[
            contact("c1", "Emma", "Engaged, wedding in July next year near Guildford.",
                    "Friend from work.", "done"),
            contact("c2", "Chloe", "Engaged, wedding next spring in a barn in Sussex.",
                    "Wedding fair in Brighton.", "done"),
            contact("c3", "Sam", "Engaged, wedding in May in Brighton.",
                    "Reddit wedding planning forum.", "done"),
        ],
        questions=[
            "Tell me how you found the other suppliers for your wedding so far.",
            "What have you done so far to find music for the day?",
            "Tell me about the last musician you contacted. What happened?",
            "How much have you set aside for music, and how did you decide?",
            "What was the hardest part of choosing suppliers?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-10", conf="j1 p1 p2",
           quotes=[("p1", "We booked the band from a YouTube video from 2019."),
                   ("p2", "I messaged five musicians in August. Two answered.")]),
        iv("c2", "2026-10-17", conf="j1 j2 g2", contra="p3",
           quotes=[("g2", "I want to hear them at a real wedding, not in a studio."),
                   ("p3", "Everyone put prices on their website, that was fine.")]),
        iv("Lucy (my sister's friend, married last year)", "2026-10-24", conf="p1 p2 p3",
           quotes=[("p3", "You had to ask for a quote for everything."),
                   ("p1", "We heard our singer for the first time at the ceremony.")]),
        iv("c3", "2026-11-01", conf="j1 p2",
           quotes=[("p2", "The harpist took three weeks to reply, we'd booked someone else by "
                          "then."),
                   ("j1", "We have 1,500 for music and everyone starts at 1,200.")]),
    ],
    persona=persona(
        "t", "Emily and Jack", "31 and 33", "Guildford, Surrey", "teacher and engineer",
        "I messaged five musicians in August. Two answered."),
    answers={
        "02-why-this-segment":
            "Engaged couples in Surrey and Sussex, because they spend weeks finding musicians "
            "and cannot hear them before booking. Musicians are the other side.",
        "03-compare-segments":
            "Couples want to hear the musician and get an answer fast; musicians want fewer "
            "enquiries that go nowhere. A site with recordings and deposits helps both.",
        "05-what-next":
            "Carry on. Slow answers from musicians came up in 3 of 4 interviews and not hearing "
            "them live in 2 of 4. Next we interview musicians.",
        "06-review-plan":
            "We look at the canvas after the musician interviews and before the wedding fair "
            "in January.",
    }))

# ----------------------------------------------------------------------------------------------
# Multi-sided, farming, non-native English (Portuguese learner): farm vegetables for
# restaurants.
CASES.append(case(
    "farm-boxes-lisbon", quality="mediocre", kind="multi-sided",
    defects="segment-vague,contacts-duplicate,interview-date",
    notes="non-native English (Portuguese learner); the restaurant side is vague; the same "
          "farmer planned twice; one interview without a date",
    learner="João Ferreira",
    offering="A weekly box of vegetables from small farms near Lisbon, ordered by restaurants "
             "on Sunday and delivered on Tuesday.",
    pattern="multi-sided",
    segments=[
        seg("t", "Small vegetable farms of 1-5 hectares in the Oeste region", "business", True,
            reason="They sell to an intermediary who pays low and late, and they lose part of "
                   "the harvest each week because nobody buys it on time.",
            size=3000,
            context="The harvest days, Monday and Thursday, and the weekly talk with the "
                    "intermediary.",
            payer="the farmer pays a small fee for each box sold",
            user="the farmer and the family who harvest",
            firmo=["vegetable farm of 1-5 hectares", "family business, 1-4 workers"],
            geo=["Oeste region (Torres Vedras, Lourinhã)"],
            beh=["sells most of the harvest to an intermediary"],
            jobs=[
                J("j1", "Sell all the harvest of the week before it spoils", "functional",
                  "very important", ev="v"),
                J("j2", "Receive a fair price, not the price of the intermediary",
                  "functional", "very important", ev="v"),
                J("j3", "Keep the family farm alive for the children", "emotional",
                  "important"),
            ],
            pains=[
                P("p1", "The intermediary pays very low and 60 days later", "extreme", ev="v",
                  addr=True),
                P("p2", "Part of the harvest is lost each week because nobody buys it on time",
                  "severe", addr=True),
                P("p3", "No time to go to markets and also to work in the field", "severe",
                  addr=True),
            ],
            gains=[
                G("g1", "Paid within one week", "desired", "essential", ev="v", addr=True),
                G("g2", "Know on Sunday how much to harvest for Tuesday", "desired",
                  "important", addr=True),
                G("g3", "Chefs who come to visit the farm", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("r", "Restaurants", "business", True,
            reason="Restaurants always need vegetables and many of them want local products.",
            size=10000,
            payer="the restaurant", user="the restaurant",
            firmo=["restaurants"], geo=["Portugal"],
            jobs=[
                J("rj1", "Buy fresh vegetables every week for the menu", "functional",
                  "very important"),
                J("rj2", "Keep the food costs under control", "functional", "important"),
                J("rj3", "Tell the clients where the food comes from", "social", "important"),
            ],
            pains=[
                P("rp1", "Vegetables from the wholesaler are not fresh", "severe"),
                P("rp2", "Prices change every week", "severe"),
                P("rp3", "Deliveries come late in the morning", "moderate"),
            ],
            gains=[
                G("rg1", "Fresh vegetables delivered on a fixed day", "expected", "essential"),
                G("rg2", "A stable price for the month", "desired", "important"),
                G("rg3", "Clients ask about the farm", "unexpected", "nice to have"),
            ]),
        seg("n", "Supermarkets", "business", False,
            reason="They want big volumes, low prices and one-year contracts; small farms can "
                   "not give this.",
            firmo=["supermarket chain"], geo=["Portugal"], beh=["central buying"]),
    ],
    plan=plan(
        "t",
        goal="Understand how small farms sell the harvest today and what they lose.",
        focus="The week of a small farm, from harvest to payment.",
        contacts=[
            contact("c1", "Sr. Manuel", "2 hectares in Torres Vedras, sells to the "
                    "intermediary.", "My grandfather knows him from the village.", "done"),
            contact("c2", "Ana", "3 hectares organic near Lourinhã, sells at a market on "
                    "Saturday.", "Instagram of her farm.", "done"),
            contact("c3", "Rui", "4 hectares, lettuce and tomatoes, sells to two "
                    "intermediaries.", "Farmers' cooperative office.", "done"),
            contact("c4", "Manuel Silva", "Farmer with 2 hectares in Torres Vedras, sells to "
                    "the intermediary.", "My grandfather can call him.", "planned"),
        ],
        questions=[
            "Can you tell me about last week: what you harvested and to who you sold it?",
            "How did the intermediary pay you the last time, and when?",
            "What happened to the vegetables that nobody bought?",
            "What did you try before to sell directly, for example markets or restaurants?",
            "How much time the selling takes you in one week?",
            "Who else I should talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-09", conf="j1 j2 p1 g1",
           quotes=[("p1", "He pays me thirty cents the kilo and in December for October."),
                   ("j1", "If I don't sell the lettuce on Thursday, on Saturday it goes to the "
                          "pigs.")]),
        iv("c2", "2026-10-16", conf="j2 j3 p3 g2",
           quotes=[("p3", "Saturday at the market, Sunday I sleep, Monday I am behind with "
                          "everything."),
                   ("j3", "My son wants to continue, but only if it pays.")]),
        iv("c3", "", conf="j1 j2 p1 p2 g1",
           quotes=[("p2", "Last week I left two hundred kilos of courgettes in the field."),
                   ("g1", "Paid in a week, this is a dream.")]),
    ],
    persona=persona(
        "t", "Sr. Joaquim", "61", "near Torres Vedras", "vegetable farmer, 2 hectares",
        "He pays me thirty cents the kilo and in December for October."),
    answers={
        "02-why-this-segment":
            "I choose small farms in the Oeste because the intermediary pays them low and late "
            "and they lose vegetables every week. Supermarkets are not for them, they want big "
            "volumes.",
        "03-compare-segments":
            "Farms want a fair price and to be paid fast; restaurants want fresh vegetables at "
            "good prices. Both want less intermediary.",
        "05-what-next":
            "Carry on. The low and late payment came up in 2 of 3 interviews and selling all "
            "the harvest in 2 of 3. Now I must talk to restaurants.",
        "06-review-plan":
            "I review the canvas after I talk with restaurants, maybe in December.",
    }))
