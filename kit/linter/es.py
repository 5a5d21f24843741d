"""The Spanish rule set of the question linter (same problems, Spanish advice).

Spanish has no "do" to open a yes/no question, so a question is ``closed`` when what is asked
between ``¿`` and ``?`` has no question word (qué, cómo, cuándo, dónde, por qué, cuál, quién,
cuánto) and is not a request to tell ("cuéntame", "¿puedes explicarme...?"). The conditional
("¿comprarías...?", "¿te gustaría...?") marks a ``hypothetical``; "¿no crees que...?",
"¿verdad que...?" and tags ("..., ¿no?") are ``leading``; "nuestra app", "estamos creando" are a
``pitch``; "¿qué te parece la idea...?" is an ``opinion``. Logistics of a real conversation
("¿Te importa si grabo?", "¿Con quién más debería hablar?") are good.
"""

from __future__ import annotations

import re

__all__ = ["ADVICE", "EXAMPLE", "GENERIC_BETTER", "GOOD_ADVICE", "NAME", "asked", "better",
           "double_parts", "find_problems", "is_closed", "is_logistics", "normalise", "sentences"]

NAME = "es"

THING = (r"(?:app|apps|aplicación|aplicaciones|plataforma|producto|servicio|herramienta|"
         r"solución|software|web|página|sistema|dispositivo|suscripción|caja|kit|idea|concepto|"
         r"prototipo|startup|proyecto|propuesta|marketplace|tienda online|bot|chatbot|robot|"
         r"sensor|tarjeta|club|programa|panel|maqueta|demo|plan|red)")
OPEN = (r"(?:qué|cómo|cuándo|dónde|adónde|cuál|cuáles|quién|quiénes|cuánto|cuánta|cuántos|"
        r"cuántas|por qué)")
_OPEN_WORD = re.compile(
    rf"\b{OPEN}\b|\b(?:cuéntame|cuéntanos|cuénteme|cuéntenme|cuenta(?:me)?|contame|contanos|"
    r"contá|platícame|platíqueme|háblame|hábleme|"
    r"háblanos|descríbeme|descríbame|descríbenos|describe|explícame|explíqueme|explica|dime|"
    r"dígame|enséñame|muéstrame|relátame|detállame)\b")
_ACCENTLESS_OPEN = re.compile(r"^(?:y |pero |entonces )?(?:que|como|cuando|donde|cual|cuales|"
                              r"quien|quienes|cuanto|cuanta|cuantos|cuantas|por que)\b")
_POLITE_REQUEST = re.compile(
    r"\b(?:me |nos )?(?:puedes|podrías|podrias|puede|podría|pueden|podrían|te importaría|"
    r"le importaría)(?: me| nos)? (?:contar|explicar|describir|hablar|decir|enseñar|mostrar|"
    r"detallar|relatar|platicar)(?:me|nos)?\b|\bme (?:cuentas|cuentes|explicas|describes|hablas|"
    r"enseñas|muestras)\b")

