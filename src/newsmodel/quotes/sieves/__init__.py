"""The sieves of stage 5: attribution sieves (``nobody``, ``adjacent``,
``sentence``, ``discourse``) find each quotation's source; naming sieves
(``naming``, ``anaphora``) turn a source into a name."""
