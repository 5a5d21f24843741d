"""Good workbooks: everything the lessons and assignments ask for, done well, in ordinary
learner phrasing. No deliberate defects. Evidence follows the log: validated only when two or
more interviews confirmed an item and more confirmed than contradicted it. (Part 1 of 2.)"""

from _dsl import G, J, P, case, contact, iv, new, persona, plan, seg

CASES = []

# ----------------------------------------------------------------------------------------------
# Spanish, consumer: B2 English exam preparation for interim primary teachers in Andalusia.
CASES.append(case(
    "b2-ingles-interinos", quality="good", kind="consumer", language="es",
    notes="Spanish; exam coaching for interim teachers; new item added to the profile",
    learner="Pilar Gómez",
    offering="Grupos pequeños online (máximo 6 personas) de preparación del B2 de inglés, dos "
             "tardes por semana a las 21:30, con un simulacro del examen oral cada semana.",
    pattern="niche",
    segments=[
        seg("t", "Maestros interinos de primaria en Andalucía que necesitan el B2 de inglés",
            "consumer", True,
            reason="El B2 da acceso a las plazas bilingües y a puntos en la bolsa: sin él pierden "
                   "opciones cada convocatoria. Muchos ya han suspendido la parte oral una vez y "
                   "tienen las tardes ocupadas con el colegio, así que el problema es fuerte.",
            size=6500,
            context="Las tardes entre semana y los meses antes de una convocatoria (enero a "
                    "mayo), después de un día de clase.",
            payer="el propio maestro", user="el propio maestro",
            notes="Tamaño: unos 13.000 interinos de primaria en la bolsa de la Junta; en el grupo "
                  "de Telegram calculan que la mitad no tiene el B2. Estimación aproximada.",
            demo=["28-45 años", "maestro/a interino/a de primaria"],
            geo=["trabaja en un colegio público de Andalucía"],
            beh=["se presentará a la próxima convocatoria de oposiciones",
                 "ya intentó el B2 o empezó a prepararlo sin terminar"],
            psy=["quiere una plaza estable cerca de casa"],
            jobs=[
                J("j1", "Conseguir el certificado B2 antes de la próxima convocatoria",
                  "functional", "very important", ev="v"),
                J("j2", "Preparar el examen en las tardes libres sin dejar de trabajar ni "
                        "descuidar a la familia", "functional", "very important", ev="v"),
                J("j3", "Sentirse seguro al hablar inglés delante de un examinador",
                  "emotional", "important", ev="v"),
                J("j4", "Que los compañeros del colegio le vean capaz de dar clase en la línea "
                        "bilingüe", "social", "less important",
                  notes="Andrés lo contradijo; nadie más habló de ello. Sigue como hipótesis."),
            ],
            pains=[
                P("p1", "Suspendió la parte oral en un intento anterior y perdió la tasa del "
                        "examen", "extreme", ev="v", addr=True),
                P("p2", "Las academias presenciales tienen horarios que chocan con las tutorías "
                        "y las reuniones del colegio", "severe", ev="v", addr=True),
                P("p3", "No tiene con quién practicar conversación en inglés durante la semana",
                  "severe", ev="v", addr=True),
                P("p5", "No sabe qué certificados acepta la Junta y teme pagar el equivocado",
                  "severe", ev="v", addr=False, origin="n1",
                  notes="Nuevo en la entrevista con Lucía; lo repitieron Rocío y Manuel."),
                P("p4", "Las fechas de examen y de la convocatoria cambian y se entera tarde",
                  "moderate", addr=False),
            ],
            gains=[
                G("g1", "Aprobar el B2 a la primera en la próxima convocatoria", "required",
                  "essential", ev="v", addr=True),
                G("g2", "Saber, semanas antes del examen, si su nivel oral ya es de B2",
                  "desired", "important", ev="v", addr=True),
                G("g3", "Estudiar a una hora fija que encaje con el horario escolar", "expected",
                  "important", addr=True, notes="Solo lo dijo Andrés."),
                G("g4", "Subir puestos en la bolsa de interinos gracias al certificado",
                  "desired", "nice to have", addr=False),
            ]),
        seg("n", "Universitarios que necesitan el B1 para obtener el título", "consumer", False,
            reason="El problema es real pero menor: la universidad les ofrece cursos baratos y "
                   "el B1 es más fácil. Además el precio les importa mucho más que el horario.",
            size=20000,
            context="último curso del grado, antes de pedir el título",
            payer="el estudiante o sus padres", user="el estudiante",
            demo=["20-24 años", "estudiante de último curso de grado"],
            geo=["universidades andaluzas"],
            beh=["compra cursos de la propia universidad o de apps gratuitas"]),
    ],
    plan=plan(
        "t",
        goal="Entender cómo preparan hoy el B2 los maestros interinos, qué les hizo fallar en "
             "intentos anteriores y cuánto tiempo y dinero les cuesta.",
        focus="La preparación del certificado de inglés junto al trabajo en el colegio. Escuchar "
              "cualquier obstáculo, que puede no ser el nivel de inglés: horarios, dinero, "
              "dudas sobre qué certificado sirve.",
        contacts=[
            contact("c1", "Lucía", "34 años, maestra interina de primaria en Sevilla; suspendió "
                    "el oral del B2 en junio.", "Compañera de colegio de mi hermana: me presenta "
                    "por WhatsApp.", "done"),
            contact("c2", "Andrés", "41 años, interino en un CEIP de Dos Hermanas, dos hijos; "
                    "quiere una plaza bilingüe.", "Grupo de Telegram 'Oposiciones Primaria "
                    "Andalucía': le escribo por privado.", "done"),
            contact("c3", "Rocío", "29 años, interina en Huelva; prepara el B2 sola con apps y "
                    "vídeos.", "Contestó a mi mensaje en el foro de opositores.", "done"),
            contact("c4", "Manuel", "45 años, interino en Córdoba; probó una academia "
                    "presencial y la dejó.", "Le conocí en una charla del sindicato sobre la "
                    "convocatoria; me dio su correo.", "done"),
            contact("c5", "Irene", "31 años, maestra de infantil interina en Málaga; se "
                    "presenta por primera vez.", "Amiga de Lucía: Lucía nos pone en contacto.",
                    "scheduled"),
        ],
        questions=[
            "¿Te parece bien que tome notas mientras hablamos? No pondré tu nombre.",
            "Cuéntame cómo preparaste el B2 la última vez: qué hacías cada semana.",
            "¿Qué pasó el día del examen? ¿Qué parte te costó más?",
            "¿Qué has probado hasta ahora (academia, Escuela Oficial de Idiomas, apps, profesor "
            "particular) y por qué lo dejaste o seguiste?",
            "¿Cuánto te gastaste el año pasado en preparar el inglés, entre clases y tasas?",
            "¿Cómo encajas el estudio en una semana normal de trabajo?",
            "¿Cuándo fue la última vez que hablaste inglés con alguien? ¿Cómo fue?",
            "¿Qué más te complica conseguir el certificado?",
            "¿Con quién más debería hablar?",
            "¿Hay algo que debería haberte preguntado y no te he preguntado?",
        ]),
    interviews=[
        iv("c1", "2026-10-13", conf="j1 j3 p1 p3 g1",
           new=[new("n1", "pain", "No sabe qué certificados acepta la Junta (Cambridge, "
                    "Trinity, Aptis, EOI) y teme pagar el equivocado")],
           quotes=[("p1", "En junio suspendí el speaking por dos puntos. Ciento noventa euros a "
                          "la basura."),
                   ("p3", "Entre semana no hablo inglés con nadie, solo con los niños de "
                          "segundo, y eso no cuenta."),
                   ("n1", "Me volví loca mirando si la Junta acepta el Aptis o solo el "
                          "Cambridge.")],
           notes="Videollamada de 40 minutos. Muy concreta con fechas y dinero."),
        iv("c2", "2026-10-20", conf="j1 j2 p2 g1 g3", contra="j4",
           new=[new("n2", "pain", "Las semanas de evaluaciones y tutorías rompen cualquier "
                    "rutina de estudio")],
           quotes=[("j2", "Yo estudio de diez a once de la noche, cuando los niños ya están "
                          "acostados."),
                   ("p2", "La academia era martes y jueves a las seis, justo cuando tengo "
                          "tutorías con padres."),
                   ("j4", "Lo de los compañeros me da igual; lo quiero por los puntos y por la "
                          "plaza.")]),
        iv("c3", "2026-10-28", conf="j3 p1 p3 g2 n1", contra="p2",
           new=[new("n3", "job", "Mantener la motivación estudiando sola después de un día de "
                    "clase")],
           quotes=[("n1", "No sé si me vale el Trinity. Nadie te lo dice claro."),
                   ("p2", "Yo no tengo problema de horario, estudio con el móvil en el "
                          "autobús."),
                   ("g2", "Lo que quiero es que alguien me diga: ya estás, preséntate.")],
           notes="Ella estudia sola online: el horario no es su problema."),
        iv("c4", "2026-11-05", conf="j1 j2 p1 p2 g1 g2 n1 n3",
           quotes=[("p2", "Dejé la academia en diciembre. Con las evaluaciones no llegaba "
                          "nunca."),
                   ("n3", "Solo, sin nadie que te pregunte qué tal lo llevas, lo dejas en tres "
                          "semanas."),
                   ("g1", "Necesito aprobar en mayo; si no, pierdo otro año.")]),
    ],
    persona=persona(
        "t", "Marta Ruiz", "35", "Dos Hermanas (Sevilla)",
        "maestra interina de primaria, cuarto año en la bolsa",
        "Necesito aprobar en mayo; si no, pierdo otro año.",
        "Da clase en segundo de primaria y tiene dos hijos. Estudia inglés de diez a once de la "
        "noche. Suspendió el oral una vez y no sabe si el certificado que pagó le servirá."),
    answers={
        "02-why-this-segment":
            "Elegimos a los maestros interinos de primaria porque el B2 les da puntos y plazas "
            "bilingües: casi todos lo necesitan y lo sienten fuerte, sobre todo los que ya "
            "suspendieron el oral. Les encontramos fácil en los grupos de Telegram de opositores "
            "y en los sindicatos. Dejamos fuera a los universitarios que necesitan el B1, porque "
            "la universidad ya les da cursos baratos y les preocupa más el precio.",
        "03-compare-segments":
            "Interinos y universitarios comparten el trabajo de sacar un certificado a tiempo. "
            "Pero a los interinos les duele el horario y el oral, y pagan por aprobar a la "
            "primera; a los universitarios les duele el precio y el examen les parece más fácil. "
            "Son dos segmentos distintos: una misma oferta no serviría a los dos.",
        "05-what-next":
            "Parar esta ronda. Las cuatro entrevistas añadieron 1, 1, 1 y 0 elementos nuevos, y "
            "el suspenso en el oral salió en 3 de 4, igual que la duda sobre qué certificado "
            "acepta la Junta (nuevo con Lucía, repetido por Rocío y Manuel), que ya está en el "
            "perfil como validado. El horario de academia lo confirmaron 2 y lo contradijo 1. "
            "Próxima ronda: probar la motivación al estudiar solo (2 menciones) con cuatro "
            "interinos más.",
        "06-review-plan":
            "Revisaremos el lienzo después de cada ronda de cuatro entrevistas y en enero, cuando "
            "se publique la convocatoria. Miraremos la evidencia de cada elemento, los nuevos y "
            "el orden de los dolores. Si los que estudian solos online dejan de tener el problema "
            "del horario, separaremos ese subsegmento y cambiaremos la persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, elderly care: adult children far from a parent over 80 who lives alone.
CASES.append(case(
    "distance-care-visits", quality="good", kind="consumer",
    notes="payer (adult child) differs from user (parent), both named",
    learner="Owen Bradley",
    offering="A weekly visit by the same trained companion to an older person living alone, "
             "with a short written note to the family after each visit.",
    pattern="niche",
    segments=[
        seg("t", "Adult children living far from a parent over 80 who lives alone",
            "consumer", True,
            reason="They cannot drop by, so they find out about problems late and worry every "
                   "day. Most already pay for some help (a cleaner, meals), so they spend money "
                   "on this problem today. Easy to reach through carers' forums and groups.",
            size=90000,
            context="A normal week at work, far away, phoning the parent in the evening; and "
                    "the days after something goes wrong (a fall, a hospital stay).",
            payer="the adult child (sometimes shared between siblings)",
            user="the parent, who receives the visits at home",
            notes="Size: rough guess from ONS figures on over-80s living alone, times the share "
                  "with no child nearby that Age UK quotes. To check.",
            demo=["45-65 years old", "works full time", "parent aged 80+ living alone"],
            geo=["lives 100+ km from the parent, or abroad"],
            beh=["phones the parent most days, visits once a month or less",
                 "already pays for some help at the parent's home"],
            psy=["wants the parent to stay in their own home"],
            jobs=[
                J("j1", "Know each week that the parent is eating, taking the medicine and safe "
                        "at home", "functional", "very important", ev="v"),
                J("j2", "Keep the parent living in their own home for as long as they want",
                  "basic need", "very important", ev="v"),
                J("j3", "Stop feeling guilty about living far away", "emotional", "important",
                  notes="One confirmed, one contradicted: split, keep testing."),
                J("j4", "Share the care fairly with brothers and sisters", "social",
                  "less important"),
            ],
            pains=[
                P("p1", "Hears about a fall or missed medicine days later, often from a "
                        "neighbour", "extreme", ev="v", addr=False),
                P("p2", "The parent says everything is fine on the phone even when it is not",
                  "severe", ev="v", addr=True),
                P("p3", "Home-care agencies send a different carer each time and the parent "
                        "stops opening the door", "severe", ev="v", addr=True),
                P("p5", "Hospital discharge comes with a day's notice and nobody is there to "
                        "take the parent home", "severe", ev="v", addr=False, origin="n1"),
                P("p4", "A three-hour drive each way for every small problem", "moderate",
                  addr=False, notes="Only Mark described this."),
            ],
            gains=[
                G("g1", "Hear about a problem on the day it happens", "required", "essential",
                  ev="v", addr=False),
                G("g2", "The same familiar person visits every week", "expected", "important",
                  ev="v", addr=True),
                G("g3", "Regular word from someone who has actually seen the parent", "desired",
                  "important", addr=True),
                G("g4", "The parent looks forward to the visits", "unexpected", "nice to have",
                  addr=False, notes="Contradicted once (Mark's father); keep as a hypothesis."),
            ]),
        seg("n", "Adult children living in the same town as the parent", "consumer", False,
            reason="They drop by themselves several times a week, so they rarely find out late; "
                   "their pain is time, not information.",
            demo=["45-65 years old", "parent aged 80+"],
            geo=["lives within 20 minutes of the parent"],
            beh=["visits the parent two or more times a week"]),
    ],
    plan=plan(
        "t",
        goal="Learn how adult children who live far away keep track of a parent who lives "
             "alone, what goes wrong, and what they already pay for.",
        focus="Looking after an older parent from a distance. Listen for whatever is hardest, "
              "which may not be loneliness or visits at all: money, hospitals, siblings, post.",
        contacts=[
            contact("c1", "Helen", "58, teacher in Manchester; her mother, 86, lives alone in a "
                    "village in Cornwall.", "Colleague of my mum: introduction by email.", "done"),
            contact("c2", "Raj", "52, IT manager in London; his father, 84, lives alone in "
                    "Leicester after a fall last spring.", "Replied to my post on the Carers UK "
                    "forum.", "done"),
            contact("c3", "Sue", "61, lives in Spain; her mother, 90, lives alone in Norfolk.",
                    "Facebook group for British expats with parents in the UK.", "done"),
            contact("c4", "Mark", "47, only child; his father, 81, lives alone in Wales with a "
                    "cleaner and meal deliveries.", "My neighbour's brother: intro by phone.",
                    "done"),
        ],
        questions=[
            "Before we start, is it all right if I take notes? I won't use your name.",
            "Tell me about the last time something went wrong for your mum or dad at home. How "
            "did you find out?",
            "How do you keep track of how they are doing during a normal week?",
            "What help have you arranged so far, and how did you choose it?",
            "What happened the last time a carer or helper did not turn up?",
            "How much did you spend last month on help for your parent, and on travel to see "
            "them?",
            "Tell me about a week when everything went well. What made it work?",
            "Who else in the family is involved, and how do you share the jobs?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-08", conf="j1 p1 p2 g1",
           new=[new("n1", "pain", "Hospital discharge comes with a day's notice and nobody is "
                    "there to take the parent home")],
           quotes=[("p1", "Mum fell on a Tuesday. I found out on Friday, from the lady at the "
                          "post office."),
                   ("p2", "On the phone it's always 'I'm fine, love'. She'd say that with a "
                          "broken arm."),
                   ("n1", "They rang at four to say she was going home that evening. I was 300 "
                          "miles away.")]),
        iv("c2", "2026-10-15", conf="j1 j2 p3 g2 n1", contra="j3",
           quotes=[("p3", "Five different carers in two weeks. Dad stopped opening the door."),
                   ("j3", "Guilt isn't it. I just want information."),
                   ("g2", "If it's the same face every week he'll talk to her.")]),
        iv("c3", "2026-10-27", conf="j1 j3 p1 p2 g1 g3",
           new=[new("n2", "job", "Sort out the parent's post, bills and appointments from a "
                    "distance")],
           quotes=[("j3", "Every night I think: what kind of daughter lives in another "
                          "country?"),
                   ("g3", "Even three lines after a visit would let me sleep."),
                   ("n2", "Half my calls with her are about letters she can't read any more.")]),
        iv("c4", "2026-11-09", conf="j1 j2 p1 p3 p4 g1 g2 n2", contra="g4",
           quotes=[("p1", "The cleaner noticed he hadn't eaten for two days. Nobody else would "
                          "have."),
                   ("g4", "Dad doesn't want a friend. He wants his routine and no fuss."),
                   ("p4", "I did the drive six times in September, mostly for nothing "
                          "serious.")]),
    ],
    persona=persona(
        "t", "Carol Dawson", "56", "Leeds, three hours' drive from her mother's village",
        "part-time school administrator",
        "Mum fell on a Tuesday. I found out on Friday, from the lady at the post office.",
        "Rings her mother every evening at seven. Pays a cleaner and a meal service already. "
        "Her worst weeks are the ones after a hospital stay."),
    answers={
        "02-why-this-segment":
            "Adult children who live far from a parent over 80: they cannot drop by, so they "
            "hear about problems late, and most of them already pay for a cleaner or meals, so "
            "money is spent on this today. Carers' forums and expat groups make them easy to "
            "reach. We left out children who live in the same town, because they see the parent "
            "several times a week and their problem is time, not knowing.",
        "03-compare-segments":
            "Both groups want the parent safe at home. The far-away children suffer from not "
            "knowing: late news of falls, a parent who says 'fine'. The nearby children know, "
            "but lose evenings and weekends to visits. A weekly visit with a note answers the "
            "first group; the second would need practical help, so they stay a separate segment.",
        "05-what-next":
            "Carry on with one more round. Four interviews added 1, 0, 1 and 0 new items, so the "
            "curve is falling; 'hears about problems late' was confirmed in 3 of 4 and 'know "
            "each week the parent is safe' in 4 of 4. The hospital discharge pain came up twice "
            "and is now in the profile. Guilt is split 1 to 1, so we will ask about it again, "
            "and the post-and-bills job (2 mentions) goes into the next question set.",
        "06-review-plan":
            "We review the canvas after every four interviews and before we change the price of "
            "the visits. We look at the evidence, the ranking of pains and the new items. If the "
            "hospital discharge pain keeps coming up we will re-rank it above the carers pain, "
            "and if children abroad turn out to differ from those in the UK we split the "
            "segment and redo the persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Consumer, pet care, non-native English (Italian learner): cat visits while owners travel.
CASES.append(case(
    "cat-visits-turin", quality="good", kind="consumer",
    notes="non-native English (Italian learner); new item added to the profile",
    learner="Giulia Romano",
    offering="A cat sitter who visits the home twice per day when the owners are travelling, "
             "with a photo and a short message after each visit.",
    pattern="niche",
    segments=[
        seg("t", "Cat owners in Turin who travel 4 or more times per year", "consumer", True,
            reason="When they travel the cat stays alone at home, and the usual helpers "
                   "(neighbour, mother) are also away in August and at Christmas. They already "
                   "pay pensions or sitters found online and they are not happy with them.",
            size=12000,
            context="The weeks before a trip, when they organise who feeds the cat, and during "
                    "the trip itself.",
            payer="the owner", user="the owner (the cat receives the visits)",
            notes="Size: about 150,000 households with a cat in Turin (ANMVI estimate for "
                  "Piedmont, scaled to the city); I suppose 1 in 12 travels this often.",
            demo=["28-50 years", "lives alone or in couple without kids"],
            geo=["lives in an apartment in the city of Turin"],
            beh=["travels 4+ times per year for 3 nights or more",
                 "has 1-2 indoor cats",
                 "today asks a neighbour or the family to feed the cat"],
            psy=["considers the cat like a family member"],
            jobs=[
                J("j1", "Be sure the cat has food, fresh water and a clean litter every day of "
                        "the trip", "functional", "very important", ev="v"),
                J("j2", "Enjoy the trip without worrying all the time about the cat",
                  "emotional", "very important", ev="v"),
                J("j3", "Keep the cat in his own home, because cats suffer the change",
                  "functional", "important"),
                J("j4", "Not ask always the same favour to neighbours or to the mother",
                  "social", "important",
                  notes="Elena said the opposite: her mother is happy to do it."),
            ],
            pains=[
                P("p1", "The neighbour who feeds the cat is also away in August and at "
                        "Christmas", "extreme", ev="v", addr=True),
                P("p3", "Leaving the house keys to a stranger found online", "severe", ev="v",
                  addr=False),
                P("p5", "The cat needs a medicine or special care that the usual helper is "
                        "afraid to give", "severe", ev="v", addr=True, origin="n1"),
                P("p2", "In cat pensions the cat stops to eat, and in holidays they are full",
                  "severe", addr=True, notes="Only Paolo and Marco, one interview."),
                P("p4", "No news about the cat during the trip, or only 'all ok' without photo",
                  "moderate", ev="v", addr=True),
            ],
            gains=[
                G("g1", "The cat is healthy and calm when they come back", "required",
                  "essential", ev="v", addr=True),
                G("g2", "A photo of the cat every day", "desired", "important", ev="v",
                  addr=True),
                G("g3", "The same person every time, that the cat knows", "desired",
                  "important", addr=False),
                G("g4", "Someone also waters the plants and takes the post", "unexpected",
                  "nice to have", addr=False),
            ]),
        seg("n", "Dog owners in Turin who travel", "consumer", False,
            reason="A dog needs walks three times per day and many owners take the dog with "
                   "them or use a dog pension: different job, different price and more "
                   "competitors (Rover, Pawshake walkers).",
            demo=["25-55 years"], geo=["Turin and near towns"],
            beh=["travels a few times per year", "walks the dog 3 times per day"]),
    ],
    plan=plan(
        "t",
        goal="Understand how cat owners organise the care of the cat when they travel, what "
             "goes wrong and how much they spend today.",
        focus="The days of a trip from the point of view of the cat owner. Listen to any "
              "problem, also not about feeding: keys, health, news, money.",
        contacts=[
            contact("c1", "Chiara", "33, designer, lives alone with two cats in San Salvario, "
                    "travels for work every month.", "She is friend of my flatmate.", "done"),
            contact("c2", "Paolo", "41, lives with his partner and one cat; they go to Sicily "
                    "for summer and Christmas.", "Note at the veterinary clinic in via Nizza; "
                    "he answered by email.", "done"),
            contact("c3", "Elena", "47, flight attendant, two cats, apartment in Crocetta.",
                    "Facebook group 'Gatti di Torino'.", "done"),
            contact("c4", "Davide", "29, engineer, in Germany for work two weeks per month, one "
                    "cat.", "Colleague of my brother, message on LinkedIn.", "done"),
        ],
        questions=[
            "Can I take some notes while we talk? I don't write your name.",
            "Tell me about the last time you travelled. Who took care of the cat?",
            "How did you find this person, and how did you decide to trust them?",
            "What went wrong the last time, if something went wrong?",
            "How much did you pay for the cat care in your last trip?",
            "What did you try before, for example a pension or Pawshake, and why you continued "
            "or stopped?",
            "During the trip, how did you have news about the cat?",
            "Who else I should talk to?",
        ]),
    interviews=[
        iv("c1", "2026-10-06", conf="j1 j2 p1 p4 g2",
           new=[new("n1", "pain", "The cat needs a medicine or special food and the helper is "
                    "afraid to give it")],
           quotes=[("p1", "In August my neighbour goes to the sea too, like all Turin."),
                   ("j2", "At the conference I was checking the camera every hour, I did not "
                          "listen nothing."),
                   ("n1", "Luna needs a pill for the kidney. My neighbour is scared to give "
                          "it.")]),
        iv("c2", "2026-10-14", conf="j1 j3 p2 g1 g3",
           new=[new("n2", "gain", "Pay by card or transfer, not cash left in an envelope")],
           quotes=[("p2", "At the pension he did not eat for four days. Never again."),
                   ("g3", "He hides from strangers. With the same person, after two times he "
                          "comes out."),
                   ("n2", "I left fifty euros on the table in an envelope, it felt strange.")]),
        iv("c3", "2026-10-22", conf="j2 p3 p4 g2 n1", contra="j4",
           quotes=[("p3", "I gave my keys to a girl from an app. I did not sleep the first "
                          "night."),
                   ("j4", "My mother loves to go and feed the cat, for her is an excuse to come "
                          "in the city."),
                   ("n1", "The old cat has diabetes, insulin twice a day. Not everybody can do "
                          "it.")]),
        iv("c4", "2026-11-03", conf="j1 j2 p1 p3 g1 g2 n1", contra="g4",
           quotes=[("j1", "Two weeks per month I am in Germany, the cat stays alone with an "
                          "automatic feeder."),
                   ("g4", "Plants? I have a cactus, it survives."),
                   ("p3", "To give the keys to somebody I met one time, this is the hard "
                          "part.")]),
    ],
    persona=persona(
        "t", "Sara Bellini", "36", "Turin, apartment in Vanchiglia, 4th floor",
        "marketing manager, travels for work 6-8 times per year",
        "At the conference I was checking the camera every hour, I did not listen nothing.",
        "Has one old cat that needs a pill every day. Her neighbour helps but is away in "
        "August. She hates to leave the keys to people she met once."),
    answers={
        "02-why-this-segment":
            "I choose cat owners who travel often because for them the problem comes back 4 or "
            "more times per year and the usual solution, the neighbour, is away in the same "
            "holidays. They already pay for pensions or sitters, so they spend money on this. "
            "I find them in cat groups on Facebook and at the vet. Dog owners I leave out: the "
            "dog needs walks and many take it with them.",
        "03-compare-segments":
            "Cat and dog owners share the worry during the trip and the problem of the keys. "
            "But the dog owner needs walks three times per day and a pension often works for "
            "dogs, while the cat suffers outside his home. So they need different offers and "
            "I keep them separate.",
        "05-what-next":
            "Stop this round. Four interviews gave 1, 1, 0 and 0 new items, so answers become "
            "predictable. The cat that needs medicine came up in 3 of 4 interviews and now is "
            "a validated pain; the keys to a stranger in 2 of 4; the daily photo in 3 of 4. "
            "The pension problem only once, it stays a hypothesis. Next round I ask more about "
            "medicines and paying, with owners of old cats.",
        "06-review-plan":
            "I review the canvas after every round of four interviews and before the summer, "
            "when people book holidays. I look at the evidence and the order of the pains. If "
            "owners of old or sick cats keep telling different things from the others, I make "
            "them a separate segment with a new persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, dentistry: small practices losing income to cancellations and missed recalls.
CASES.append(case(
    "dental-recall", quality="good", kind="business",
    notes="payer (owner-dentist) and user (receptionist) named; an item invalidated",
    learner="Femke Jansen",
    offering="A recall service for dental practices: it texts patients who are due for a "
             "check-up, lets them pick a slot, and offers cancelled slots to a waiting list.",
    pattern="niche",
    segments=[
        seg("t", "Owner-run dental practices with 2-4 chairs that book recalls by phone",
            "business", True,
            reason="Every empty chair hour is lost income for the owner, and with one "
                   "receptionist the phone is the only way to fill it. Chains have a central "
                   "team; these practices have nobody.",
            size=2400,
            context="Weekday mornings at the front desk, when cancellations come in and the "
                    "recall list has to be phoned.",
            payer="the owner-dentist, from the practice budget",
            user="the receptionist or dental assistant at the front desk",
            notes="Size: about 5,600 general practices in the Netherlands (KNMT); in one city I "
                  "counted that roughly 45% have 2-4 chairs and no chain behind them.",
            firmo=["general dental practice, 2-4 chairs, 1-3 dentists",
                   "one receptionist or assistant does the booking",
                   "the owner-dentist decides on purchases"],
            geo=["towns and cities in the Netherlands"],
            beh=["books recalls by phone and postcards",
                 "practice system has no online booking in use"],
            jobs=[
                J("j1", "Keep the chairs full on weekday mornings and late afternoons",
                  "functional", "very important", ev="v"),
                J("j2", "Get patients back for their six-month check-up before small problems "
                        "grow", "functional", "very important", ev="v"),
                J("j3", "Keep a good receptionist from burning out and leaving", "emotional",
                  "important", notes="Only Ilse talked about it; ask owners next round."),
                J("j4", "Be seen by patients as a modern, well-run practice", "social",
                  "less important"),
            ],
            pains=[
                P("p1", "Same-day cancellations leave a chair empty, two or three hours a week",
                  "extreme", ev="v", addr=True),
                P("p2", "The receptionist spends the morning phoning patients who do not pick "
                        "up", "severe", ev="v", addr=True),
                P("p3", "About a third of recall cards never lead to an appointment", "severe",
                  ev="v", addr=True),
                P("p4", "Patients argue when they are charged a no-show fee", "moderate",
                  ev="i", addr=False,
                  notes="Contradicted twice: one practice does not charge, one charges and "
                        "nobody argues."),
            ],
            gains=[
                G("g1", "An empty chair hour filled again the same day", "desired", "essential",
                  ev="v", addr=True),
                G("g2", "At least 8 in 10 patients who are due actually book their check-up",
                  "expected", "important", ev="v", addr=True),
                G("g3", "Fewer phone calls at the front desk in the morning", "desired",
                  "important", ev="v", addr=True),
                G("g4", "Patients can book outside opening hours", "unexpected", "nice to have",
                  addr=False),
            ]),
        seg("n", "Dental chains with 10 or more practices", "business", False,
            reason="A central booking team and head-office procurement: the owner of one "
                   "practice does not decide, and buying goes through a long selection.",
            firmo=["10+ practices under one brand", "central call centre",
                   "head office chooses the software"],
            geo=["national"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small practices fill their chairs today: how recalls are made, what "
             "happens with cancellations, and what an empty hour costs.",
        focus="The front desk's day and the practice's appointment book. Listen for whatever "
              "costs chair time, which may not be cancellations at all.",
        contacts=[
            contact("c1", "Dr Bakker", "Owner of a 3-chair practice in Utrecht; recalls by phone "
                    "and postcard.", "My uncle is her patient and asks her for me.", "done"),
            contact("c2", "Ilse", "Receptionist at a 2-chair practice in Amersfoort: the user, "
                    "she does all bookings.", "LinkedIn message: learning, not selling, 20 "
                    "minutes.", "done"),
            contact("c3", "Dr Yilmaz", "Owner of a 4-chair practice in Rotterdam; posted about "
                    "no-shows in a dentists' Facebook group.", "Reply to his post.", "done"),
            contact("c4", "Dr de Vries", "Owner of a 2-chair practice in Zwolle; one assistant "
                    "does the desk.", "Regional KNMT meeting on 4 November.", "done"),
        ],
        questions=[
            "Is it OK if I take notes during our talk?",
            "Walk me through yesterday at the front desk: how were appointments made and "
            "changed?",
            "Tell me about the last time a patient cancelled on the same day. What happened "
            "with the slot?",
            "How do you get patients back for their check-up today?",
            "How many recall appointments were booked last month, compared with how many were "
            "due?",
            "What have you tried against cancellations and no-shows, and what came of it?",
            "How much time does the team spend on the phone each morning?",
            "Who decided the last time the practice bought software, and how did that go?",
            "Who else should I talk to?",
            "Is there anything else I should have asked?",
        ]),
    interviews=[
        iv("c1", "2026-10-07", conf="j1 j2 p1 p3 g1", contra="p4",
           new=[new("n1", "pain", "The hygienist's hours are the hardest to fill because "
                    "patients see cleaning as optional")],
           quotes=[("p1", "Thursday two people cancelled before nine. That's two hours of a "
                          "chair doing nothing."),
                   ("p3", "We send the cards, and then I'd say one in three just lie on the "
                          "kitchen table."),
                   ("p4", "Charging a no-show fee? In a town this size, they'd go to the "
                          "practice down the road.")]),
        iv("c2", "2026-10-13", conf="j3 p1 p2 g3",
           new=[new("n2", "pain", "The practice system cannot list overdue patients without a "
                    "manual printout")],
           quotes=[("p2", "Half past eight to ten I'm on the phone. Most don't pick up, so I try "
                          "again at lunch."),
                   ("j3", "The girl before me left after a year. It's the phone, all day."),
                   ("n2", "I print a list of who's overdue every Monday and tick them off by "
                          "hand.")]),
        iv("c3", "2026-10-21", conf="j1 p1 p2 g1 g2 n1", contra="p4",
           quotes=[("g1", "If I could fill a cancelled slot before lunch, that alone would pay "
                          "a salary."),
                   ("n1", "The hygienist's Friday is always half empty. People think cleaning "
                          "can wait."),
                   ("p4", "We charge fifty euros for a no-show and nobody has ever argued.")]),
        iv("c4", "2026-11-04", conf="j2 p3 g2 g3 n2",
           new=[new("n3", "gain", "Know each Monday how many chair hours are still unbooked "
                    "that week")],
           quotes=[("j2", "A check-up missed in spring is a root canal in winter."),
                   ("g2", "If eight of ten came back on time I'd be very happy; now it's maybe "
                          "six."),
                   ("n3", "On Monday I want to see the empty hours of the week, not discover "
                          "them on Thursday.")]),
    ],
    persona=persona(
        "t", "Dr Anouk Visser", "49", "Amersfoort",
        "owner-dentist of a three-chair practice, works four days a week",
        "Thursday two people cancelled before nine. That's two hours of a chair doing nothing.",
        "Runs the practice with two dentists, a hygienist and one receptionist. Looks at the "
        "appointment book every morning and dreads Thursday cancellations."),
    answers={
        "02-why-this-segment":
            "Owner-run practices with 2-4 chairs: each empty chair hour is the owner's own lost "
            "income, and there is only one receptionist to phone patients, so cancellations and "
            "missed recalls hurt them most. The owner decides alone and we can meet them at "
            "regional KNMT meetings. Chains we leave aside: they have a central call team and "
            "buying goes through head office.",
        "03-compare-segments":
            "Small practices and chains both lose money on empty chairs, but in a chain the "
            "call centre fills them and the pain is the head office's; in a small practice it "
            "is the owner's and the receptionist's morning. Chains want integration and "
            "reporting; small practices want fewer phone calls. Two segments, two offers.",
        "05-what-next":
            "Carry on, but change the questions. The four interviews added 1, 1, 0 and 1 new "
            "items, so the curve is not flat yet. Same-day cancellations came up in 3 of 4 and "
            "are validated; the no-show fee pain was contradicted twice and is now "
            "invalidated. The hygienist's empty hours (2 mentions) and the Monday overview are "
            "new: the next round of four asks about them, with two more receptionists.",
        "06-review-plan":
            "We review the canvas after every four interviews and before we decide on the "
            "price per practice. We check the evidence, re-rank the pains by how many owners "
            "mention them, and add new items. If receptionists and owners turn out to want "
            "different things, we split the user from the buyer and make a second persona.",
    }))

# ----------------------------------------------------------------------------------------------
# Business, freight: small road-haulage firms waiting for paper proof of delivery to invoice.
CASES.append(case(
    "haulage-paperwork", quality="good", kind="business",
    notes="payer (owner) and users (office, drivers) named; 5th contact not yet interviewed",
    learner="Liam O'Connor",
    offering="A service that turns signed delivery papers (CMR notes, proof of delivery) into "
             "a photo-based record the office receives the same day, so the invoice can go out "
             "at once.",
    pattern="niche",
    segments=[
        seg("t", "Road-haulage firms with 5-25 trucks that invoice from paper delivery notes",
            "business", True,
            reason="They wait a week for the paper proof of delivery before they can invoice, "
                   "and then 60-90 days for payment, while wages and diesel are paid weekly. "
                   "Cash is their biggest worry and they are easy to meet through the RHA.",
            size=3800,
            context="The office on Monday and Friday, when drivers come back with the papers "
                    "and the week's invoices are made.",
            payer="the owner, who signs off any spend",
            user="the office manager or dispatcher, and the drivers who hand in the papers",
            notes="Size: DVSA lists about 16,000 operators with 5-25 vehicles; about a quarter "
                  "do general haulage for freight exchanges and forwarders (my guess, to check).",
            firmo=["road haulage, 5-25 trucks", "owner runs the office with one dispatcher",
                   "works as a subcontractor for forwarders and pallet networks"],
            geo=["based in the English Midlands"],
            beh=["gets a third or more of its loads from freight exchanges",
                 "invoices only when the signed paper proof of delivery is back"],
            jobs=[
                J("j1", "Get paid for each load as soon as possible after delivery",
                  "functional", "very important", ev="v"),
                J("j2", "Keep the trucks loaded on the way back", "functional",
                  "very important", ev="v"),
                J("j3", "Stay on the right side of roadside checks: drivers' hours, tachograph, "
                        "papers", "basic need", "important"),
                J("j4", "Be seen by the big forwarders as a reliable subcontractor worth "
                        "calling again", "social", "important"),
                J("j5", "Go home on Friday knowing next week's work is lined up", "emotional",
                  "less important"),
            ],
            pains=[
                P("p1", "Invoices can only go out when the signed paper comes back with the "
                        "driver, often a week later", "extreme", ev="v", addr=True,
                  notes="Piotr already photographs PODs in a forwarder's app: the exception."),
                P("p2", "Forwarders pay at 60-90 days and reject invoices for a missing stamp",
                  "severe", ev="v", addr=False),
                P("p3", "A lost or damaged delivery note means no payment at all", "severe",
                  addr=True),
                P("p4", "Empty return legs when the exchange has nothing near the drop",
                  "moderate", addr=False),
            ],
            gains=[
                G("g1", "Invoice sent on the day the load is delivered", "required",
                  "essential", ev="v", addr=True),
                G("g2", "Paid within 30 days", "desired", "essential", ev="v", addr=False),
                G("g4", "A proof of delivery nobody can dispute", "expected", "important",
                  addr=True),
                G("g3", "The office stops chasing drivers for paperwork", "desired",
                  "important", addr=True),
            ]),
        seg("n", "Owner-drivers with a single truck", "business", False,
            reason="They do the paperwork in the cab themselves and have a few invoices a "
                   "month: the pain is real but small, and every pound counts.",
            firmo=["one truck, the owner drives it"], geo=["anywhere in the UK"],
            beh=["finds most loads on freight exchanges", "invoices from the phone"]),
    ],
    plan=plan(
        "t",
        goal="Learn how small haulage firms get from a delivered load to money in the bank, "
             "and where the time goes.",
        focus="The path from booking a load to being paid for it. Listen for whatever slows "
              "it down, which may not be paperwork at all (rates, fuel, return loads).",
        contacts=[
            contact("c1", "Gary", "Owner of a 12-truck firm in Daventry; invoices from paper "
                    "PODs.", "My dad drove for him: dad phones him first.", "done"),
            contact("c2", "Mandy", "Office manager and dispatcher at an 8-truck firm in "
                    "Leicester: the user.", "RHA members' evening in Leicester.", "done"),
            contact("c3", "Piotr", "Owner of a 6-truck firm in Coventry; posts on a haulage "
                    "forum.", "Private message on the Trucknet forum.", "done"),
            contact("c4", "Steve", "Owner of a 20-truck firm in Nuneaton, mostly pallet-network "
                    "work.", "LinkedIn message, mentioning the RHA evening.", "done"),
            contact("c5", "Kerry", "Accounts clerk at a 15-truck firm in Rugby.",
                    "Mandy gave me her number.", "contacted"),
        ],
        questions=[
            "Do you mind if I take notes? Nothing goes out with your name on it.",
            "Take me through your last load, from the booking to the day you were paid.",
            "How do the delivery papers get from the driver back to the office?",
            "Tell me about the last time an invoice was rejected or paid late. What happened?",
            "How many days did customers take to pay you last month, on average?",
            "What have you tried to speed up the paperwork, like scanning apps or the "
            "forwarder's portal?",
            "How do you find loads for the way back today?",
            "Who else should I talk to?",
            "Is there anything I should have asked and didn't?",
        ]),
    interviews=[
        iv("c1", "2026-10-09", conf="j1 j2 p1 p2 g1",
           new=[new("n1", "pain", "Diesel prices move faster than the rates agreed on the "
                    "exchange")],
           quotes=[("p1", "The driver's back on Thursday with the papers in the door pocket. "
                          "That's when I can invoice a Monday delivery."),
                   ("p2", "They knocked back an invoice last month because the stamp was "
                          "smudged."),
                   ("n1", "I quoted that job in August, diesel went up 8p by the time we ran "
                          "it.")]),
        iv("c2", "2026-10-16", conf="j1 p1 p3 g3 g4",
           new=[new("n2", "job", "Keep the drivers happy so they don't leave for a bigger "
                    "firm")],
           quotes=[("p3", "We lost two CMRs in September. No paper, no money, simple as that."),
                   ("g3", "I spend every Friday afternoon ringing drivers about papers."),
                   ("n2", "If I nag the lads too much about paperwork they'll go to a bigger "
                          "outfit.")]),
        iv("c3", "2026-10-23", conf="j2 j4 p4 g2", contra="p1",
           quotes=[("p1", "My drivers photograph the POD in the forwarder's app. I invoice "
                          "that night."),
                   ("j4", "One bad job and the forwarder drops you. There's ten others "
                          "waiting."),
                   ("p4", "Coming back from Glasgow empty costs me four hundred quid.")]),
        iv("c4", "2026-11-02", conf="j1 j3 p1 p2 g1 g2 n1",
           quotes=[("j1", "Cash is everything. I've got wages every Friday and the bank doesn't "
                          "care who owes me."),
                   ("g2", "Thirty days would change my life. The big networks pay at "
                          "seventy-five."),
                   ("n1", "Fuel's the one I can't plan. Every week it's a different number.")]),
    ],
    persona=persona(
        "t", "Dave Holloway", "54", "Hinckley, Leicestershire",
        "owner of a 10-truck haulage firm, still drives on Mondays",
        "Cash is everything. I've got wages every Friday and the bank doesn't care who owes me.",
        "Runs the firm with his daughter in the office. Gets half his loads from a freight "
        "exchange. Friday afternoons go on chasing papers and payments."),
    answers={
        "02-why-this-segment":
            "Firms with 5-25 trucks that invoice from paper: they wait about a week for the "
            "proof of delivery and then two or three months for payment, while wages and diesel "
            "go out every week, so cash is the pain they talk about first. The RHA evenings and "
            "haulage forums make them easy to find. One-truck owner-drivers we leave aside: few "
            "invoices, done in the cab, and very price-sensitive.",
        "03-compare-segments":
            "Both worry about being paid late. For the small firms the delay starts with paper "
            "coming back late and with an office that chases drivers; for owner-drivers there "
            "is no office and the papers are in their own cab. The second group needs nothing "
            "for the office side, so one offer would not fit both.",
        "05-what-next":
            "Carry on with the same segment. The interviews added 1, 1, 0 and 0 new items, and "
            "'invoices wait for the paper' was confirmed 3 times and contradicted once (Piotr, "
            "who already uses photos), so it stays validated. Diesel prices came up twice: we "
            "add a question on rates and fuel. We also want to talk to Kerry and one more "
            "office manager, because users and owners may see this differently.",
        "06-review-plan":
            "We will review the canvas after each round of four interviews and before we set "
            "a price. We check the evidence on the late paper and late payment pains, re-rank "
            "items and add the new ones. If more firms already use forwarders' apps like "
            "Piotr, we re-think the segment: then only firms on pure paper would be the target.",
    }))