# ----------------------------------------------------------------------------- logistics
_LOGISTICS = [re.compile(p) for p in (
    # consent: "¿Te importa si grabo la conversación?", "¿Te parece bien si tomo notas?"
    r"\b(?:importa|importaría|molesta|molestaría|parece bien|parecería bien|está bien|"
    r"estaría bien|vale|ok|de acuerdo|inconveniente|problema)\b[^?]*\b(?:si|que) (?:\w+ )?(?:grab|"
    r"tom|apunt|anot|compart|us|cit|escrib|llam|envi|mand|segu|sig|continu|hag|pregunt)\w*",
    r"\b(?:(?:te|le|os) (?:puedo|podría|podemos) (?:contactar|escribir|llamar|grabar|enviar|"
    r"mandar|volver a)\b)",
    r"\b(?:puedo|podría|podemos|me permites|me dejas|te importa que|le importa que) "
    r"(?:te |le |os )?(?:grabar|grabe|tomar notas|tome notas|apuntar|anotar|escribirte|"
    r"escribirle|llamarte|llamarle|contactarte|contactarle|enviarte|enviarle|mandarte|"
    r"mandarle|volver a (?:escribirte|llamarte|contactarte)|compartir|comparta|citarte|"
    r"hacerte (?:unas|algunas) preguntas|seguir en contacto)\b",
    r"\b(?:permiso|consentimiento) para\b",
    # time checks: "¿Sigue siendo buen momento para hablar?"
    r"\b(?:buen momento|tienes (?:unos minutos|tiempo)|te viene bien|te va bien) "
    r"(?:para (?:hablar|charlar|seguir)|ahora|\?|$)",
    r"\bsigue (?:siendo|estando) bien\b",
    r"\b(?:te|le|os) (?:viene|va|vendría|iría) bien (?:seguir|continuar|hablar|ahora|que "
    r"(?:hablemos|sigamos))\b",
    # referrals: "¿Con quién más debería hablar?"
    r"\bquién más\b", r"\bpresentarme a\b", r"\bponerme en contacto con\b",
    r"\b(?:alguien|alguna persona|otra persona|otros?|otras?) (?:más )?(?:con|a) quien "
    r"(?:debería|podría|deba|pueda|crees)\b",
    r"\bme (?:recomiendas|recomendarías|presentarías|presentas|pasarías|pasas) (?:a|el "
    r"contacto)\b",
    r"\bconoces a (?:alguien|otr[oa]s?)\b.*\b(?:hablar|entrevistar|preguntar|contactar)\b",
    # the closer: "¿Hay algo más que debería haberte preguntado?"
    r"\b(?:algo|alguna cosa) (?:más )?(?:que|de lo que) (?:debería|deba|no te he|no he|"
    r"me he olvidado|se me ha olvidado|tendría que|quieras (?:añadir|contarme|comentar))\b",
    r"\b(?:algo|alguna cosa)\b[^?]*\b(?:preguntado|preguntarte|preguntarle)\b",
)]

# ----------------------------------------------------------------------------- softeners
_SOFTENERS = re.compile("|".join((
    r"\b(?:me|nos) gustaría (?:saber|entender|conocer|preguntarte|preguntarle|que me "
    r"(?:cuentes|contaras|expliques|explicaras))\b",
    r"\b(?:dirías|diría|diríais|dirían) que\b", r"\b(?:valorarías|puntuarías|calificarías)\b",
    r"\bhabrías? (?:hecho|dicho|cambiado|elegido) (?:\w+ )?(?:diferente|distinto|de otra "
    r"(?:manera|forma))\b",
    r"\bsería (?:un|una|tu) (?:\w+ )?(?:típic[oa]|normal|habitual)\b",
)))
# A -ría word that follows one of these is a noun ("la panadería"), not a conditional.
_DETERMINER = (r"(?:la|las|una|unas|esta|estas|esa|esas|aquella|mi|mis|tu|tus|su|sus|nuestra|"
               r"vuestra|cada|otra|alguna|ninguna|toda|de|en|con|por|para|a|del|al|sin|desde|"
               r"hasta|entre|sobre|tras|cualquier|última|primera|misma|gran|buena|mala)")
_NOT_CONDITIONAL = (r"(?:mayoría|minoría|categoría|categorías|teoría|tontería|tonterías|"
                    r"alegría|galería|batería|baterías|lotería|maría|debería|deberías|varias|"
                    r"diarias|necesarias|primarias|bancarias|contrarias|deberia|deberias|"
                    r"deberíamos|deberíais|deberían)")
_DETERMINER_RE = re.compile(rf"^{_DETERMINER}$")
_NOT_CONDITIONAL_RE = re.compile(rf"^{_NOT_CONDITIONAL}$")
_BEFORE_VERB = re.compile(r"^(?:|no|te|me|se|le|les|lo|nos|os|tu|usted|ustedes|cuanto|cuanta|"
                          r"cuantos|que|como|cuando|donde|y|o|si|ya|tambien|nunca|quien)$")


