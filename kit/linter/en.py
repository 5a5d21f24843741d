"""The English rule set of the question linter.

Every rule is a readable regular expression over the lower-cased question. The order of work
in :func:`find_problems`:

1. sentences that are the logistics of a real conversation (asking consent to record or take
   notes, who else to talk to, "is there anything else I should have asked?") are set aside:
   they are good questions even when they can be answered with yes or no;
2. softeners that look like hypotheticals but are not ("would you mind...", "what would you
   say...", "I'd like to understand...", "how would you usually...") are removed;
3. each problem's patterns are tried on what is left;
4. a question that asks two things at once is ``double``, and its weak part's problems count.
"""

from __future__ import annotations

import re

__all__ = ["ADVICE", "EXAMPLE", "GENERIC_BETTER", "GOOD_ADVICE", "NAME", "better", "double_parts",
           "find_problems", "is_closed", "is_logistics", "normalise", "sentences"]

NAME = "en"

THING = (r"(?:app|application|product|platform|tool|service|solution|software|idea|device|"
         r"feature|startup|prototype|offering|website|site|system|subscription|marketplace|"
         r"box|kit|concept|plugin|plug-in|dashboard|bot|chatbot|widget|program|programme|"
         r"network|club|membership|card|sensor|robot|portal|scheme|option|mock-?up)")
AUX = (r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|"
       r"may|might|must)")
NEG_AUX = (r"(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|"
           r"couldn't|shouldn't|haven't|hasn't)")
WH = r"(?:how|what|what's|why|when|where|which|who|whom|whose)"
# Feelings a question should let the interviewee name, not name for them.
NEGATIVE = (r"(?:frustrating|annoying|painful|stressful|terrible|awful|irritating|tedious|"
            r"infuriating|exhausting|maddening|horrible|nightmarish)")

# ----------------------------------------------------------------------------- logistics
_LOGISTICS = [re.compile(p) for p in (
    # consent: "Would it be OK if I recorded...", "Do you mind if I take notes?"
    r"\b(?:mind|ok|okay|all right|alright|fine|comfortable|a problem)\b[^?]*\bif (?:i|we)\b",
    r"\bif (?:it's|it is|that's|that is) (?:ok|okay|all right|alright|fine)\b",
    r"^(?:can|could|may|shall) (?:i|we) (?:record|take (?:a few |some )?notes|follow up|"
    r"e-?mail|contact|get back|send|share|call|message|text|write|quote|check back|come back|"
    r"reach|keep in touch|use (?:your|what you)|ask you (?:a few|some))\b",
    r"\b(?:permission|consent) to\b",
    # referrals: "Who else should I talk to?", "Could you introduce me to..."
    r"\bwho else\b", r"\bintroduce me\b", r"\bput me in touch\b",
    r"\b(?:anyone|anybody|someone|somebody) (?:else )?(?:(?:you think|you know) )?"
    r"(?:i|we) (?:should|could|ought to|might) (?:talk|speak|reach|contact|ask|interview|meet)",
    # the closer: "Is there anything else I should have asked?"
    r"\b(?:anything|something|what) (?:else )?(?:that )?(?:i|we) (?:should have|should've|"
    r"haven't|didn't|forgot to|ought to have) (?:asked|ask)\b",
    r"\b(?:anything|something) (?:else )?(?:that )?(?:i|we) should (?:ask|have asked)\b",
    r"\b(?:anything|something) (?:else )?(?:you'd like|you would like|you want) to "
    r"(?:add|tell|share|mention)\b",
    r"\b(?:anything|something) (?:else )?(?:that )?(?:i|we) (?:haven't|didn't) (?:\w+ )?"
    r"(?:ask|asked|cover|covered|mention|mentioned)\b",
    # time checks: "Is now still a good moment to talk?", "Is that still OK for you?"
    r"^(?:is|does|would) (?:now|that|this|this time|it|the time) (?:still )?(?:a good "
    r"(?:time|moment)|ok|okay|all right|alright|fine|work|suit)\b",
)]

