"""The search log's own part: how often a query found nothing, per language and day.

What people search for (found or not) is counted in Wagtail's search promotions models
(`Query`, `QueryDailyHits`), which the promotions also hang on. Neither holds anything about
the visitor: no address, session or account, only the (scrubbed) text and a daily count.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

QUERY_TEXT_MAX_LENGTH = 255


class ZeroResultQuery(models.Model):
    query_string = models.CharField(_("search terms"), max_length=QUERY_TEXT_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language", "date"], name="search_zero_result_per_day"
            )
        ]
        indexes = [models.Index(fields=["date"], name="search_zero_result_date")]

    def __str__(self) -> str:
        return self.query_string