def _has_conditional(text: str) -> bool:
    """A conditional verb ("comprarías", "te gustaría", "sería"): a word ending in -ría(s),
    -ríamos, -ríais or -rían that is not a known noun and does not follow an article or a
    preposition ("la panadería", "en la mayoría"). Written without accents ("cuanto
    pagarias"), it counts only right after a question word, a pronoun or "no"."""
    words = re.findall(r"\w+", text)
    accentless = not re.search(r"[áéíóú]", text)
    for before, word in zip(["", *words], words, strict=False):
        if (re.search(r"ría(?:s|mos|is|n)?$", word) and not _NOT_CONDITIONAL_RE.match(word)
                and not _DETERMINER_RE.match(before)):
            return True
        if (accentless and re.search(r"[aei]ria(?:s|mos|n)?$", word)
                and _BEFORE_VERB.match(before) and not _NOT_CONDITIONAL_RE.match(word)):
            return True
    return False


_FUTURE = re.compile(r"\b(?!(?:atrás|detrás|mirá|pará)\b)\w{2,}r(?:ás|á|án)\b")
_SI_SUBJUNCTIVE = re.compile(
    r"\bsi (?:(?:no|te|le|me|nos|se|lo|la|les|tú|usted|ustedes|alguien|ya|de repente) )*"
    r"(?!(?:para|cara|clara|ahora|hora|declaras?|comparas?|preparas?|separas?|reparas?)\b)"
    r"(?:\w+(?:ieras?|ieran|iéramos|iese|ieses|áramos)|fuera[ns]?|fueses?|\w{3,}ara[ns]?)\b")