# ----------------------------------------------------------------------------- softeners
# Removed before the hypothetical rules run: polite or reflective forms of "would".
_SOFTENERS = re.compile("|".join((
    r"\bwould you mind\b", r"\bwould you say\b", r"\bwould you (?:rate|score|describe)\b",
    r"\b(?:i|we)(?:'d| would) (?:like|love) to\b", r"\b(?:wouldn't|you'd|would) you agree\b",
    r"\byou(?:'d| would) agree\b",
    r"\bwould (?:you |they |it )?(?:usually|normally|typically|generally|often|always)\b",
    r"\bwould (?:a|an|your) (?:typical|usual|normal|average)\b",
    r"\bwould you have (?:\w+ )?(?:done|said|changed|chosen|picked)\b",
    r"\b(?:said|say|says|told you|mentioned|thought) (?:that )?(?:you|it|they|he|she|we)"
    r"(?:'d| would)\b",
)))
# A thought experiment about explaining their *own* current practice is an open request.
_EXPLAIN_FRAME = re.compile(r"^if you (?:had|were) to (?:explain|describe|teach|show|walk)\b")
# "When you ran the bakery, what would you do...": habitual past, not an imagined future.
_PAST_FRAME = re.compile(r"\b(?:when you (?:\w+ed|ran|had|were|was|did|went|got|made|sold|"
                         r"bought|kept|took|left|began|first)|back when|used to|looking back|"
                         r"in hindsight|differently|the last time|last (?:week|month|year|"
                         r"season|winter|summer)|yesterday|ago)\b")
_WOULD = re.compile(r"\bwould\b|\b(?:you|we|i|it|they|that)'d\b")
_STRONG_WOULD = re.compile(r"\b(?:would|'d) (?:you |your \w+ |they |people )?(?:ever |still |"
                           r"really )?(?:have (?:paid|bought|used|switched|signed up|tried)|"
                           r"pay|buy|use|switch|sign up|try|want|prefer|consider|"
                           r"recommend|be (?:willing|interested|happy|open|prepared|ready))\b")

