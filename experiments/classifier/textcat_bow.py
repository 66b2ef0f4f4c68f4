"""spaCy `textcat_multilabel` (bag-of-words architecture) on a blank English pipeline.

Trained through the spaCy Python API. A type seen at a sentence only on optional gold events
is left out of that sentence's `cats`, which textcat_multilabel treats as a missing value
(neither positive nor negative).
"""
from __future__ import annotations

import random

from common import TYPES

# Chosen by tune_textcat.py (out-of-fold macro F1 on the tuning part): lower-cased unigrams, 50 epochs.
BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 1,
       "no_output_layer": False, "length": 2 ** 16}
EPOCHS = 50
DROPOUT = 0.2
SEED = 0
LOWER = True  # lower-case the text before tokenising (the saved pipeline expects lower-cased input)


def _text(text: str) -> str:
    return text.lower() if LOWER else text


def train(texts: list[str], labels: list[list[str]], ignored: list[list[str]], epochs: int = EPOCHS):
    import spacy
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": BOW, "threshold": 0.5})
    for t in TYPES:
        textcat.add_label(t)
    examples = []
    for text, labs, ign in zip(texts, labels, ignored):
        cats = {t: float(t in labs) for t in TYPES if t not in ign or t in labs}
        examples.append(Example.from_dict(nlp.make_doc(_text(text)), {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
    return nlp


def predict(nlp, texts: list[str], batch_size: int = 256) -> list[dict[str, float]]:
    return [dict(doc.cats) for doc in nlp.pipe([_text(t) for t in texts], batch_size=batch_size)]