_RULES: dict[str, list[str]] = {
    "hypothetical": [
        r"\b(?:imagina|imagínate|imagínese|imaginemos|imagine|supón|supongamos|suponiendo|"
        r"pongamos que|digamos que|hipotéticamente)\b",
        r"\b(?:en el futuro|algún día|el año que viene|el próximo año|de cara al futuro|"
        r"a partir de ahora|en adelante)\b",
        r"\b(?:vas|vais|van|va) a \w+(?:ar|er|ir)(?:lo|la|los|las|le|les|te|se)?\b",
        r"\b(?:piensas|planeas|tienes pensado|te planteas|pretendes) \w+(?:ar|er|ir)\b",
        r"\bdispuest[oa]s? a\b", r"\bprobabilidad\b", r"\b(?:tan|muy|más|poco) probable\b",
        r"\b(?:te|se) (?:ves|ve|veis|ven) (?:\w+ando|\w+iendo)\b",
        # what an idea is worth to them, before they have it
        r"\bcuánto (?:vale|valdría|valoras?) (?:para ti|eso|esto)\b",
        # asking the customer to design the solution
        r"\b(?:ideal|ideales|de (?:tus|sus) sueños|varita mágica|mundo perfecto)\b",
        rf"\bperfect[oa] (?:\w+ )?{THING}\b|\b{THING} perfect[oa]\b",
        r"\b(?:funciones|características|funcionalidades|opciones) (?:\w+ )?(?:debería|"
        r"deberían|debe|deben|tiene que|tendría|tendrían|necesita|esperas|pedirías|querrías)\b",
        r"\b(?:debería|deberían|debe|deben|tiene que|tendría que) (?:tener|incluir|ofrecer|"
        rf"hacer|permitir|traer)\b.*\b{THING}\b|\b{THING}\b.*\b(?:debería|deberían|debe|deben|"
        r"tiene que) (?:tener|incluir|ofrecer|hacer|permitir)\b",
        r"\bqué (?:debería|deberían|debe|deben|podría|podrían|tendría que|tiene que) hacer "
        r"(?:un|una|el|la|los|las|tu|su)\b",
        r"\bdeberíamos (?:crear|construir|añadir|incluir|hacer|lanzar|ofrecer|desarrollar)\b",
        r"\bqué (?:le )?falta(?:ría)? (?:en |a |al )?(?:el |al )?mercado\b",
    ],
    "pitch": [
        r"\bnuestr[oa]s?\b",
        r"\b(?:estamos|estoy) (?:creando|desarrollando|construyendo|lanzando|diseñando|"
        r"preparando|haciendo|montando|trabajando en|pensando en (?:lanzar|crear|montar)|"
        r"a punto de)\b",
        r"\b(?:hemos|he) (?:creado|desarrollado|diseñado|construido|lanzado|montado|preparado|"
        r"hecho una?|pensado en)\b",
        r"\b(?:vamos|voy) a (?:lanzar|crear|construir|ofrecer|montar|sacar|abrir|desarrollar)\b",
        rf"\bmi (?:nuev[oa] )?(?:\w+ )?{THING}\b",
        r"\bte (?:enseño|muestro|presento|cuento) (?:nuestr|mi |el prototipo|la maqueta|la demo|"
        r"lo que (?:estamos|hemos))",
        r"\bsi (?:\w+ )?(?:\w+áramos|\w+iéramos)\b",
        r"\bsi (?:te |le |les |os )?(?:ofrecemos|damos|creamos|lanzamos|hacemos|ponemos|"
        r"sacamos|bajamos|añadimos)\b",
        rf"\b(?:una?|esta|este) (?:nuev[oa] )?(?:\w+ )?{THING} que (?:te|les|le|os|se|"
        r"automáticamente|por ti)\b",
        rf"\b{THING} que (?:\w+ )?(?:haga|hiciera|permita|permitiera|ayude|ayudara|conecte|"
        r"conectara|encuentre|encontrara|envíe|enviara|reserve|reservara|gestione|gestionara|"
        r"organice|organizara|recuerde|recordara|avise|avisara|calcule|calculara)\b",
        r"\b(?:revolucionari[oa]|innovador[a]?|con inteligencia artificial|con ia|todo en uno|"
        r"en un (?:solo )?clic|con un (?:solo )?clic)\b",
    ],
    "opinion": [
        r"\bqué (?:te|le|os|les) (?:parece|parecen|parecería|parecerían)\b",
        r"\bqué (?:te|le|os|les) pareció\b.*\b(?:idea|concepto|nuestr|propuesta|prototipo)\b",
        r"\bqué (?:opinas|opinás|opina|opináis|opinan|piensas|pensás|piensa|pensáis|piensan) "
        r"(?:de|sobre|"
        r"acerca)\b",
        r"\b(?:tu|su) (?:\w+ )?(?:opinión|impresión|reacción|valoración)\b",
        r"\bqué (?:impresión|sensación) te (?:da|causa|dan)\b",
        r"\b(?:gusta|gustan|gustaría|encanta|encantan|convence|atrae|disgusta)\b[^?]*\bde (?:la "
        r"idea|el concepto|nuestr|esta (?:idea|propuesta)|este (?:concepto|prototipo))\b",
        r"\bcrees que (?:la gente|las personas|los demás|otros|otras|tus \w+|mucha gente|"
        r"alguien|la mayoría)\b",
        rf"\b(?:te|le|os) (?:gusta|gustan|encanta|convence|atrae|interesa|interesaría|llama la "
        rf"atención) (?:la idea|el concepto|nuestr|esta? (?:idea|propuesta|concepto|{THING})|"
        r"lo que)\b",
        r"\b(?:buena|gran|mala) idea\b",
        r"\b(?:del|de) (?:0|1|uno|cero) al? (?:5|10|cinco|diez|100)\b", r"\ben una escala\b",
        r"\b(?:puntúa|puntúas|puntuarías|valora|valoras|valorarías|califica|calificas|"
        r"calificarías|puntuaría|valoraría|calificaría) (?:la idea|el concepto|esta|este|esto|"
        r"nuestr|mi |del? (?:0|1|uno|cero))",
        r"\bqué (?:nota|puntuación) (?:le )?(?:darías|das|pondrías|pones)\b",
        r"\b(?:suena|sonaría|parece|parecería|resulta|resultaría) (?:útil|interesante|"
        r"atractiv[oa]|práctic[oa]|una buena|buena idea|bien la idea)\b",
        r"\b(?:útil|interesante) (?:para ti|si)\b",
        r"\b(?:cómo de|qué tan|cuán) (?:útil|interesante|práctic[oa]|atractiv[oa]|buen[oa])\b",
        r"\bcómo te suena\b", r"\bqué tal (?:te suena|la idea|te parece)\b",
        r"\b(?:lo|la) recomendarías\b",
        r"\bes algo que (?:el mundo|la gente|necesitas|usarías|comprarías|necesita)\b",
        rf"\b(?:te )?preocupa(?:ría)? (?:algo )?de (?:una?|nuestr|esta|este) (?:\w+ )?{THING}\b",
        r"\bprecio justo\b",
    ],
    "leading": [
        r"^(?:y |pero )?no\b",
        r"\bverdad que\b", r"\bno es (?:cierto|verdad) que\b",
        r",?\s*¿(?:verdad|no|cierto|a que sí|sí o no|eh|vale|a que no)\?\s*$",
        r"^a que\b",
        r"(?:^|, |¿)seguro que\b",
        r"\b(?:sin duda|obviamente|evidentemente|está claro que|claramente|"
        r"por supuesto|seguramente|me imagino que|supongo que)\b",
        r"\bqué (?:tan |lo )?(?:frustrante|molesto|estresante|horrible|terrible|agotador|"
        r"desesperante|pesado|fastidioso)\b",
        r"\blo (?:frustrante|molesto|estresante|pesado|horrible|desesperante|agotador) que\b",
        r"\bpor qué (?:odias|detestas|te (?:molesta|molestan|cuesta|frustra|agobia|estresa|"
        r"fastidia)|(?:es|son|resulta) tan)\b",
        r"\bpor qué\b[^?]*\b(?:tanto|tanta|tantos|tantas|un rollo|una pesadilla|un infierno|"
        r"un dolor de cabeza|un lío)\b",
        r"\bpor qué\b.*\btan (?:difícil|complicad[oa]|car[oa]|lent[oa]|pesad[oa]|frustrante|"
        r"estresante|molest[oa]|agobiante)\b",
        r"\bcuánto (?:odias|detestas|te (?:molesta|fastidia|frustra|agobia)|tiempo pierdes|"
        r"dinero pierdes)\b",
        r"\b(?:la mayoría|todo el mundo|todos|toda la gente|mucha gente|muchos|muchas) "
        r"(?:\w+ ){0,3}(?:odia|odian|se queja|se quejan|dice|dicen|sufre|sufren|está de acuerdo|"
        r"están de acuerdo|coincide|coinciden|no soporta|no soportan|detesta|detestan)\b",
        r"\btodos con los que he hablado\b", r"\b(?:vuelve|vuelven) loc[oa]s?\b",
        r"\bquién no (?:querría|quiere|necesita|odia)\b", r"\bdebe (?:de )?ser (?:un|muy)\b",
        r"\bestás de acuerdo\b",
        # a yes/no question that names the feeling or the answer for them
        r"\b(?:frustrad[oa]s?|agobiad[oa]s?|estresad[oa]s?|hart[oa]s?|desesperad[oa]s?|"
        r"te frustra|te agobia|te estresa|te desespera|te harta|te molesta|te molestan)\b",
        r"^(?:es|son|era|fue) (?:\w+ ){1,3}(?:el|la|lo) (?:principal|mayor|más importante|"
        r"verdadero|único|más difícil|peor) (?:motivo|razón|problema|factor|obstáculo|parte)?",
        r"^(?:es|son|era|fue) (?:\w+ ){0,3}(?:demasiado|tan) (?:car[oa]s?|difícil|complicad"
        r"[oa]|lent[oa]|pesad[oa])\b",
    ],
}
COMPILED = {name: [re.compile(p) for p in patterns] for name, patterns in _RULES.items()}
_OUR_CONVERSATION = re.compile(r"\bnuestr[oa]s? (?:conversación|llamada|charla|entrevista|"
                               r"reunión|cita|tiempo)\b")