_RULES: dict[str, list[str]] = {
    "hypothetical": [
        r"\bwill (?:you|it|this|that|they|your)\b",
        r"\bwouldn't (?:it|you|that|this|an?)\b(?! agree)",
        # (but "how much are you planning to spend" asks for a budget they already have)
        r"\b(?:are|is) (?:you|your \w+|it|they) (?:going|planning) to\b(?! spend\b)",
        r"\bif (?:we|i|there (?:was|were|is)|someone|somebody|a company|you could|you had|"
        r"it (?:was|were|existed|could)|they (?:could|had|offered))\b",
        r"\bif (?:\w+ ){0,3}(?:were|existed|was available|could)\b",
        r"\b(?:imagine|suppose|supposing|hypothetically|picture yourself|let's say|say that)\b",
        r"^say (?:we|you|i|there|it|a|an|the)\b", r"\bpicture (?:a|an|this|the|yourself)\b",
        r"\bwhat if\b", r"\bhow likely\b", r"\bsee yourself\b",
        r"\bsee (?:your \w+|them|people) \w+ing\b", r"\bin the future\b",
        r"\bgoing forward\b", r"\b(?:willing|prepared|ready) to (?:pay|try|switch|use|buy|spend|"
        r"sign up|give|change|move)\b",
        r"\bnext (?:year|time you)\b.*\bwill\b",
        # what an idea is worth to them, before they have it
        r"\bworth (?:it )?to you\b", r"\bhow much (?:is|would) .*\bworth\b",
        # asking the customer to design the solution
        r"\b(?:ideal|dream|magic wand)\b", r"\bperfect (?:world|(?:\w+ ){0,2}" + THING + r")\b",
        r"\b(?:what|which) (?:\w+ )?(?:features?|functions?|functionality|options?) "
        r"(?:should|would|could|must|will|do you (?:want|need|wish))\b",
        r"\bwhat (?:should|could|must) (?:an?|the|your|our|this|that) (?:\w+ ){0,3}(?:"
        + THING + r"|company|business|provider|brand|supplier|shop) (?:do|have|include|offer|"
        r"look like|need|provide)\b",
        r"\b(?:what|which) (?:\w+ )?should (?:we|i) (?:build|add|make|offer|include|focus)\b",
        r"\bwhat(?:'s| is) missing (?:from|in) the market\b",
    ],
    "pitch": [
        rf"\b(?:our|my) (?:new |own |upcoming |latest )?(?:\w+ )?{THING}\b",
        r"\bwe(?:'re| are) (?:building|developing|launching|making|creating|working on|"
        r"designing|planning|about to|going to)\b",
        r"\bwe(?:'re| are) (?:\w+ ){1,4}(?:building|developing|launching|creating|working on|"
        r"designing)\b",
        r"\bwe(?:'ll| will| plan to| want to| hope to| intend to| can| could| would| should)? "
        r"(?:build|launch|offer|make|create|help|let|provide|give|save|automate|deliver|"
        r"connect|match|send|solve|handle|take care)\b",
        r"\bwe(?:'ve| have)? (?:built|made|created|developed|designed|launched|picked|chose|"
        r"offered|added|prepared|put together)\b",
        r"\bour\b", r"\bso (?:that )?we can\b",
        r"\blet me (?:show|tell|walk) you (?:about |through )?(?:what we|our|my|a mock|the mock|"
        r"the prototype|a demo|the demo)",
        r"\bif (?:we|i) (?:built|build|made|make|offered|offer|created|create|launched|"
        r"launch|gave|give|provided|provide|added|add|developed|sold|charged)\b",
        rf"\bif (?:the|this|an?) (?:\w+ )?{THING}\b",
        rf"\b(?:an?|this) (?:new |simple |smart |mobile |online )?(?:\w+ )?{THING} "
        r"(?:that|which|where|to) (?:would|will|could|can|lets?|helps?|automatically|"
        r"matches|tracks|reminds|books|sends|finds|does|makes|gives|shows|connects|"
        r"pays|handles|plans|delivers|builds|(?:\w+ )?(?:for|from) you)\b",
        rf"\b(?:this|the) {THING} (?:we|i)\b", r"\ba tool like ours\b",
        r"\b(?:revolutionary|game[- ]changing|cutting[- ]edge|ai[- ]powered|all[- ]in[- ]one|"
        r"one[- ]click|one[- ]tap|seamless(?:ly)?)\b",
    ],
    "opinion": [
        r"\bwhat do you think (?:of|about)\b", r"\bwhat do you think\s*\??$",
        r"\bwhat did you think (?:of|about|when)\b.*\b(?:our|idea|concept|pitch|we)\b",
        r"\bwhat do you (?:reckon|make of (?:it|this|that|our|the idea))\b",
        r"\bdo you think (?:would|will)\b|\bdo you think (?:people|others|customers|anyone|"
        r"most people|your \w+) (?:would|will)\b",
        r"\bon a scale\b", r"\b(?:from )?(?:0|1|one|zero) to (?:5|10|five|ten|100)\b",
        r"\bout of (?:5|10|five|ten|100)\b", r"^(?:please )?(?:rate|score|rank)\b",
        r"\b(?:rate|score) (?:our|this|that|it|the (?:idea|concept|app|product|service))\b",
        r"\bwould you (?:rate|score)\b",
        r"\bexcited about\b", r"\bhow (?:excited|keen)\b", r"\b(?:useful|helpful|valuable) if\b",
        r"\bhow (?:good|great|useful|bad) is (?:this|the|our|that|my) (?:\w+ )?(?:idea|concept)\b",
        r"\bwhat(?:'s| is| are) your (?:\w+ )?(?:opinion|opinions|view|views|take|impression|"
        r"impressions|feedback|thoughts|reaction|feeling|feelings)\b",
        r"\bhow do you feel about (?:this|our|the idea|the concept|it|that|a|an)\b",
        r"\bhow would you feel about\b",
        r"\b(?:is|was) (?:this|that|it) a (?:good|great|smart|bad) idea\b",
        r"\b(?:good|great|cool|nice|interesting|useful|brilliant|smart) (?:idea|one)\b",
        r"\bwould you recommend\b",
        r"\b(?:sound|sounds|look|looks|seem|seems) (?:good|great|useful|interesting|helpful|"
        r"appealing|cool|valuable|like something|like a good)\b",
        r"\bhow (?:does|do) (?:that|this|it|they) sound\b",
        r"\binterested in (?:using|buying|trying|our|this)\b",
        r"\bdo you (?:like|love) (?:the idea|the concept|this|our|it|that|the design)\b",
        r"\b(?:love|like|enjoy|dislike|hate) (?:most )?about (?:the idea|the concept|our|it|"
        r"this (?:idea|concept|prototype|mock-?up|design)|the (?:prototype|mock-?up|pitch))\b",
        r"\bhow do you like the\b",
        r"\bappeal(?:s|ing)? to you\b", r"\bhow (?:cool|great|useful|helpful|appealing)\b",
        r"\b(?:useful|helpful|valuable) (?:to|for) you\b",
        r"\b(?:worry|worries|concern|concerns|hesitation|reservations?|doubts?) about (?:an?|our|"
        r"this|the idea|the concept) ",
        r"\bsomething (?:the world|people|you|customers|anyone|your \w+)(?: needs?| wants?|"
        r"'d| would)\b",
        r"\b(?:a )?fair price for\b",
    ],
    "leading": [
        rf"^{NEG_AUX} (?:you|it|that|this|they|there|people|most|the|an?|your)\b",
        r"\b(?:don't|wouldn't|won't) you (?:think|agree|find|say|feel)\b",
        r"\bisn't it (?:true|frustrating|annoying|hard|painful|a pain|obvious|stressful|time)\b",
        r",\s*(?:right|correct|isn't it|don't you|wouldn't you|no|yes|true|am i right|"
        r"wouldn't you agree|don't you think|yeah)\s*\??\s*$",
        rf",\s*{NEG_AUX} (?:it|you|they|he|she|we|there|that)\s*\??\s*$",
        r"\b(?:surely|obviously|of course|clearly|probably)\b",
        rf"\bhow {NEGATIVE}\b", r"\bhow (?:excited|thrilled|relieved)\b",
        r"\bhow much (?:easier|better|simpler|faster|quicker|happier|less stressful)\b",
        r"\bhow much (?:do you|does it) (?:hate|dislike|annoy|frustrate|bother)\b",
        r"\bhow much (?:time|money) do you (?:waste|lose)\b",
        r"\bwhy (?:do|did|does) (?:you|they|people|your \w+) (?:hate|dislike|dread|resent|"
        r"struggle|avoid|find it (?:so )?(?:hard|difficult|annoying|frustrating))\b",
        r"\bwhy\b.*\bso (?:hard|difficult|stressful|annoying|painful|frustrating|expensive|slow|"
        r"bad|complicated|confusing|tedious|boring|time-consuming)\b",
        r"\bwhy\b.*\bsuch an? (?:nightmare|pain|hassle|mess|headache|chore|struggle|drag)\b",
        r"\bwhat(?:'s| is| was) so (?:hard|difficult|painful|annoying|frustrating|bad|"
        r"stressful|expensive|complicated)\b",
        r"\bwhat(?:'s| is) the most (?:annoying|frustrating|irritating|infuriating)\b",
        r"\b(?:agree that|i bet|i'm sure you|i assume you|you must (?:hate|find|be)|"
        r"everyone (?:hates|knows|agrees)|most people (?:say|find|agree|hate|tell))\b",
        r"\bwouldn't (?:it|that|a|an) (?:\w+ ){0,6}(?:be (?:great|nice|easier|better|good)|"
        r"make (?:life|things|it) easier)\b",
        r"\bit must be\b", r"\bdo you agree\b", r"\bdrives? you (?:mad|crazy|nuts|up the wall)\b",
        r"\b(?:most|all|every|everyone|many) (?:\w+ ){0,2}(?:hate|hates|struggle|struggles|"
        r"complain|complains|agree|agrees|says|say|find|finds|can't stand|dread)\b",
        r"^\w+s (?:hate|can't stand|struggle with|dread|complain about)\b",
        r"\beveryone (?:i|we)(?:'ve| have)? (?:spoken|talked|spoke) to\b",
        r"\bwho (?:wouldn't|doesn't|don't) (?:want|love|like|need|agree)\b",
        # a yes/no question that names the feeling or the answer for them
        rf"^(?:{AUX}) (?:you|they|your \w+) (?:ever |often |sometimes |also )?(?:feel |felt |"
        r"get |got |been |find |found )?(?:overwhelmed|frustrated|annoyed|stressed|anxious|"
        r"fed up|irritated|embarrassed|tired of|sick of|exhausted)\b",
        r"^(?:is|was|are|were) (?:\w+ ){1,3}the (?:main|biggest|most important|real|only|key|"
        r"number one|primary|hardest|worst) (?:reason|thing|problem|issue|factor|cause|"
        r"obstacle|pain|concern|part)\b",
        r"^(?:is|are|was|were) (?:\w+ ){1,3}(?:too|so) (?:expensive|hard|difficult|slow|"
        r"complicated|confusing|stressful|annoying|painful|time-consuming|unreliable)\b",
    ],
}
COMPILED = {name: [re.compile(p) for p in patterns] for name, patterns in _RULES.items()}
_OUR_CONVERSATION = re.compile(r"\bour (?:call|conversation|chat|interview|meeting|talk|"
                               r"time|discussion|session|last (?:call|meeting|chat))\b")

