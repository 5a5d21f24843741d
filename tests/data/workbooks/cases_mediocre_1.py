"""Mediocre workbooks: a real attempt with real flaws. Each case says which flaws it has in
``defects``; everything else in it is meant to be acceptable. (Part 1 of 2.)"""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Consumer, tutoring: online maths tutors for primary pupils.
CASES.append(case(
    "primary-maths-online", quality="mediocre", kind="consumer",
    defects="payer-user,questions-weak,retrofit",
    notes="user left unnamed although payer and user differ; 3 weak questions "
          "(hypothetical, price, opinion); two items name the app",
    learner="Sanjay Mehta",
    offering="An app with live online maths tutors for primary school children: 30-minute "
             "sessions after school, booked by the parents.",
    pattern="niche",
    segments=[
        seg("t", "Parents of primary school children who struggle with maths", "consumer", True,
            reason="Many children fall behind in maths in Years 3 to 6 and their parents cannot "
                   "help with the new methods, so they look for tutors.",
            size=50000,
            context="After school on weekdays, when homework is done.",
            payer="the parents", user="not the same person as the payer",
            demo=["parents aged 30-45", "children aged 7-11"],
            geo=["London"],
            beh=["children do homework on a tablet", "have looked for a tutor before"],
            jobs=[
                J("j1", "Help the child keep up with maths at school", "functional",
                  "very important", ev="v"),
                J("j2", "Wants our app to show the child's progress every week", "functional",
                  "important"),
                J("j3", "Feel like a parent who supports the child's learning", "emotional",
                  "important"),
            ],
            pains=[
                P("p1", "The child cries over maths homework", "extreme", ev="v", addr=True),
                P("p2", "Does not understand the methods the school teaches now", "severe",
                  ev="v", addr=True),
                P("p3", "Private tutors are expensive and far from home", "severe", addr=True),
            ],
            gains=[
                G("g1", "The child gets better marks in maths", "required", "essential",
                  ev="v", addr=True),
                G("g2", "Lessons at home, no driving to a tutor", "desired", "important",
                  addr=True),
                G("g3", "Using the app is fun for the child", "desired", "nice to have",
                  addr=True),
            ]),
        seg("n", "Parents of secondary school pupils", "consumer", False,
            reason="Their children need exam topics and subject specialists, which is a "
                   "different service.",
            demo=["parents of 11-16 year olds"], geo=["London"],
            beh=["pay for GCSE tutoring"]),
    ],
    plan=plan(
        "t",
        goal="Find out how parents help their children with maths homework and what they have "
             "tried.",
        focus="Maths homework at home for children aged 7-11.",
        contacts=[
            contact("c1", "Anita", "Mum of an 8-year-old in Year 3 who finds maths hard.",
                    "She is my neighbour.", "done"),
            contact("c2", "Ben", "Dad of two children, 7 and 10; the older one has a tutor.",
                    "Colleague at work.", "done"),
            contact("c3", "Li", "Mum of a 9-year-old in Year 4.",
                    "I met her at the school gate when collecting my nephew.", "done"),
        ],
        questions=[
            "Tell me about the last time your child did maths homework.",
            "Would you use an app with live tutors for your child?",
            "How much would you pay for 30 minutes of tutoring?",
            "What have you tried so far to help with maths?",
            "What is the hardest part of helping with homework?",
            "What do you think about online tutoring?",
            "How did you find the last tutor you tried, and why did you stop?",
            "How much did you spend on tutoring or maths books this term?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-12", conf="j1 p1 p2 g1",
           quotes=[("p1", "Last Wednesday she cried for twenty minutes over column "
                          "subtraction."),
                   ("p2", "They do it with a number line now. I learned it differently and I "
                          "just confuse her.")]),
        iv("c2", "2026-10-19", conf="j1 p3 g2 g3", contra="p1",
           new=[new("n1", "pain", "After-school clubs leave the child too tired for any extra "
                    "work")],
           quotes=[("p3", "The tutor is 40 pounds an hour and it's a 25-minute drive."),
                   ("p1", "Mine don't get upset, they just rush it."),
                   ("n1", "By the time football is over he's done for the day.")]),
        iv("c3", "2026-10-26", conf="j1 j2 p1 p2 g1",
           quotes=[("g1", "His teacher said he's below the expected level. I want that to "
                          "change by summer."),
                   ("j2", "A report every week would be nice, to see if it's working.")]),
    ],
    persona=persona(
        "t", "Priya", "38", "Ealing, London", "accountant, mother of a Year 4 girl",
        "Last Wednesday she cried for twenty minutes over column subtraction."),
    answers={
        "02-why-this-segment":
            "Parents of primary children who struggle with maths, because many children fall "
            "behind and the parents cannot help with the new methods. They are easy to find at "
            "school gates. Secondary school is a different market with exams.",
        "03-compare-segments":
            "Primary parents want their child to keep up and stop crying over homework. "
            "Secondary parents want exam results. So they need different tutors and we keep "
            "them apart.",
        "05-what-next":
            "Carry on. The child crying over homework came up in 2 of 3 interviews and not "
            "understanding the methods in 2 of 3. We will do two more interviews before we "
            "build the first version of the app.",
        "06-review-plan":
            "We will look at the canvas again after the next interviews and change the items "
            "that were not confirmed.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, second-hand / repair fashion: clothes repair with bike-courier pickup.
CASES.append(case(
    "clothes-repair-pickup", quality="mediocre", kind="consumer",
    defects="descriptor-family,evidence-overclaimed,questions-weak",
    notes="a city listed as demographic; two items validated from one mention each; one "
          "leading question",
    learner="Olivia Grant",
    offering="A clothes repair and alteration service with pickup and drop-off by bike "
             "courier, priced before the work starts.",
    pattern="niche",
    segments=[
        seg("t", "Young professionals who buy good clothes and want them to last", "consumer",
            True,
            reason="They own clothes worth repairing but have no time to go to a tailor in "
                   "opening hours, and they do not want to throw clothes away.",
            size=30000,
            context="Weekends, when they sort the wardrobe and find the pile of things to fix.",
            payer="the same person", user="the same person",
            demo=["25-40 years old", "office job", "lives in Edinburgh"],
            beh=["buys from mid-range brands", "has clothes waiting for a repair"],
            psy=["cares about sustainability"],
            jobs=[
                J("j1", "Keep favourite clothes wearable for longer", "functional",
                  "very important", ev="v"),
                J("j2", "Look put together at work", "social", "important"),
                J("j3", "Feel they are not wasting money and resources", "emotional",
                  "important"),
            ],
            pains=[
                P("p1", "A pile of clothes waits months for a repair", "severe", ev="v",
                  addr=True),
                P("p2", "Local tailors are only open during working hours", "severe", ev="v",
                  addr=True),
                P("p3", "Does not know a tailor they trust", "moderate", addr=True),
            ],
            gains=[
                G("g1", "Clothes fixed within a week", "desired", "important", ev="v",
                  addr=True),
                G("g2", "The price known before the work starts", "expected", "important",
                  ev="v", addr=True),
                G("g3", "Feels good about a sustainable choice", "desired", "nice to have",
                  addr=True),
            ]),
        seg("n", "Students", "consumer", False,
            reason="They buy cheap fast fashion and would rather replace than repair.",
            demo=["18-24 years old"], geo=["Edinburgh"], beh=["buy from fast-fashion shops"]),
    ],
    plan=plan(
        "t",
        goal="Learn what young professionals do with clothes that need a repair.",
        focus="Clothes that are damaged or do not fit any more.",
        contacts=[
            contact("c1", "Hannah", "29, works in marketing, buys good clothes.",
                    "Friend of my flatmate.", "done"),
            contact("c2", "Ross", "34, lawyer, has three suits that need altering.",
                    "My brother's colleague.", "done"),
            contact("c3", "Aileen", "27, nurse, knits and mends her own clothes.",
                    "Instagram, she posts about mending.", "done"),
            contact("c4", "Calum", "31, engineer, office job.", "Gym friend.", "done"),
        ],
        questions=[
            "Tell me about the last piece of clothing you had repaired.",
            "Don't you find it annoying that tailors close at five?",
            "What did you do with the last item that broke or tore?",
            "How much did you pay for your last alteration?",
            "Where are the clothes that need fixing right now?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-07", conf="j1 p1 g1",
           quotes=[("p1", "There's a bag of jeans with broken zips in my wardrobe since "
                          "spring."),
                   ("g1", "If it came back in a week I'd do it every month.")]),
        iv("c2", "2026-10-14", conf="j2 p2 g2",
           quotes=[("p2", "The tailor near the office opens nine to five. So do I."),
                   ("g2", "I want to know it's 30 pounds before I hand it over.")]),
        iv("c3", "2026-10-21", conf="j3 g3", contra="p1",
           quotes=[("p1", "Nothing waits in my house, I fix it the same evening."),
                   ("j3", "Throwing a jumper away because of a hole feels wrong.")]),
        iv("c4", "2026-10-28", conf="j1 p1 g1",
           quotes=[("j1", "My good coat has a torn lining and I still wear it every day."),
                   ("p1", "Two shirts have been missing buttons for a year.")]),
    ],
    persona=persona(
        "t", "Kirsty", "31", "Leith, Edinburgh", "project manager",
        "There's a bag of jeans with broken zips in my wardrobe since spring."),
    answers={
        "02-why-this-segment":
            "Young professionals have good clothes worth fixing, but they work when the "
            "tailors are open, so the repairs wait for months. Students buy cheap clothes and "
            "replace them, so we leave them out.",
        "03-compare-segments":
            "Both groups have clothes that break, but professionals want to keep them and "
            "students just buy new ones. Only the first group would pay for a repair.",
        "05-what-next":
            "Stop and build. The pile of clothes waiting came up in 3 of 4 interviews and the "
            "opening hours of tailors and the price are validated too. Next we test a pickup "
            "with ten friends.",
        "06-review-plan":
            "I will update the canvas after the pickup test, and if people do not use it I will "
            "look at the segment again.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, home energy advice for owners of old houses.
CASES.append(case(
    "old-house-energy-check", quality="mediocre", kind="consumer",
    defects="size-implausible,questions-weak,interview-not-done",
    notes="size 8 billion for two cities; one hypothetical price question; Alan interviewed "
          "but still 'scheduled'",
    learner="Daniel Fischer",
    offering="A home energy check for owners of old houses: an adviser visits, finds where heat "
             "is lost, and gives a ranked list of fixes with costs and grants.",
    pattern="niche",
    segments=[
        seg("t", "Owners of houses built before 1950 who want lower heating bills", "consumer",
            True,
            reason="Old houses lose the most heat, their bills went up a lot since 2022, and "
                   "owners do not know which improvement to do first.",
            size=8000000000,
            context="Autumn, when the heating goes on, and after a big energy bill.",
            payer="the homeowner", user="the homeowner and their household",
            demo=["homeowners aged 35-70"],
            geo=["Bristol and Bath"],
            beh=["heating bill over 2,000 GBP a year",
                 "has looked into insulation or a heat pump"],
            psy=["wants to do their part for the climate"],
            jobs=[
                J("j1", "Keep the house warm in winter without a huge bill", "functional",
                  "very important", ev="v"),
                J("j2", "Know which improvement is worth the money first", "functional",
                  "very important", ev="v"),
                J("j3", "Feel they are doing their part for the climate", "emotional",
                  "less important"),
            ],
            pains=[
                P("p1", "The heating bill doubled since 2022", "extreme", ev="v", addr=False),
                P("p2", "Every builder gives different advice and nobody is neutral", "severe",
                  ev="v", addr=True),
                P("p3", "Grants are confusing and change every year", "severe", ev="v",
                  addr=True),
                P("p4", "Draughty rooms that nobody uses in winter", "moderate", addr=False),
            ],
            gains=[
                G("g1", "The heating bill cut by a quarter", "desired", "essential", ev="v",
                  addr=False),
                G("g2", "A clear order of what to do first", "expected", "important",
                  addr=True),
                G("g3", "A grant for part of the cost", "desired", "important", addr=True),
            ]),
        seg("n", "Tenants in old houses", "consumer", False,
            reason="They cannot change the building; the landlord decides and pays.",
            demo=["renters"], geo=["Bristol"], beh=["pay the energy bill, not the repairs"]),
    ],
    plan=plan(
        "t",
        goal="Learn what owners of old houses have done about their heating bills, and how "
             "they decided.",
        focus="Heating and keeping warm in an old house.",
        contacts=[
            contact("c1", "Margaret", "66, owns a Victorian terrace in Bath.",
                    "Friend of my mother.", "done"),
            contact("c2", "James", "42, 1930s semi in Bristol, two children.",
                    "Neighbourhood Facebook group.", "done"),
            contact("c3", "Sophie", "38, stone cottage outside Bath.",
                    "A sustainability meet-up.", "done"),
            contact("c4", "Alan", "55, Edwardian house in Clifton, just had a big bill.",
                    "Colleague of my partner.", "scheduled"),
        ],
        questions=[
            "Tell me about your last heating bill. What did you do when it came?",
            "What have you already done to the house to keep heat in?",
            "Would you pay 150 pounds for a home energy check?",
            "Who did you ask for advice last time, and what did they say?",
            "What happened when you looked into grants?",
            "Which room is the coldest, and how do you use it in winter?",
        ]),
    interviews=[
        iv("c1", "2026-10-08", conf="j1 p1 p4 g1",
           quotes=[("p1", "Last January it was 480 pounds for one month."),
                   ("p4", "The back bedroom is shut from November to March.")]),
        iv("c2", "2026-10-15", conf="j2 p2 p3 g2",
           new=[new("n1", "pain", "Worries that insulating an old house will cause damp")],
           quotes=[("p2", "Three builders, three different answers. One wanted to sell me "
                          "windows."),
                   ("n1", "My neighbour insulated and now she has black mould.")]),
        iv("c3", "2026-10-22", conf="j1 j2 p1 p3 g3 n1",
           quotes=[("p3", "I gave up on the grant after two hours on the website."),
                   ("n1", "Stone walls need to breathe, everyone says, but what does that "
                          "mean?")]),
        iv("c4", "2026-11-03", conf="j2 p1 p2 g1",
           quotes=[("j2", "I have 20,000 to spend and no idea where to start."),
                   ("g1", "If I could cut a quarter of the bill, the work pays for itself.")]),
    ],
    persona=persona(
        "t", "Helen", "58", "Bath", "retired teacher",
        "Last January it was 480 pounds for one month."),
    answers={
        "02-why-this-segment":
            "Owners of old houses: they have the highest bills and do not know what to fix "
            "first, and builders each sell their own thing. Tenants cannot change the house, so "
            "we leave them out.",
        "03-compare-segments":
            "Owners and tenants both pay high bills, but only owners can insulate or change the "
            "heating, so only they need the check.",
        "05-what-next":
            "Carry on. The heating bill and knowing what to do first came up in 3 of 4 "
            "interviews. Damp worries were new and came up twice, so we will ask about damp in "
            "the next interviews.",
        "06-review-plan":
            "We review the canvas every month in the heating season and add what we hear.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, accounting: payroll for small independent restaurants.
CASES.append(case(
    "restaurant-payroll", quality="mediocre", kind="business",
    defects="retrofit,questions-weak,evidence-overclaimed",
    notes="a job and a gain describe the software; one pitch question; four items validated "
          "from a single interview",
    learner="Marcus Lee",
    offering="Payroll software for small restaurants that imports the staff rota and works out "
             "hours, tips and holiday pay.",
    pattern="niche",
    segments=[
        seg("t", "Independent restaurants with 8-30 staff", "business", True,
            reason="Payroll with part-time and shift staff takes the owner hours each week, and "
                   "mistakes make staff angry.",
            size=2500,
            context="Sunday evening or Monday morning, when the week's pay is prepared.",
            payer="the restaurant owner", user="the owner or the manager who runs payroll",
            firmo=["independent restaurant, 8-30 staff", "owner does payroll or uses a "
                                                         "bookkeeper"],
            geo=["Leeds and Sheffield"],
            beh=["keeps the rota in a spreadsheet or a rota app", "pays staff weekly"],
            jobs=[
                J("j1", "Pay every member of staff correctly and on time each week",
                  "functional", "very important", ev="v"),
                J("j2", "Use our software to import the rota automatically", "functional",
                  "important"),
                J("j3", "Keep good staff from leaving", "emotional", "important", ev="v"),
            ],
            pains=[
                P("p1", "Payroll takes four to five hours every week", "severe", ev="v",
                  addr=True),
                P("p2", "Mistakes in holiday pay for part-time staff cause arguments",
                  "severe", ev="v", addr=True),
                P("p3", "Tips are split by hand, in cash", "moderate", addr=True),
            ],
            gains=[
                G("g1", "Payroll done in under an hour", "desired", "essential", ev="v",
                  addr=True),
                G("g3", "No pay errors that staff complain about", "expected", "important",
                  ev="v", addr=True),
                G("g2", "The platform sends payslips to staff phones", "desired",
                  "nice to have", addr=True),
            ]),
        seg("n", "Restaurant chains with five or more sites", "business", False,
            reason="They have HR and payroll departments and software already.",
            firmo=["5+ sites"], geo=["UK"], beh=["central payroll team"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small restaurants do payroll and what goes wrong.",
        focus="Weekly payroll in a small restaurant.",
        contacts=[
            contact("c1", "Tony", "Owner of an Italian restaurant with 15 staff in Leeds.",
                    "I used to wait tables there.", "done"),
            contact("c2", "Mei", "Manager of a ramen bar with 12 staff; does the payroll.",
                    "Leeds independent restaurants WhatsApp group.", "done"),
            contact("c3", "Raj", "Owner of a curry house with 22 staff in Sheffield.",
                    "Friend of my uncle.", "done"),
        ],
        questions=[
            "Walk me through last week's payroll. How long did it take?",
            "Our software imports the rota and calculates pay automatically. Would that help "
            "you?",
            "What went wrong the last time someone was paid the wrong amount?",
            "How do you split tips today?",
            "What tools do you use for the rota?",
            "Who else should I talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-13", conf="j1 p1 g1",
           quotes=[("p1", "Sunday night, four hours with the rota and a calculator."),
                   ("g1", "If it took one hour I'd have my Sunday back.")]),
        iv("c2", "2026-10-20", conf="j3 p2 g3", contra="p1",
           quotes=[("p2", "A part-timer said her holiday pay was wrong. She was right, and she "
                          "left."),
                   ("p1", "It takes me an hour, the bookkeeper does the rest.")]),
        iv("c3", "2026-10-27", conf="j1 p1 p3",
           quotes=[("p3", "Tips go in a jar and we count it on Sunday. Somebody always thinks "
                          "it's unfair."),
                   ("j1", "If wages are late even one day, the chefs are on the phone.")]),
    ],
    persona=persona(
        "t", "Tony Russo", "52", "Leeds", "owner of a 15-staff Italian restaurant",
        "Sunday night, four hours with the rota and a calculator."),
    answers={
        "02-why-this-segment":
            "Small restaurants with 8-30 staff, because payroll with shifts and tips takes the "
            "owner hours every week. Chains have payroll teams so we leave them out.",
        "03-compare-segments":
            "Chains and small restaurants have the same payroll job, but chains have a team and "
            "software; small ones do it on Sunday night by hand.",
        "05-what-next":
            "Stop. Payroll taking hours came up in 2 of 3 interviews, and holiday pay mistakes "
            "and staff leaving are validated, so we start building the rota import.",
        "06-review-plan":
            "We look at the canvas again when we have the first customers.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, repair shops (Spanish): independent car garages ordering spare parts.
CASES.append(case(
    "talleres-recambios", quality="mediocre", kind="business", language="es",
    defects="descriptor-family,questions-weak,persona-unfounded",
    notes="Spanish; the area is listed as demographic; a hypothetical and a leading question; "
          "evidence never updated, persona drawn on hypotheses only",
    learner="Javier Morales",
    offering="Un servicio que compara precio y plazo de entrega de recambios en varios "
             "distribuidores y hace el pedido desde el móvil del taller.",
    pattern="niche",
    segments=[
        seg("t", "Talleres mecánicos independientes de 2 a 6 mecánicos", "business", True,
            reason="Pierden mucho tiempo al teléfono pidiendo piezas y el coche ocupa el "
                   "elevador mientras esperan.",
            size=1800,
            context="Durante la jornada, cada vez que desmontan un coche y falta una pieza.",
            payer="el dueño del taller", user="el dueño o el jefe de taller",
            demo=["Valencia y su área metropolitana"],
            firmo=["taller independiente, no concesionario", "2-6 mecánicos",
                   "el dueño pide los recambios"],
            beh=["pide recambios por teléfono a 2-4 distribuidores cada día"],
            jobs=[
                J("j1", "Tener la pieza correcta en el taller el mismo día", "functional",
                  "very important"),
                J("j2", "Liberar el elevador cuanto antes para el siguiente coche",
                  "functional", "very important"),
                J("j3", "Que el cliente confíe en el presupuesto y vuelva", "social",
                  "important"),
            ],
            pains=[
                P("p3", "El coche espera en el elevador un día entero por una pieza",
                  "extreme", addr=True),
                P("p1", "Llama a tres distribuidores para comparar precio y plazo de cada "
                        "pieza", "severe", addr=True),
                P("p2", "Llega la pieza equivocada y hay que devolverla", "severe",
                  addr=False),
            ],
            gains=[
                G("g1", "Saber en un minuto dónde está la pieza más barata que llega hoy",
                  "desired", "essential", addr=True),
                G("g2", "Menos llamadas durante el día", "desired", "important", addr=True),
                G("g3", "Las facturas de todos los proveedores en un solo sitio", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n", "Concesionarios oficiales", "business", False,
            reason="Compran las piezas a la marca con su propio sistema de pedidos.",
            firmo=["concesionario de marca"], geo=["Valencia"],
            beh=["pide a la central de la marca"]),
    ],
    plan=plan(
        "t",
        goal="Entender cómo piden hoy los recambios los talleres pequeños y cuánto tiempo les "
             "cuesta.",
        focus="El pedido de recambios durante un día normal de taller.",
        contacts=[
            contact("c1", "Paco", "Dueño de un taller con 3 mecánicos en Paterna.",
                    "Es mi mecánico de siempre.", "done"),
            contact("c2", "Rosa", "Dueña de un taller con 5 mecánicos en Valencia.",
                    "Grupo de Facebook de talleres de la Comunidad Valenciana.", "done"),
            contact("c3", "Vicente", "Jefe de taller en Torrent, 4 mecánicos.",
                    "Amigo de mi padre.", "done"),
        ],
        questions=[
            "Cuéntame la última vez que te faltó una pieza. ¿Qué hiciste?",
            "¿Usarías una aplicación para pedir recambios?",
            "¿A cuántos distribuidores llamaste ayer?",
            "¿Qué pasó la última vez que llegó una pieza equivocada?",
            "¿No te parece que los distribuidores tardan demasiado?",
            "¿Cuánto tiempo pasaste al teléfono con los distribuidores la semana pasada?",
            "¿Con quién más debería hablar?",
        ]),
    interviews=[
        iv("c1", "2026-10-14", conf="j1 p1 p3 g2",
           quotes=[("p1", "Para unas pastillas de freno llamo a tres sitios. Cada uno me dice "
                          "un precio y una hora."),
                   ("p3", "El martes tuve un Megane en el elevador hasta las siete esperando "
                          "un sensor.")]),
        iv("c2", "2026-10-21", conf="j2 p2 g1", contra="p1",
           quotes=[("p1", "Yo trabajo con un solo distribuidor de confianza. No comparo."),
                   ("p2", "Esta semana me mandaron dos veces el filtro equivocado.")]),
        iv("c3", "2026-10-30", conf="j1 p3 g3",
           new=[new("n1", "pain", "El distribuidor cobra el transporte si el pedido es "
                    "pequeño")],
           quotes=[("p3", "Un coche parado es dinero perdido, y el cliente llamando."),
                   ("n1", "Si pido una sola pieza me cobran seis euros de porte.")]),
    ],
    persona=persona(
        "t", "Pepe Martínez", "51", "Paterna (Valencia)",
        "dueño de un taller con 3 mecánicos",
        "Para unas pastillas de freno llamo a tres sitios. Cada uno me dice un precio y una "
        "hora.",
        "Abre a las ocho y pasa la mañana entre el elevador y el teléfono. Compara precios en "
        "cada pedido y odia tener coches parados."),
    answers={
        "02-why-this-segment":
            "Los talleres pequeños pierden mucho tiempo al teléfono con los recambios y no "
            "tienen a nadie en la oficina. Los concesionarios compran a la marca, por eso los "
            "dejamos fuera.",
        "03-compare-segments":
            "Talleres y concesionarios necesitan piezas rápido, pero los concesionarios ya "
            "tienen el sistema de la marca y los talleres llaman a varios distribuidores.",
        "05-what-next":
            "Seguir. El coche parado en el elevador salió en 2 de 3 entrevistas y comparar "
            "precios lo confirmó uno y lo contradijo otro. Haremos tres entrevistas más.",
        "06-review-plan":
            "Revisaremos el lienzo cuando tengamos seis entrevistas.",
    }))