# What is asked opens with a question word ("¿En qué...?", "¿Hace cuánto...?") or a request to
# tell; "¿Donarías más si supieras en qué se gasta?" has one only inside, and is yes/no.
_OPENS = re.compile(r"^(?:(?:y|pero|entonces|con|en|a|de|para|por|desde|hasta|hace|cada|"
                    r"sobre|según|entre|más o menos|aproximadamente|exactamente) )*"
                    rf"(?:{_OPEN_WORD.pattern})")
_YOU_TOO = re.compile(r"^(?:y )?(?:tú|usted|vosotros|ustedes|a ti|a usted|en tu caso)$")
_TAG = re.compile(r"¿(?:verdad|no|cierto|a que sí|sí o no|eh|vale|a que no)\?\s*$")
LEADING_FILLER = re.compile(r"^(?:y|pero|entonces|bueno|vale|oye|pues|ahora|también)\b[ ,]*")
_SENTENCES = re.compile(r"(?<=[?.!])\s+|\s+[-–—]+\s+|\s*:\s+")


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("«", '"').replace("»", '"').replace("¡", "")
    return " ".join(text.lower().split()).strip()


def sentences(q: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.split(q) if s.strip()]


def asked(sentence: str) -> list[str]:
    """What is asked in a sentence: each ``¿...?`` part, or the sentence if it ends in ``?``
    without an opening mark."""
    parts = re.findall(r"¿([^?¿]*)\??", sentence)
    if parts:
        return [LEADING_FILLER.sub("", p.strip()) for p in parts if p.strip()]
    return [LEADING_FILLER.sub("", sentence.rstrip("?"))] if sentence.endswith("?") else []