# ----------------------------------------------------------------------------- closed
_CLOSED_START = re.compile(rf"^(?:{AUX}|{NEG_AUX})\b")
_OPEN_RE = re.compile(r"^(?:(?:can|could|would|will) you (?:please |just )?|would you mind )"
                      r"(?:tell|walk|describe|explain|share|talk|take me|give me|show|"
                      r"help me understand|go through|run me|remember|recall|think back|list|"
                      r"name|telling|walking|describing|explaining|sharing|talking|showing|"
                      r"going through|taking me|say (?:a bit |a little )?more|expand|elaborate)\b")
_TAG = re.compile(rf",\s*(?:right|correct|no|yes|true|yeah|{NEG_AUX} (?:it|you|they|that|we|i)"
                  r"(?: agree| think)?|am i right)\s*\??\s*$")
_OPEN_WORD = re.compile(r"\b(?:how|what|what's|whats|why|when|where|which|who|whom|whose|tell|"
                        r"describe|walk|explain|talk)\b")
LEADING_FILLER = re.compile(r"^(?:and|so|ok|okay|also|now|then|well|just|but|honestly|sorry|"
                            r"right)\b[ ,]*")
_SENTENCES = re.compile(r"(?<=[?.!])\s+|\s+-+\s+|\s*:\s+")


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = " ".join(text.replace("\u201d", '"').lower().split())
    return LEADING_FILLER.sub("", text).strip()


