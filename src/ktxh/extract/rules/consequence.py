"""What an event counted in a sentence caused, named after the event.

"Xảy ra 25 vụ tai nạn giao thông, làm chết 24 người, bị thương 10 người, thiệt hại 2,1 tỷ đồng" gives
"Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông" and "Thiệt hại do tai nạn
giao thông": the people and the money are the accidents', which the words around their own numbers
("làm chết", "bị thương") do not say. Only an event of a kind the lexicon lists (accidents, fires, crimes)
names what follows it, and only in its own sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ktxh.extract.candidates import Draft
from ktxh.extract.lexicon import Lexicon
from ktxh.extract.rules.quantity import split_magnitude
from ktxh.extract.rules.sentence import Context
from ktxh.extract.rules.words import alt, whole_words

_BEFORE_REACH = 40  # characters before a figure where the words saying what befell its people stand


@dataclass(frozen=True)
class _Patterns:
    event: re.Pattern[str]  # the kinds of event, starting the words that describe a count of them
    event_in: re.Pattern[str]  # the same, anywhere in a label ("Tình hình tai nạn giao thông")
    event_units: frozenset[str]  # "vụ"
    people_units: frozenset[str]  # "người"
    casualty: re.Pattern[str]  # "chết", "bị thương", "mất tích"
    damage: re.Pattern[str]  # "thiệt hại"
    money_units: frozenset[str]  # "đồng": a damage is counted in money
    measures: dict[str, str]  # "ha" -> "diện tích": what a damage in another unit measures
    count: str  # "Số"
    cause: str  # "do"
    disaster: re.Pattern[str]  # "mưa to", "lốc", "thiên tai"
    disaster_link: re.Pattern[str]  # "đã làm" right before the casualties' words
    place_word: re.Pattern[str]  # " tại ", " ở ": where the places a disaster struck are named
    event_end: re.Pattern[str]  # "giảm", "xảy ra", ",": where an event named before its count ends


@functools.cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    w = lexicon.words
    return _Patterns(
        event=re.compile(rf"{alt(w('indicators', 'events'))}(?!\w)"),
        event_in=re.compile(whole_words(w("indicators", "events"))),
        event_units=frozenset(w("indicators", "event_units")),
        people_units=frozenset(w("indicators", "casualty_units")),
        casualty=re.compile(whole_words(w("indicators", "casualties"))),
        damage=re.compile(whole_words(w("indicators", "damages"))),
        money_units=frozenset(w("indicators", "damage_units")),
        measures=lexicon.mapping("measures", "measures"),
        count=lexicon.data["measures"]["count"].capitalize(),
        cause=lexicon.data["indicators"]["cause_word"],
        disaster=re.compile(whole_words(w("indicators", "disasters"))),
        place_word=re.compile(rf"\s{alt(w('indicators', 'disaster_places'))}\s"),
        event_end=re.compile(
            rf"[,;:(]|\s{whole_words(w('indicators', 'subject_stops') + w('indicators', 'occurrence_verbs'))}"
        ),
        disaster_link=re.compile(
            rf"\s+{alt(w('indicators', 'disaster_links'))}\s+"
            rf"(?:{alt(w('indicators', 'casualties') + w('indicators', 'damages'))}\s+)?$"
        ),
    )


def consequence_names(drafts: list[Draft], ctx: Context, lexicon: Lexicon) -> None:
    """Name the casualties and damage after the event counted before them in the sentence."""
    p = _patterns(lexicon)
    event = ""
    counted = False  # a count of events stands before: what befell people after it is theirs
    since = ctx.start  # where the words of the figure being looked at may start
    for d in drafts:
        if d.value is not None and d.unit in p.event_units:
            # "10.354 vụ tai nạn giao thông, bao gồm ... 4.374 vụ va chạm giao thông, làm 4.876 người chết": what
            # follows the parts is the whole's
            if d.part_of is None or not event:
                event = _event(p, d, ctx)
        elif not counted and d.value is not None and d.part_of is None and (cause := _disaster(p, ctx, d, since)):
            # "mưa to kèm theo lốc, sét đã làm 1 người chết, 1 người bị thương": the people a disaster befell (and
            # those named after them, as after a count of events)
            name = _befell(p, ctx, d, since)
            if name:
                d.indicator = f"{name} {p.cause} {cause}"
                d.rules.append("indicator:consequence")
                event = cause
        elif event and d.value is not None and _outside_parts(p, d):
            name = _befell(p, ctx, d, since)
            if name:
                d.indicator = f"{name} {p.cause} {event}"
                if d.part_of is not None and d.part_of.unit in p.event_units:
                    d.part_of = None  # the people an accident befell are no part of the accidents
                d.rules.append("indicator:consequence")
        elif counted and d.value is not None and d.part_of is None and (name := _befell(p, ctx, d, since)):
            # "620 vụ xảy ra, làm chết 15 người, ..., thiệt hại 8,4 tỷ đồng": what befell whom, and what was lost,
            # though the count names no kind of event
            d.indicator = name
            d.rules.append("indicator:casualty")
        counted = counted or (d.value is not None and d.unit in p.event_units)
        since = max(d.after_end, d.anchor.unit_end, d.anchor.end, d.last_end)


def _disaster(p: _Patterns, ctx: Context, d: Draft, since: int) -> str:
    """The disaster named right before "(đã) làm" and the casualty's number ("mưa to kèm theo lốc, sét đã làm"), as
    written from its first disaster word, else ""."""
    lo = max(since, ctx.start, d.anchor.start - _DISASTER_REACH)
    link = p.disaster_link.search(ctx.lower, lo, d.anchor.start)
    if link is None:
        return ""
    first = p.disaster.search(ctx.lower, lo, link.start())
    if first is None:
        return ""
    # its first words: up to a comma ("bão, mưa lớn, sạt lở": "bão") or where the places it struck are named
    end = min(x for x in (ctx.lower.find(",", first.start(), link.start()), link.start()) if x >= 0)
    where = p.place_word.search(ctx.lower, first.start(), end)
    return " ".join(ctx.text[first.start() : where.start() if where else end].split())


_DISASTER_REACH = 80  # characters before a casualty's number where the disaster that befell them is named


def _befell(p: _Patterns, ctx: Context, d: Draft, since: int) -> str:
    return _casualty(p, ctx, d, since) or _damage(p, ctx, d, since)


def _outside_parts(p: _Patterns, d: Draft) -> bool:
    """No part of a figure, a part of a count of events only because it follows the count's parts, or a part of
    what the event caused ("làm chết 9 người; trong đó thành phố Nam Định xảy ra 5 vụ, làm 4 người chết": those
    4 died of the same event)."""
    whole = d.part_of
    return whole is None or whole.unit in p.event_units or "indicator:consequence" in whole.rules


def _event(p: _Patterns, d: Draft, ctx: Context) -> str:
    """ "vụ tai nạn giao thông đường bộ" -> "tai nạn giao thông đường bộ"; "" for a count of other things. A count
    described by nothing takes the event its label names ("Tình hình tai nạn giao thông: xảy ra 12 vụ, ..."), and
    is named by it too ("Số vụ tai nạn giao thông")."""
    words = d.after_words
    if words and p.event.match(words.lower()):
        return words
    named = _event_before(p, d.pre_words)
    if named or words:
        return named
    label = ctx.topic(d.name_end)
    m = p.event_in.search(label.lower()) if label else None
    if m is None:
        return ""
    event = label[m.start() :]
    if not event.split(" ", 1)[0].isupper():
        event = event[:1].lower() + event[1:]  # "Tai nạn giao thông:" -> "... do tai nạn giao thông"
    if d.rules and d.rules[-1] == "indicator:unit":
        d.indicator = f"{p.count} {d.anchor.unit_text} {event}"
        d.rules.append("indicator:event-of-label")
    return event


def _event_before(p: _Patterns, words: str) -> str:
    """The event the words before a count of events name ("tình hình phạm pháp hình sự xảy ra 58 vụ", "tội phạm
    về trật tự xã hội giảm ... với 620 vụ xảy ra"): from its kind up to where the subject ends, else ""."""
    m = p.event_in.search(words.lower())
    if m is None:
        return ""
    end = p.event_end.search(words.lower(), m.end())
    return " ".join(words[m.start() : end.start() if end else len(words)].split())


def _casualty(p: _Patterns, ctx: Context, d: Draft, since: int) -> str:
    """ "24 người chết", "làm chết 24 người", ", bị thương 10 người" -> "Số người chết", "Số người bị thương"."""
    if d.unit not in p.people_units:
        return ""
    after = p.casualty.match(d.after_words.lower())
    if after:
        return f"{p.count} {d.anchor.unit_text} {after.group(0)}"
    before = _last(p.casualty, ctx.lower, max(since, d.anchor.start - _BEFORE_REACH), d.anchor.start)
    return f"{p.count} {d.anchor.unit_text} {before}" if before else ""


def _damage(p: _Patterns, ctx: Context, d: Draft, since: int) -> str:
    """ "thiệt hại ước tính 28,5 tỷ đồng" -> "Thiệt hại"; "làm thiệt hại 595,2 ha" -> "Diện tích thiệt hại"."""
    if not d.unit:
        return ""
    base = split_magnitude(d.unit)[1]
    measure = p.measures.get(base, "")
    if base not in p.money_units and not measure:
        return ""
    word = _last(p.damage, ctx.lower, max(since, d.anchor.start - _BEFORE_REACH), d.anchor.start)
    if not word:
        return ""
    return f"{measure.capitalize()} {word}" if base not in p.money_units else word.capitalize()


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> str:
    found = ""
    for m in pattern.finditer(text, lo, hi):
        found = m.group(0)
    return found