def is_logistics(sentence: str) -> bool:
    """Consent, referral, closing and time-check questions: part of a good interview."""
    return any(p.search(sentence) for p in _LOGISTICS)


def is_closed(q: str) -> bool:
    """A yes/no question: what is asked has no question word and is no request to tell, or
    it ends with a tag ("..., ¿verdad?")."""
    for sentence in sentences(q):
        if _TAG.search(sentence):
            return True
        for part in asked(sentence):
            clauses = [c.strip() for c in part.split(",")]
            if not (any(_OPENS.match(c) for c in clauses) or _ACCENTLESS_OPEN.search(part)
                    or _POLITE_REQUEST.search(part) or _YOU_TOO.search(part)):
                return True
    return False


def _single_problems(q: str) -> set[str]:
    """The problems of one question (no double-barrel check)."""
    texts = [q, *(p for s in sentences(q) for p in asked(s))]
    found = {name for name, patterns in COMPILED.items() if name != "pitch"
             and any(p.search(t) for p in patterns for t in texts)}
    if any(p.search(_OUR_CONVERSATION.sub(" ", q)) for p in COMPILED["pitch"]):
        found.add("pitch")
    soft = _POLITE_REQUEST.sub(" ", _SOFTENERS.sub(" ", q))
    if _has_conditional(soft) or _FUTURE.search(soft) or _SI_SUBJUNCTIVE.search(soft):
        found.add("hypothetical")
    if is_closed(q):
        found.add("closed")
    return found


# ----------------------------------------------------------------------------- double
_JOIN = re.compile(rf",?\s+y\s+(?={OPEN}\b|con quién|en qué|a qué|de qué|para qué|"
                   r"(?:te |lo |la |le |les )?\w+r[íi]as?\b|has \w+(?:ado|ido)\b)|,\s+"
                   rf"(?={OPEN}\b)")
_SAME_TOPIC = re.compile(rf"\b(?:eso|esa|ese|esto|ello|entonces|después|luego|allí|ahí)\b|"
                         rf"^{OPEN} (?:más )?(?:lo|la|los|las|le|les)\b|^(?:qué (?:pasó|"
                         r"ocurrió|hiciste)|cómo (?:te fue|terminó|acabó|salió|reaccionaste))")
_OWN_THING = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|tu|tus|su|sus|mi|mis|del|al)\b")
_ANCHOR = re.compile(r"\b(?:última|último|más reciente|primera|primer)\b")


def double_parts(q: str) -> list[str]:
    """The separate questions asked in one, when there are two or more of them."""
    parts = [p for s in sentences(q) for p in asked(s) if not is_logistics(p)]
    clauses = []
    for part in parts:
        pieces = [c.strip(" ,.") for c in _JOIN.split(part)]
        if not re.match(rf"{OPEN}\b", pieces[0]):
            pieces = [part]  # "¿Hemos diseñado un prototipo, qué te parece?": one question
        clauses += [c for c in pieces if len(c.split()) >= 3]
    if len(clauses) < 2:
        return []
    if len(clauses) >= 3:
        return clauses
    first, second = clauses
    weak = _single_problems(f"¿{first}?") or _single_problems(f"¿{second}?")
    # Spanish drops the pronoun ("¿...y cuánto tiempo te lleva?"): a second part that names no
    # thing of its own (no article or possessive) is about the first part's topic.
    related = (_SAME_TOPIC.search(second) or _ANCHOR.search(first)
               or not _OWN_THING.search(second))
    return clauses if weak or not related else []