def sentences(q: str) -> list[str]:
    return [s for s in (LEADING_FILLER.sub("", s).strip() for s in _SENTENCES.split(q)) if s]


def is_logistics(sentence: str) -> bool:
    """Consent, referral, closing and time-check questions: part of a good interview."""
    return any(p.search(sentence) for p in _LOGISTICS)


def is_closed(q: str) -> bool:
    """A yes/no question: it opens with a verb ("Do you..."), ends with a tag ("..., right?"),
    or is a statement with a question mark and no question word ("You use Excel?")."""
    if _OPEN_RE.search(q):
        return False
    parts = sentences(q)
    asked = [s for s in parts if s.endswith("?")] or parts
    for sentence in asked:
        # "If it were free, would you...?": a yes/no question after a comma; but not the
        # aside in "Which tools, like spreadsheets, have you tried?"
        later = [] if re.match(WH + r"\b", sentence) else sentence.split(",")[1:]
        clauses = [sentence, *(c.strip() for c in later)]
        if any(_CLOSED_START.search(c) and not _OPEN_RE.search(c) for c in clauses if c):
            return True
        if _TAG.search(sentence):
            return True
        if sentence.endswith("?") and not _OPEN_WORD.search(sentence):
            return True
    return False


def _hypothetical_text(q: str) -> str:
    """The question with its softeners removed, as the hypothetical rules should see it."""
    return _SOFTENERS.sub(" ", q)


def _single_problems(q: str) -> set[str]:
    """The problems of one question (no double-barrel check)."""
    found = {name for name, patterns in COMPILED.items()
             if name != "pitch" and any(p.search(q) for p in patterns)}
    pitch_text = _OUR_CONVERSATION.sub(" ", q)
    if any(p.search(pitch_text) for p in COMPILED["pitch"]):
        found.add("pitch")
    soft = _hypothetical_text(q)
    if _EXPLAIN_FRAME.search(q):
        found.discard("hypothetical")
    elif _STRONG_WOULD.search(soft) or (_WOULD.search(soft) and not _PAST_FRAME.search(q)):
        found.add("hypothetical")
    if is_closed(q):
        found.add("closed")
    return found


# ----------------------------------------------------------------------------- double
_JOIN = re.compile(r"\s*(?:\?|;|,? and (?:then |also )?|, (?=(?:how|what|why|when|where|which|"
                   r"who|did|do|does|would|will|have|has|is|are|can|could)\b))\s*")
