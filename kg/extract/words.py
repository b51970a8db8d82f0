"""jieba's dictionary, behind one small interface so the backend can change.

The extractors need two questions answered: is this string a dictionary word, and
which part of speech does the dictionary give it. jieba's prefix dictionary answers
both without running its (slow) HMM tagger over every sentence.
"""

from __future__ import annotations

import functools
import logging


@functools.lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def word_frequency(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary, 0 when it is not a word."""
    return _dictionary()[0].get(word) or 0


def is_word(word: str, minimum: int = 1) -> bool:
    return word_frequency(word) >= minimum


def pos_tag(word: str) -> str:
    """The dictionary's part-of-speech tag for ``word`` ("" when unknown)."""
    return _dictionary()[1].get(word, "")


def starts_with_word(text: str, start: int, minimum: int = 20, longest: int = 4) -> bool:
    """Does a dictionary word of 2+ characters start at ``text[start]``?"""
    for length in range(longest, 1, -1):
        if start + length <= len(text) and is_word(text[start : start + length], minimum):
            return True
    return False


def frequencies() -> dict[str, int]:
    """The dictionary's word frequencies (prefixes of words are there with 0), for hot loops."""
    return _dictionary()[0]


@functools.cache
def tagged_words(length: int, tags: tuple[str, ...], minimum: int) -> frozenset[str]:
    """Words of ``length`` characters tagged with one of ``tags``, of frequency ``minimum`` or more."""
    freq, tag_of = _dictionary()
    return frozenset(
        w for w, tag in tag_of.items() if len(w) == length and tag in tags and (freq.get(w) or 0) >= minimum
    )