# ----------------------------------------------------------------------------- the verdict
def find_problems(q: str) -> set[str]:
    """The problems of a normalised question (its logistics sentences set aside, and the
    reassurance that follows one: "¿Te importa si grabo? No pondré tu nombre.")."""
    kept, after_logistics = [], False
    for s in sentences(q):
        if is_logistics(s):
            after_logistics = True
        elif not (after_logistics and not s.endswith("?")):
            kept.append(s)
    if not kept:
        return set()
    text = " ".join(kept)
    found = _single_problems(text)
    parts = double_parts(text)
    if parts:
        found.add("double")
        for part in parts:
            found |= _single_problems(f"¿{part}?")
    return found


ADVICE = {
    "hypothetical": ("Pregunta por un futuro imaginado, o le pide que diseñe la solución; la "
                     "gente predice mal lo que haría o querría. Pregunta por lo que ya pasó."),
    "pitch": ("Habla de tu solución. Deja el producto fuera: estás ahí para aprender de su "
              "problema, no para vender."),
    "opinion": ("Pide una opinión o una puntuación sobre una idea, algo que la gente da por "
                "cortesía y sin coste. Pregunta qué hizo, probó o gastó."),
    "leading": ("Sugiere su propia respuesta. Pregunta de forma neutra y deja que te diga si "
                "es un problema o no."),
    "closed": ("Se puede responder con sí o no, y eso dice poco. Ábrela con Cómo, Qué, Por qué "
               "o «Cuéntame…»."),
    "double": ("Hace dos preguntas a la vez, así que una se queda sin respuesta. Haz una, "
               "escucha y luego haz la otra."),
}
GOOD_ADVICE = ("Bien: una pregunta abierta sobre lo que de verdad hace o hizo. Sigue con "
               "«¿Por qué?» y «Cuéntame más».")
EXAMPLE = " Por ejemplo: «{}»"
GENERIC_BETTER = "Cuéntame la última vez que te pasó. ¿Qué hiciste?"
_PRETERITE = {"tenido": "tuviste", "podido": "pudiste", "querido": "quisiste",
              "sabido": "supiste", "hecho": "hiciste", "visto": "viste", "dicho": "dijiste",
              "puesto": "pusiste", "escrito": "escribiste", "vuelto": "volviste",
              "roto": "rompiste", "abierto": "abriste", "estado": "estuviste", "sido": "fuiste",
              "ido": "fuiste"}
_STATIVE = {"tienes", "eres", "estás", "hay", "vas", "das", "sabes", "puedes", "quieres",
            "crees", "piensas", "conoces", "necesitas", "te", "se", "le", "lo", "la", "me"}


def _preterite(participle: str) -> str | None:
    if participle in _PRETERITE:
        return _PRETERITE[participle]
    if participle.endswith("ado"):
        return participle[:-3] + "aste"
    if participle.endswith("ido"):
        return participle[:-3] + "iste"
    return None


def better(original: str, q: str, problems: tuple[str, ...]) -> str | None:
    """A past-specific or open rewording, where a simple one exists."""
    if set(problems) == {"double"}:
        first = double_parts(" ".join(s for s in sentences(q) if not is_logistics(s)))[0]
        return f"¿{first[:1].upper()}{first[1:]}?"
    if set(problems) - {"closed"}:
        return GENERIC_BETTER
    plain = " ".join(str(original).replace("¡", "").split())
    parts = [p for s in sentences(plain) for p in asked(s)]
    if len(parts) != 1:
        return GENERIC_BETTER
    body = re.sub(r"\b(?:alguna vez|nunca|ya)\s*", "", parts[0]).strip(" ,")
    m = re.match(r"(?i)^has (\w+(?:ado|ido|cho|sto|to))\b ?(.*)$", body)
    if m and (verb := _preterite(m.group(1).lower())):
        return f"Cuéntame la última vez que {verb} {m.group(2)}".rstrip() + "."
    m = re.match(r"^(\w+(?:as|es))\b (.+)$", body)
    if m and m.group(1).lower() not in _STATIVE:
        return f"¿Cómo {m.group(1).lower()} {m.group(2)} hoy?"
    return GENERIC_BETTER
