"""The rules of the judgement-language guard, one module per family (decision 0034).

``app/services/grade_guard.py`` is the guard people call; these modules hold what it looks
for: ``context`` reads the words around a term, ``ofsted`` the Ofsted grades and the words
of grading, ``verdicts`` numbers as grades, estimate scales, verdict words and verdicts on
teachers, ``ranking`` rankings of schools and the review as a stand-in for inspection, and
``welsh`` Estyn's former judgements in English and Welsh and Welsh verdict phrasing.
"""
