"""Evaluate the engine on gold data: read it, run the engine, score and report (FORMAT.md).

Plain Python like the engine itself: no web framework, so it runs wherever the engine does.
"""

from app.evaluation.dataset import DatasetError, GoldDoc, GoldQuote, read_gold
from app.evaluation.metrics import DocScore, Metrics, by_publisher, score_doc, summarize
from app.evaluation.predict import Prediction, predictions

__all__ = [
    "DatasetError",
    "DocScore",
    "GoldDoc",
    "GoldQuote",
    "Metrics",
    "Prediction",
    "by_publisher",
    "predictions",
    "read_gold",
    "score_doc",
    "summarize",
]
