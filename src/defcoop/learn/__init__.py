"""Learning from annotated documents: corpora, alignment of gold events to sentences, the trained
pair model's instances and features, training and cross-validation by writer.

Nothing here runs when events are extracted; the extractor only loads the weights `train` writes.
"""