_PRONOUN = r"(?:you|i|we|they|he|she|it|your|my|our|their|his|her|people|u)"
_QUESTION_CLAUSE = re.compile(
    rf"^(?:{WH} (?:(?!{_PRONOUN}\b)\w+ ){{0,3}}{AUX} \w+"
    rf"|(?:who|what) (?:\w+s|\w+ed|happened|went|made|got)\b"
    rf"|{AUX} (?:{_PRONOUN}|there|that|this|an?|the)\b)")
_SAME_TOPIC = re.compile(r"\b(?:it|that|this|them|those|these|there|then|next|afterwards|each|"
                         r"both|either|"
                         r"after that|one)\b|^(?:what happened|what did you do|how did (?:it|"
                         r"that|you) (?:go|end|turn out|feel|handle|cope|react|respond|deal))")
_ANCHOR = re.compile(r"\b(?:last|most recent|latest|first)\b")


def double_parts(q: str) -> list[str]:
    """The separate questions asked in one, when there are two or more of them."""
    clauses = [c.strip(" ,.") for c in _JOIN.split(q)]
    asked = [c for c in clauses if c and _QUESTION_CLAUSE.search(LEADING_FILLER.sub("", c))
             and not is_logistics(c)]
    if len(asked) < 2:
        return []
    if len(asked) >= 3:
        return asked
    first, second = asked
    weak = _single_problems(first + "?") or _single_problems(second + "?")
    related = _SAME_TOPIC.search(second) or _ANCHOR.search(first)
    return asked if weak or not related else []


# ----------------------------------------------------------------------------- the verdict
def find_problems(q: str) -> set[str]:
    """The problems of a normalised question (its logistics sentences set aside)."""
    kept = [s for s in sentences(q) if not is_logistics(s)]
    if not kept:
        return set()
    text = " ".join(kept)
    found = _single_problems(text)
    parts = double_parts(text)
    if parts:
        found.add("double")
        for part in parts:
            found |= _single_problems(part + "?") - {"double"}
    return found


ADVICE = {
    "hypothetical": ("It asks about an imagined future, or asks them to design the solution; "
                     "people are poor predictors of what they would do or want. Ask about what "
                     "already happened."),
    "pitch": ("It talks about your solution. Leave the product out: you are there to learn "
              "about their problem, not to sell."),
    "opinion": ("It asks for an opinion about an idea, or a rating, which people give politely "
                "and cheaply. Ask what they did, tried or spent instead."),
    "leading": ("It suggests its own answer. Ask neutrally and let them tell you whether it "
                "is a problem at all."),
    "closed": ("It can be answered with yes or no, which tells you little. Open it up with "
               "How, What, Why or 'Tell me about...'."),
    "double": ("It asks two questions at once, so one of them goes unanswered. Ask one, "
               "listen, then ask the other."),
}
GOOD_ADVICE = ("Good: an open question about what they really do or did. Follow up with "
               "'Why?' and 'Tell me more'.")
EXAMPLE = " For example: \u201c{}\u201d"
GENERIC_BETTER = "Tell me about the last time this came up. What did you do?"
_STATIVE = re.compile(r"^(?:have|own|live|know|need|want|like|think|believe|mind|agree|feel)\b")


def better(original: str, q: str, problems: tuple[str, ...]) -> str | None:
    """A past-specific or open rewording, where a simple one exists."""
    if set(problems) == {"double"}:
        first = double_parts(" ".join(s for s in sentences(q) if not is_logistics(s)))[0]
        return first[:1].upper() + first[1:] + "?"
    if set(problems) - {"closed"}:
        return GENERIC_BETTER
    body = original.strip().rstrip("?. ")
    m = re.match(r"(?i)^have you ever ((?:\w+ed|had|been|seen|done|found|lost|paid|bought|"
                 r"tried|made|sent|spent)\b.*)$", body)
    if m:
        return f"Tell me about the last time you {m.group(1)}."
    m = re.match(r"(?i)^(do|did) you (.+)$", body)
    if m and not _STATIVE.match(m.group(2).lower()):
        tense = "do" if m.group(1).lower() == "do" else "did"
        return f"How {tense} you {m.group(2)}{' today' if tense == 'do' else ''}?"
    m = re.match(r"(?i)^(is|are|was|were) (.+)$", body)
    if m:
        return f"What makes {m.group(2)}, or not? Tell me about a recent example."
    return GENERIC_BETTER
